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


from hypothesis import given, settings, strategies as st  # noqa: E402

WORDS = ["prisons", "prison", "mot", "le", "détenus", "des", "Détenu", "surpopulation", "x" * 35, "a"]


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(WORDS), max_size=400), seps=st.lists(st.sampled_from([" ", ", ", ".  ", "\n"]), min_size=1),
       query=st.sampled_from(["prisons", "détenu surpopulation", "mot", "pris*", '"le mot"']),
       limit=st.sampled_from([40, 120, 320]))
def test_a_cut_snippet_marks_what_the_whole_passage_marks(words, seps, query, limit):
    """The snippet of a search page stops looking for matches past its cut: what it shows is what
    marking the whole passage and cutting it shows."""
    text = "".join(w + seps[i % len(seps)] for i, w in enumerate(words))
    terms = highlight_terms(parse_query(query))
    whole = highlight(text, Matcher(*terms).spans(text), limit)
    assert highlight(text, Matcher(*terms).spans(text, limit), limit) == whole
