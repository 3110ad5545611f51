"""Widening: what a search that finds little goes on with, each marked as such.

    relax       the questions holding part of the words, for a query of three words or more
    subjects    the questions filed under the descriptors the best results share
    spelling    a word no field holds, corrected to the nearest word of the index
    widen       a short Selection with those rows below it; for an empty one, the query less each word
"""
