"""The index on disk: written by a build, opened by every process that serves it.

    codec       the on-disk format alone: file names, array layouts, the id <-> key conversion
    fields      the text fields of a question row and a passage row, and their analysis
    schema      the two Whoosh indexes (questions, passages): schemas and documents
    arrays      the build's side of the query arrays: one segment written from the questions
    finish      a generation's files beside its segments: deleted rows, sibling groups, Whoosh numbers
    concerns    the ministry each question concerns, of those its addressee's title names, over the whole generation
    store       generations, the atomic swap of `current`, the writer lock
    build       `build` and `update`: documents in, a new generation swapped in
    workers     Whoosh's helper processes, bound to die with the build
    failpoints  the named kill points of the crash tests
    reader      one generation opened for reading: arrays memory-mapped, stored fields from Whoosh
    live        the generation a process serves, followed across swaps
    check       a generation's arrays held against Whoosh's passage index, its index of record
"""
