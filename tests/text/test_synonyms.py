"""search.text.synonyms: a word and its inflections find the same group, in both languages."""
from __future__ import annotations

import pytest

from search.query import terms as terms_module
from search.query.terms import word_groups
from search.text.bilingual import FRENCH
from search.text.synonyms import GROUPS, synonyms

# (a word, an inflection of it): the same synonyms, whichever is typed
PAIRS = [
    ("prison", "prisons"), ("prison", "Prisons"), ("détenu", "détenus"), ("detenu", "détenues"),
    ("hôpital", "hôpitaux"), ("hopital", "hôpitaux"), ("médicament", "médicaments"),
    ("policier", "policiers"), ("militaire", "militaires"), ("carcéral", "carcérales"), ("migrant", "migrants"),
    ("gevangenis", "gevangenissen"), ("trein", "treinen"), ("ziekenhuis", "ziekenhuizen"), ("arts", "artsen"),
    ("gedetineerde", "gedetineerden"), ("werkloze", "werklozen"), ("geneesmiddel", "geneesmiddelen"),
    ("vreemdeling", "vreemdelingen"), ("fiets", "fietsen"), ("auto", "auto's"),
]


@pytest.mark.parametrize("word, inflected", PAIRS)
def test_an_inflection_looks_for_what_its_base_form_looks_for(word, inflected, monkeypatch):
    """The terms a query word is looked for under: typed inflected, it looks for every term its base
    form does, its synonyms' included (the search-level equality is tests/system/test_inflections.py)."""
    assert synonyms(word) and synonyms(inflected)
    with_synonyms = {w: set(word_groups(w)[0][FRENCH]) for w in (word, inflected)}
    monkeypatch.setattr(terms_module, "SYNONYMS", False)
    alone = {w: set(word_groups(w)[0][FRENCH]) for w in (word, inflected)}
    assert with_synonyms[word] - alone[word] <= with_synonyms[inflected], (word, inflected)
    assert alone[word] & alone[inflected], (word, inflected)


def test_a_french_word_does_not_meet_a_dutch_group_by_its_stem():
    assert synonyms("art") == ()  # French "art" is not Dutch "arts" (doctor)
    assert "dokter" in synonyms("artsen")


def test_every_group_is_found_from_each_of_its_words():
    for group in GROUPS:
        for word in group:
            terms = set(word_groups(word)[0][FRENCH])
            for other in group:
                assert set(word_groups(other)[0][FRENCH]) & terms, (word, other)
