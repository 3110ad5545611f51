"""Relevance on the judged corpus (tests/relevance/): the figures must not drop.

The floors are the figures of `python -m tests.relevance.evaluate` when they were last
raised, rounded down; README.md quotes them. Raise them when a change raises the figures.
"""
import pytest

from tests.relevance.evaluate import evaluate, means, ours
from tests.relevance.pages import PAGES, page, questions
from tests.relevance.queries import QUERIES

FLOORS = {"recall": 0.89, "precision": 0.28, "ndcg": 0.90}
KIND_FLOORS = {"subject": 0.90, "words": 0.95, "form": 0.93, "sentence": 0.80}  # recall@10 of these kinds of query


@pytest.fixture(scope="module")
def results(relevance_index):
    return evaluate(ours(relevance_index))


def test_the_set_is_large_enough():
    assert len(QUERIES) >= 60 and len({q.text for q in QUERIES}) == len(QUERIES)
    assert len(questions()) >= 300


def test_pages_are_written_from_the_data():
    for q in questions():
        assert (PAGES / f"{q.id}.txt").read_text(encoding="utf-8") == page(q), q.id
    assert len(list(PAGES.glob("*.txt"))) == len(questions())


def test_every_query_has_judged_answers():
    from tests.relevance.evaluate import judgments

    corpus = questions()
    for query in QUERIES:
        assert judgments(query, corpus), query.text


@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_relevance_does_not_drop(results, measure):
    assert getattr(means(results), measure) >= FLOORS[measure]


@pytest.mark.parametrize("kind", sorted(KIND_FLOORS))
def test_relevance_by_kind_does_not_drop(results, kind):
    assert means(results, kind).recall >= KIND_FLOORS[kind]
