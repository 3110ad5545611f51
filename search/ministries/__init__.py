"""Ministries, not title strings: what an addressee's title covers, and who held it when.

    portfolios   a title, in either language and any spelling, read into portfolio codes and a rank (portfolios.csv)
    governments  the federal governments with their dates, and their offices: who held which portfolios when (governments.csv, offices.csv)
"""
