"""A word, its plural and its other inflections find the same questions, synonyms included, in both
languages: on the French and Dutch judged corpora (tests/relevance/)."""
from __future__ import annotations

import pytest

from search.api import Engine, SearchRequest, search

FRENCH = [("prison", "prisons"), ("hôpital", "hôpitaux"), ("détenu", "détenus"), ("detenu", "détenues"),
          ("médicament", "médicaments"), ("policier", "policiers")]
DUTCH = [("gevangenis", "gevangenissen"), ("trein", "treinen"), ("ziekenhuis", "ziekenhuizen"),
         ("arts", "artsen"), ("gedetineerde", "gedetineerden"), ("geneesmiddel", "geneesmiddelen")]


def found(engine: Engine, q: str) -> set[str]:
    page = search(engine, SearchRequest(q, size=100))
    ids = {r.id for r in page.results[:page.all_words]} if page.all_words is not None else {r.id for r in page.results}
    return ids | {s.id for r in page.results[:page.all_words or len(page.results)] for s in r.siblings if s.matched}


@pytest.fixture(scope="module")
def engines(relevance_index, relevance_index_nl):
    out = {"fr": Engine(relevance_index), "nl": Engine(relevance_index_nl)}
    yield out
    for engine in out.values():
        engine.close()


@pytest.mark.parametrize("language, word, inflected", [("fr", *p) for p in FRENCH] + [("nl", *p) for p in DUTCH])
def test_a_word_and_its_inflection_find_the_same_questions(engines, language, word, inflected):
    one, other = found(engines[language], word), found(engines[language], inflected)
    assert one and one == other, (word, sorted(one - other), inflected, sorted(other - one))
