"""search.query.terms: what a query tree looks for, word by word."""
from __future__ import annotations

from search.query.language import parse_query
from search.query.terms import has_text, highlight_terms, passage_words, word_groups
from search.text.bilingual import EXACT, FRENCH


def test_each_word_is_looked_for_under_both_languages_stems_and_as_typed():
    (prisons,) = word_groups("Prisons")
    assert "prison" in prisons[FRENCH] and prisons[EXACT] == ("prisons",)
    (gevangenissen,) = word_groups("gevangenissen")
    assert any(t.startswith("gevangen") for t in gevangenissen[FRENCH])


def test_stop_words_of_either_language_are_not_looked_for():
    assert [g[EXACT] for g in word_groups("les prisons van de gevangenis")] == [("prisons",), ("gevangenis",)]


def test_filters_and_exclusions_are_not_words_to_rank_by():
    assert has_text(parse_query("asile statut:repondue"))
    assert not has_text(parse_query("statut:repondue annee:2013"))
    assert not has_text(None)


def test_what_snippets_mark():
    stems, words, prefixes = highlight_terms(parse_query('réfugiés "tarif social" hospitalis* -dublin auteur:dupont'))
    assert {"refugi", "refug"} & stems and words == {"tarif", "social"} and prefixes == ("hospitalis",)
    assert not any("dublin" in s or "dupont" in s for s in stems)


def test_passages_are_chosen_by_the_positive_words():
    expand = {"hospitalis": ["hospitalisation", "hospitalise"]}.get
    wanted = passage_words(parse_query("hospitalis* prisons -fraude"), lambda p: expand(p, []))
    assert len(wanted) == 2 and any("prison" in w for w in wanted[1])
