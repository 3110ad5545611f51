"""search.matching.selection: the questions a query selects, one result per sibling group, in order."""
from __future__ import annotations

import numpy as np
import pytest

from search.api import Engine, SearchRequest, build, search
from search.matching.selection import count_groups, ranked, select
from search.widening.widen import widen

PAGE = """Version à imprimer bilingue Version à imprimer unilingue

Question écrite n° {id}

de Jean Dupont (MR) du 3 avril 2012

au ministre de la {ministry}

{title}

établissement pénitentiaire

Chronologie

3/4/2012 Envoi question
{events}
Aussi posée à : question écrite {sibling}

Question n° {id} du 3 avril 2012 : (Question posée en français)

{body}
{answer}
"""


def page(qid, sibling, ministry, title, body, answered):
    return PAGE.format(id=qid, sibling=sibling, ministry=ministry, title=title, body=body,
                       events="20/5/2012 Réponse" if answered else "",
                       answer="\nRéponse reçue le 20 mai 2012 :\n\nLa réponse est jointe." if answered else "")


@pytest.fixture(scope="module")
def group_engine(tmp_path_factory):
    """One question sent to two ministers: the pending copy says `prisons` far more than the answered one."""
    root = tmp_path_factory.mktemp("group")
    seeds = root / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(page("5-100", "5-101", "Justice", "Prisons - Surpopulation des prisons",
                                      "Les prisons débordent. Que fera-t-on des prisons et de leurs détenus ?",
                                      answered=False), encoding="utf-8")
    (seeds / "b.txt").write_text(page("5-101", "5-100", "Santé", "Soins de santé des détenus",
                                      "Quels soins reçoivent les détenus des prisons ?", answered=True), encoding="utf-8")
    build(seeds, root / "index")
    return Engine(root / "index")


def test_a_folded_group_shows_its_answered_member(group_engine):
    gen = group_engine.generation()
    sel = select(gen, "prisons", {})
    scores = {gen.id_of(r): float(sel.scores[r]) for r in np.flatnonzero(sel.matched)}
    assert scores["5-100"] > scores["5-101"]  # the unanswered copy ranks first on its words...
    assert [gen.id_of(r) for r, _ in ranked(sel, "relevance", 10)] == ["5-101"]  # ...the answered one is shown
    page = search(group_engine, SearchRequest("prisons"))
    assert [r.id for r in page.results] == ["5-101"] and page.results[0].status == "answered"
    assert [(s.id, s.status, s.matched) for s in page.results[0].siblings] == [("5-100", "lapsed", True)]


def test_siblings_count_as_one_result(group_engine):
    gen = group_engine.generation()
    sel = select(gen, "", {})
    assert int(sel.matched.sum()) == 2 and count_groups(gen, sel.matched) == 1


def test_results_are_counted_one_per_group_whatever_rows_match(engine, group_engine):
    """count_groups counts rows alone in their group one each and folds the others by group: the same number as
    the distinct groups of the matched rows, for any rows (the fixtures hold groups of two and more)."""
    rng = np.random.default_rng(5)
    for gen in (engine.generation(), group_engine.generation()):
        assert len(gen.group_ids) < gen.size  # some questions share a group
        for share in (0.0, 0.1, 0.5, 0.9, 1.0):
            for _ in range(20):
                mask = rng.random(gen.size) < share
                assert count_groups(gen, mask) == len(set(gen.group[mask].tolist()))


def test_filters_and_dates_narrow_the_selection(group_engine):
    gen = group_engine.generation()
    assert [gen.id_of(r) for r in np.flatnonzero(select(gen, "prisons", {"status": ["lapsed"]}).matched)] == ["5-100"]
    assert not select(gen, "prisons", {}, date_from="2013").matched.any()
    assert select(gen, "prisons", {}, date_to="2012-04").matched.sum() == 2


def test_a_selection_is_never_changed_by_what_comes_after(relevance_engine):
    """Widening returns a new selection with its rows below; the one it was given stays as it was."""
    gen = relevance_engine.generation()
    sel = select(gen, "combien de detenus dorment par terre", {})
    before = sel.matched.copy()
    wider, why = widen(sel, 20)
    assert why.relaxed is not None and wider.matched.sum() > sel.matched.sum()
    assert (sel.matched == before).all() and sel.tier is None
    assert (wider.tier[sel.matched] == 0).all() and (wider.tier[wider.matched & ~sel.matched] > 0).all()


def test_dates_sorts_put_widened_rows_last(relevance_engine):
    gen = relevance_engine.generation()
    wider, _ = widen(select(gen, "combien de detenus dorment par terre", {}), 20)
    rows = [r for r, _ in ranked(wider, "newest", 50)]
    tiers = [int(wider.tier[r]) for r in rows]
    assert tiers == sorted(tiers)


@pytest.mark.parametrize("sort", ["relevance", "newest", "oldest", "delay"])
def test_one_order_behind_a_page_and_an_export(engine, sort):
    """A page's results are its rows in `ordered`'s order, one per sibling group: the export's order."""
    from search.matching.selection import ordered

    gen = engine.generation()
    sel = select(gen, "prison" if sort == "relevance" else "", {})
    rows = ordered(sel, sort)
    first_of_group = list(dict.fromkeys(int(gen.group[r]) for r in rows))
    page = [int(gen.group[row]) for row, _ in ranked(sel, sort, 10)]
    assert page and page == first_of_group[:len(page)]


@pytest.mark.parametrize("values", [4, None])
def test_the_rows_a_page_ranks_first_are_the_first_in_order_ties_broken_by_row(values):
    """Of many matched rows, those a page reads are the first of `ordered`'s order (rank, then row), even where
    hundreds tie (an author's questions all score alike): what the page shows is what the export lists first."""
    from search.matching.selection import _highest

    rng = np.random.default_rng(3)
    for size, want in ((30, 10), (5_000, 50), (40_000, 50), (40_000, 1_000)):
        docs = np.sort(rng.choice(10**6, size, replace=False))
        rank = np.zeros(10**6, dtype=np.float32)
        rank[docs] = rng.integers(0, values, size) if values else rng.random(size)
        top = _highest(docs, rank, want)
        top = top[np.lexsort((top, -rank[top]))][:want]
        assert top.tolist() == docs[np.lexsort((docs, -rank[docs]))][:want].tolist()
