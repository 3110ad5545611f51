"""The indexer: documents in, a new generation of the index (search.index) written and swapped in.

    build       `build` and `update`: documents in, a new generation swapped in
    arrays      the query arrays: one segment written from the questions
    finish      a generation's files beside its segments: deleted rows, sibling groups, Whoosh numbers
    concerns    the ministry each question concerns, of those its addressee's title names, over the whole generation
    history     what changed when: each build numbered and dated, per question its first build and its status's
    workers     Whoosh's helper processes, bound to die with the build
"""
