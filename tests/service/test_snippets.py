"""search.service.snippets: which passages to show, and their words marked, everything else escaped."""
from __future__ import annotations

from search.service.snippets import Matcher, highlight
from search.query.language import parse_query
from search.query.terms import highlight_terms


def marked(query: str, text: str) -> list[str]:
    return [text[s:e] for s, e in Matcher(*highlight_terms(parse_query(query))).spans(text)]


def test_a_word_is_marked_in_any_of_its_forms():
    assert marked("réfugié", "Les réfugiés et la réfugiée, refugies.") == ["réfugiés", "réfugiée", "refugies"]
    assert marked("maatregel", "De maatregelen en de maatregel.") == ["maatregelen", "maatregel"]


def test_a_phrase_marks_its_words_and_a_prefix_its_words():
    assert marked('"tarif social"', "Le tarif social, tarifs.") == ["tarif", "social"]
    assert marked("hospitalis*", "Une hospitalisation.") == ["hospitalisation"]


def test_stop_words_and_excluded_words_are_not_marked():
    assert marked("les prisons -dublin", "Les prisons de Dublin") == ["prisons"]


def test_highlighting_escapes_everything_but_the_marks():
    text = 'Le <b>rapport</b> & "flux"'
    start = text.index("rapport")
    assert str(highlight(text, [(start, start + 7)])) == "Le &lt;b&gt;<mark>rapport</mark>&lt;/b&gt; &amp; &quot;flux&quot;"


def test_a_long_passage_is_cut_around_its_first_match():
    text = "mot " * 200 + "prisons " + "mot " * 200
    start = text.index("prisons")
    html = str(highlight(text, [(start, start + 7)], limit=120))
    assert html.startswith("… ") and html.endswith(" …") and "<mark>prisons</mark>" in html
    assert len(html) < 200
