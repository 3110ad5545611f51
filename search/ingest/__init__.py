"""Ingestion: from a document file to the one Question record the index holds.

    sources     the document files of a seeds folder, and which question each names
    documents   reading one file: size and binary checks, the encoding policy, ParseError
    html        a page saved as senate.be's HTML, rendered to the text layout as a browser shows it
    encoding    text that went through the wrong code page, put right where that is certain (ftfy, a table)
    renderings  which rendering (web, print, bilingual) and language a page is; its lines brought to one shape
    vocabulary  the pages' words in both languages: months, events, link labels, kinds of documents
    parse       one page, top to bottom, into a Question
    rules       what a record's fields mean: status, answer date, citations
    legislatures  the Senate's legislatures and when each ended (legislatures.csv): a question left waiting lapsed
    passages    bodies cut into the passages a reader would quote
    merge       one question from the records of its renderings
    thesaurus   the descriptors an archive knows; a collapsed descriptor line split into them
"""
