"""search.service.snippets: which passages to show, and their words marked, everything else escaped."""
from __future__ import annotations

import numpy as np
import pytest

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



PIECES = ["5-8900", "8900", "l'emploi", "emploi", "l’emploi", "aujourd'hui", "hui", "12-3456789", "3456", "2012-2014",
          "2012", "x8900", "emplois", "Emploi", "(emploi)", "-", "'", "’", "é", "ÉMPLOI"]


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(st.sampled_from(PIECES), max_size=60), seps=st.lists(st.sampled_from([" ", "", "-", "\n", ", "]), min_size=1),
       query=st.sampled_from(["emploi", "8900", "5-8900", "hui", "2012", "3456", "emploi 8900", "empl*"]))
def test_the_words_marked_are_the_tokens_that_match_wherever_they_stand(pieces, seps, query):
    """A word is marked where the tokenizer reads it whole, never inside another token (an id, an elided or
    joined word): the places found by searching for the words are the tokens' own."""
    from search.text.tokens import TOKEN_RE

    text = "".join(p + seps[i % len(seps)] for i, p in enumerate(pieces))
    matcher = Matcher(*highlight_terms(parse_query(query)))
    found = matcher.spans(text)
    lower = text.lower()
    every = [m for m in TOKEN_RE.finditer(lower)]
    assert found == [m.span() for m in every if matcher._seen.get(m.group())]


def best_by_hand(gen, rows, words, per_question):
    """The passages a result shows, passage by passage: most query words held, then the summed BM25 of
    each word's best variant, then position."""
    from search.matching.scoring import idf, norm, saturate

    field, count = gen.passage_text, max(1, int(gen.p_live.sum()))
    lengths = norm(gen, field)
    cover = {}
    for variants in words:
        seen, df = {}, 0
        for term in variants:
            docs, tf = field.postings(term)
            df = max(df, int(gen.p_live[docs].sum()))
            for d, f in zip(docs.tolist(), (tf * lengths[docs]).tolist()):
                if gen.p_live[d] and int(gen.p_question[d]) in rows:
                    seen[d] = max(seen.get(d, 0.0), f)
        for d, f in seen.items():
            n, s = cover.get(d, (0, 0.0))
            cover[d] = (n + 1, s + idf(df, count) * float(saturate(np.float32(f))))
    out = {}
    for row in rows:
        mine = sorted((-n, -s, int(gen.p_position[d]), d) for d, (n, s) in cover.items() if int(gen.p_question[d]) == row)
        out[row] = (len(mine), [d for *_, d in mine[:per_question]])
    return out


@pytest.mark.parametrize("query", ["prison", "médias sociaux", "pension", "asile OU migration", "sociaux"])
def test_the_passages_a_result_shows_are_those_ranked_by_hand(engine, query):
    from search.matching.selection import select
    from search.query.terms import passage_words
    from search.service.snippets import best_passages

    gen = engine.generation()
    sel = select(gen, query, {})
    rows = np.flatnonzero(sel.matched)[:20].tolist()
    words = passage_words(sel.node, lambda p: gen.fields["exact"].expand(p, 200))
    assert rows and words
    found = best_passages(gen, rows, words, 3)
    expected = best_by_hand(gen, set(rows), words, 3)
    assert found == {row: expected[row] for row in rows}
    assert any(chosen for _, chosen in found.values())
