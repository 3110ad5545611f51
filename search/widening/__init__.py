"""Widening: what a search that finds little goes on with, each marked as such.

    relax       the questions holding part of the words (of two words, the rarer one alone)
    subjects    the questions filed under the descriptors the best results share
    feedback    the questions holding several words the best results share (measured, off: RM3's idea)
    spelling    a word no field holds, corrected to the nearest word of the index
    widen       a short Selection with those rows below it; when none holds every word, the query less each word
"""
