"""The service: what a user asks for, answered as plain data for the site, the API, the CLI and the exports.

    request     a SearchRequest checked, and the Selection it makes
    choices     the closed choices of a request (order, statistics order and grouping), in each language
    engine      the live index a process serves from, warmed, with its cache of result pages
    search      a results page: select, correct, widen, count, rank, collect, snippets, in that order
    snippets    which passages of a result to show, and their words marked (the one place text becomes markup)
    question    a question page: passages, siblings, typed links both ways, similar questions
    stats       figures per ministry, government, holder or title over the questions a request selects
    profiles    a page per ministry and per senator
    export      every question a request selects, row by row, for the CSV and Excel exports
    rows        one shape of a question in a list: what a result and an export row start from
    labels      facet values and a record's texts in the other language, learned from the index
    results     the frozen dataclasses all of them return
"""
