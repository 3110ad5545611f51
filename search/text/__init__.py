"""Text analysis: what a word is, and the terms it is indexed and looked for by.

    fold        the one fold (accents, look-alike letters, invisible characters)
    languages   the languages, listed once, and every name for them
    tokens      the tokenizer: words, apostrophes, elisions
    french      French stop words and stems, accent variants
    inflection  the French singular and masculine forms Snowball misses
    dutch       Dutch stop words and stems
    dutch_inflection  the Dutch singular forms the Porter stemmer misses
    synonyms    words the archive uses for the same thing, in French and in Dutch
    bilingual   which language a text is in; the FRENCH and EXACT analyses of either
    analyzers   the Whoosh analyzers pickled into the index (their import path is part of its format)
"""
