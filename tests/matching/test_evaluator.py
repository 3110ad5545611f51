"""search.matching.evaluator: the one evaluator, phrases on stored positions, the time budget."""
from __future__ import annotations

import time

import numpy as np
import pytest

from search.text.fold import fold
from search.text.tokens import base_words
from search.api import SearchRequest, search
from search.matching.evaluator import Evaluator
from search.query.language import parse_query

from tests.conftest import fixture_questions


def matched_ids(engine, q: str) -> set[str]:
    gen = engine.generation()
    result = Evaluator(gen).run(parse_query(q))
    return {gen.id_of(r) for r in np.flatnonzero(result.mask).tolist()}


def brute_force(phrase: str) -> set[str]:
    """Questions whose title, a descriptor or a passage holds the phrase's words in a row."""
    wanted = [fold(w) for w in base_words(phrase)]
    found = set()
    for q in fixture_questions():
        for text in [q.title, *q.descriptors, *(p.text for p in q.passages)]:
            words = [fold(w) for w in base_words(text)]
            if any(words[i:i + len(wanted)] == wanted for i in range(len(words))):
                found.add(q.id)
                break
    return found


@pytest.mark.parametrize("phrase", ["médias sociaux", "de la", "ont été", "écart de pension", "sécurité informatique",
                                    "l'État", "ministre peut", "a t elle", "surpopulation carcérale"])
def test_phrases_match_exactly_the_questions_holding_them(engine, phrase):
    expected = brute_force(phrase)
    assert matched_ids(engine, f'"{phrase}"') == expected
    assert expected or phrase in ("a t elle", "ministre peut")  # the table tests something


def test_a_phrase_is_not_its_words_anywhere(engine):
    assert matched_ids(engine, '"sociaux médias"') < matched_ids(engine, "sociaux médias")


def test_and_or_not_are_set_operations(engine):
    a, b = matched_ids(engine, "prison"), matched_ids(engine, "pension")
    assert matched_ids(engine, "prison OU pension") == a | b
    assert matched_ids(engine, "prison pension") == a & b
    assert matched_ids(engine, "prison SAUF pension") == a - b


def test_a_deadline_in_the_past_returns_partial_results_not_an_error(engine):
    gen = engine.generation()
    result = Evaluator(gen, deadline=time.perf_counter() - 1).run(parse_query('"de la" OU pri* OU ministre'))
    assert result.partial
    full = Evaluator(gen).run(parse_query('"de la" OU pri* OU ministre'))
    assert not full.partial and full.mask.sum() >= result.mask.sum()


def test_the_page_says_it_is_partial(engine):
    worst = " OU ".join(f"{a}{b}*" for a in "pcdmr" for b in "aeiour")[:900]
    page = search(engine, SearchRequest(worst, budget=1e-6))
    assert page.partial
    assert not search(engine, SearchRequest("prison")).partial
