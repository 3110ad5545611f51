"""Dutch: stop words and Snowball's Porter-style Dutch stems, each word's accent variants and singular.

The Porter-style stemmer, not Snowball's newer "dutch" one: that one lengthens vowels
(kinderbijslagen -> kinderbijslaag, but kinderbijslag -> kinderbijslag) and strips ge-
(gevangenis -> vannis). tests/text/test_analyzers.py holds the pairs that must meet.
"""
from __future__ import annotations

import snowballstemmer

from .dutch_inflection import singular
from .fold import fold

_stemmer = snowballstemmer.stemmer("dutch_porter")
STOP_WORDS = frozenset("""
aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door dus een eens en er ge
geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in is ja je kan kon kunnen maar
me meer men met mij mijn moet na naar niet niets nog nu of om omdat ons ook op over reeds te tegen toch toen tot
u uit uw van veel voor want waren was wat werd wezen wie wil worden wordt zal ze zelf zich zij zijn zo zonder zou
""".split())
_cache: dict[str, tuple[str, ...]] = {}
_CACHE_MAX = 500_000


def dutch_variants(word: str) -> tuple[str, ...]:
    """Index terms for one lower-case Dutch word: stem-then-fold and fold-then-stem (`België`, `Belgie` and
    `Belgiё` meet), of the word and of its singular (search.text.dutch_inflection: `gevangenissen`)."""
    cached = _cache.get(word)
    if cached is None:
        variants = []
        for form in (word, *singular(word)):  # and its singular, where the stemmer misses it
            folded = fold(form)
            variants += [fold(_stemmer.stemWord(form)), _stemmer.stemWord(folded)]
        cached = tuple(dict.fromkeys(v for v in variants if v))
        if len(_cache) > _CACHE_MAX:
            _cache.clear()
        _cache[word] = cached
    return cached


def dutch_groups(words: list[str]) -> list[tuple[str, ...]]:
    """french_groups() for Dutch text: Dutch stop words dropped, Dutch stems."""
    return [(fold(w),) if w[:1].isdigit() else dutch_variants(w) for w in words if w not in STOP_WORDS]
