"""The question view: passages, siblings, typed links both ways, similar questions."""
from __future__ import annotations

from datetime import date

import numpy as np

from hypothesis import given, settings, strategies as st

from search.api import Engine, build, get_question, update
from search.service import question
from search.service.question import similar
from tests.conftest import CORPUS, SEEDS, VARIANTS, copy_corpus


def relations(view) -> set[tuple[str, str]]:
    return {(r.relation, r.id) for r in view.related if r.relation != "similar"}


def test_reintroduction_both_ways(engine):
    # only 4-5210's page says "Réintroduite comme 5-126"; 5-126 says "Réintroduction de 4-5210": both see both
    assert ("reintroduced_as", "5-126") in relations(get_question(engine, "4-5210"))
    assert ("reintroduction_of", "4-5210") in relations(get_question(engine, "5-126"))
    # 6-15's page says nothing; 5-9990's page says "Réintroduite comme 6-15"
    view = get_question(engine, "6-15")
    assert ("reintroduction_of", "5-9990") in relations(view)
    linked = next(r for r in view.related if r.id == "5-9990")
    assert (linked.indexed, linked.status, linked.title) == (True, "lapsed", "Pensions - Écart de pension entre hommes et femmes")


def test_citations_both_ways(engine):
    assert relations(get_question(engine, "7-901")) >= {("cites", "7-900"), ("cites", "6-15")}
    assert ("cited_by", "7-901") in relations(get_question(engine, "7-900"))


def test_links_to_questions_not_in_the_index(engine):
    view = get_question(engine, "5-3818")
    assert relations(view) == {("requalified_as", "5-1821"), ("similar_also_asked_to", "5-3900"),
                               ("linked_to", "5-412"), ("reintroduction_of", "4-2293")}
    kinds = {r.id: (r.kind, r.indexed) for r in view.related}
    assert kinds["5-1821"] == ("demande d'explications", False) and kinds["5-412"] == ("question orale", False)


def test_siblings_and_similar_questions(engine):
    view = get_question(engine, "6-301")
    assert {(s.id, s.status, s.answered_on, s.addressee) for s in view.siblings} == {
        ("6-300", "answered", "2017-03-02", "ministre de la Défense"),
        ("6-302", "answered", "2017-04-20", "ministre de la Justice")}
    similar = [r.id for r in view.related if r.relation == "similar"]
    assert not {"6-300", "6-301", "6-302"} & set(similar)  # siblings are not "similar" (none passes the threshold here)
    view = get_question(engine, "5-126")
    prisons = {r.id: r for r in view.related if r.relation == "similar"}
    assert "5-6020" in prisons  # another prison question, and why
    assert prisons["5-6020"].shared_descriptors or prisons["5-6020"].shared_words


def test_passages_anchored_and_highlighted(engine):
    view = get_question(engine, "5-8917", q="Selor")
    assert [p.anchor for p in view.passages] == [f"p-{i}" for i in range(len(view.passages))]
    marked = [p for p in view.passages if p.matched]
    assert len(marked) > 5 and all("<mark>selor</mark>" in p.html.lower() for p in marked)
    assert view.official_url == "https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=5&NR=8917&LANG=fr"


def test_deadline_and_days(engine):
    late = get_question(engine, "4-2710", today=date(2024, 1, 1))  # due 2 April, answered 20 May 2009
    assert (late.deadline_missed, late.days_open) == (True, 80)
    waiting = get_question(engine, "8-411", today=date(2025, 10, 22))  # due 6 November 2025, still pending
    assert (waiting.deadline_missed, waiting.days_open) == (False, 15)
    lapsed = get_question(engine, "7-1503", today=date(2026, 1, 1))  # due 16 March 2023; legislature 7 ended
    assert (lapsed.record["status"], lapsed.deadline_missed, lapsed.days_open) == ("lapsed", None, None)
    assert get_question(engine, "5-8917").deadline_missed is None  # legislature 5: no deadline shown


def test_unknown_question(engine):
    assert get_question(engine, "9-1") is None


def test_group_is_the_whole_index_view(engine):
    # 5-3819's own page names no sibling; 5-3818's page says "Aussi posée à" 5-3817 and 5-3819
    assert get_question(engine, "5-3819").record["group"] == "5-3817"
    assert {s.id for s in get_question(engine, "5-3819").siblings} == {"5-3818"}


def similar_of(engine, qid: str) -> list[tuple]:
    return [(r.id, r.shared_descriptors, r.shared_words) for r in get_question(engine, qid).related
            if r.relation == "similar"]


def test_similar_questions_do_not_depend_on_the_pages_asked_before(index_dir):
    """A page's similar questions are the same asked first, in a fresh engine, and after every other page: the
    words' scores kept per generation and the working arrays a thread's pages share change nothing."""
    warm = Engine(index_dir)
    gen = warm.generation()
    ids = [gen.id_of(r) for r in range(gen.size) if gen.live[r]]
    seen = {qid: similar_of(warm, qid) for qid in ids}  # every page once: every word scored, every array used
    assert sum(1 for found in seen.values() if found) > 10
    for qid in ids[::4]:
        assert similar_of(Engine(index_dir), qid) == seen[qid] == similar_of(warm, qid), qid


def test_excluding_similar_questions_brings_up_the_next_ones(engine):
    """The list is the best questions less those excluded (the page's siblings and linked questions): excluding
    the first two brings up the next; excluding many others (more than the few best picked one by one) changes
    nothing. (A low threshold, so that many pages have a list.)"""
    gen = engine.generation()
    tried = 0
    for row in range(gen.size):
        if not gen.live[row]:
            continue
        rec, own = gen.record(row), gen.id_of(row)
        text = rec["title"] + "\n" + "\n".join(h["raw"] for h in gen.passages(row) if h["part"] == "question")
        ids = lambda exclude: [r.id for r in similar(gen, row, text, exclude, 0.1, rec["language"])]  # noqa: E731
        best = ids({own})
        if len(best) < 3:
            continue
        tried += 1
        assert ids({own, best[0], best[1]})[:len(best) - 2] == best[2:]
        others = {gen.id_of(r) for r in range(gen.size)} - set(best) - {own}
        assert ids({own} | set(sorted(others)[:20])) == best
    assert tried > 10


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 6), min_size=1, max_size=60), st.integers(1, 40))
def test_the_least_score_kept_is_the_kth_best(values, k):
    """The similar rows kept before they are sorted are those scoring at least the k-th best (ties kept), by
    picks of the largest for a few and by a partition for many: both as sorting says."""
    array = np.array(values, dtype=np.float32)
    if k >= array.size:
        return
    assert question._least(array.copy(), k) == sorted(values, reverse=True)[k - 1]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sets(st.integers(0, 79), max_size=40), min_size=1, max_size=5))
def test_rows_sharing_subjects_are_counted_as_a_bincount_would(engine, filed):
    """The subjects a row shares with the page's question, counted at the rows only in a thread's scratch:
    the counts of np.bincount, and the scratch left zeroed for the next page."""
    gen = engine.generation()
    filed = [np.array(sorted(rows), dtype=np.int64) for rows in filed if max(rows, default=0) < gen.size]
    if not filed:
        return
    for _ in range(2):
        rows, counts = question._counted(gen, filed)
        every = np.bincount(np.concatenate(filed), minlength=gen.size)
        assert len(set(rows.tolist())) == rows.size == counts.size
        assert dict(zip(rows.tolist(), counts.tolist())) == {r: int(every[r]) for r in np.flatnonzero(every).tolist()}
    assert not question._scratch(gen)[2].any()


def test_a_question_changed_by_an_update_is_similar_as_it_now_reads(tmp_path):
    """8-411 and 7-410 are both filed under "épidémie"; once an update rewrites 8-411 about fighter jets, 7-410's
    page no longer lists it: the replaced version's row (still in the index until the next build) scores for
    nothing."""
    seeds, index = copy_corpus(tmp_path / "seeds", SEEDS, VARIANTS, CORPUS), tmp_path / "index"
    build(seeds, index)
    assert "8-411" in [s[0] for s in similar_of(Engine(index), "7-410")]
    page = seeds / "8-411.txt"
    text = page.read_text(encoding="utf-8")
    for old, new in (("Covid-19 - Dépistage - Tests rapides", "Défense - Avions de combat - Achat"),
                     ("épidémie\ndiagnostic médical", "armement"),
                     ("Combien de tests rapides ont-ils été distribués aux pharmacies ?",
                      "Combien d'avions de combat seront-ils achetés ?")):
        assert old in text
        text = text.replace(old, new)
    page.write_text(text, encoding="utf-8")
    update(seeds, index)
    engine = Engine(index)
    assert engine.generation().dead.size  # the old 8-411 is still a row of the index
    assert "8-411" not in [s[0] for s in similar_of(engine, "7-410")]


def test_a_similar_question_shares_the_words_it_is_listed_for(engine):
    """Each word a similar question is listed for ("mots en commun") is one it holds: one of the word's terms
    scores it, in the fields similar questions compare."""
    from search.text.bilingual import stem_groups

    gen = engine.generation()
    listed = 0
    for row in range(gen.size):
        if not gen.live[row]:
            continue
        for r in get_question(engine, gen.id_of(row)).related:
            if r.relation != "similar":
                continue
            other = gen.row_of(r.id)
            for word in r.shared_words:
                listed += 1
                terms = {t for group in stem_groups([word], "fr") for t in group}
                assert any(other in question.term_scores(gen, t)[0] for t in terms), (r.id, word)
    assert listed >= 10  # the fixtures list some
