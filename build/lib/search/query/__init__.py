"""The search box: what a user types, read into a tree, and what the tree looks for.

    language    the query language (French words and their Dutch twins) parsed to a tree; QueryError says how to fix it
    terms       what a tree looks for, word by word: the terms per analysis, the words snippets mark
"""
