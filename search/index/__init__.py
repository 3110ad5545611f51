"""The index on disk and its reading: the format a build writes (search.indexer), generations and their
swap, and a generation opened by every process that serves it.

    codec       the on-disk format alone: file names, array layouts, the id <-> key conversion
    fields      the text fields of a question row and a passage row, and their analysis
    schema      the two Whoosh indexes (questions, passages): schemas and documents
    store       generations, the atomic swap of `current`, the writer lock
    failpoints  the named kill points of the crash tests
    postings    a generation's words: each segment's lexicon, postings and positions, a field across segments
    columns     a facet column: each question's values as codes, counted and filtered
    generation  one generation opened for reading: arrays memory-mapped, stored fields from Whoosh
    live        the generation a process serves, followed across swaps
    check       a generation's arrays held against Whoosh's passage index, its index of record
"""
