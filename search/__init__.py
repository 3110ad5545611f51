"""Search the Belgian Senate's written questions: reading their pages, analysing French and Dutch
text, indexing, querying, and the pages, statistics and exports built on it.

Public surface (what web/, the CLI and scripts import): `api`, with `errors` (the exceptions) and
`model` (the parsed record); `facets` is the one table of facets every layer reads.

Subpackages, each a layer that imports only those below it:

    text        what a word is: one fold, the languages, tokens, French and Dutch analysis, the Whoosh analyzers
    ministries  a minister's title read into portfolios and a rank; the governments and who held what when
    ingest      a document file -> the Question record: reading, renderings, parsing, rules, merging renderings
    index       the index on disk: its format (codec), generations and their swap, a generation read
    indexer     documents in, a new generation written (build and update) and swapped in
    harvest     the written questions fetched from senate.be, politely and incrementally, into a seeds folder
    query       the search box's language, and what a query looks for
    matching    evaluation on the index's arrays, the one scoring model, a query's Selection and its order
    widening    what a search that finds little goes on with: part of the words, same subject, spelling
    service     a request answered: results page, question page, statistics, exports, snippets, labels
    alerts      following, with no account: the subscriptions, each follow's news, a sending run
    cli         `python -m search`
    tools       the synthetic-archive generator, for benchmarks
"""
