"""The ministry a question concerns (search.indexer.concerns), on the judged set: the figures must not drop.

The floors are `python -m tests.ministries.concerns`'s figures when they were last raised, rounded
down; README.md quotes them.
"""
from __future__ import annotations

import pytest

from tests.ministries.concerns import evaluate, in_passing, pages

FLOORS = {"all": (0.94, 0.97), "written with the rules": (0.99, 0.97), "held out": (0.92, 0.94),
          "held out 2": (0.96, 1.0), "held out 3": (0.85, 0.96), "held out 4": (0.92, 0.94), "held out 5": (0.95, 0.98),
          "held out 6": (0.89, 1.0)}
# Recall's floors for "all" and "held out" went down a hundredth on 2026-12-07 (0.970 -> 0.968, 0.928 -> 0.913)
# while precision's went up (0.896 -> 0.935 over all 355; wrong filings 42 -> 25): three questions judged to
# concern two portfolios, or the other one, that had been filed under all of their title's main portfolios.
# Precision 0.937 and recall 0.968 over all 355 on 2026-12-07 (a phrase held inside a longer one by its stems);
# with the fourth held-out part (52 more, read once: 0.927 / 0.944), 0.934 / 0.967 over all 407.
# With the fifth (67 more, 31 Dutch, written before the subject words were filled from their sources: 0.893 /
# 0.985 under the rules it was written against), 0.928 / 0.970 over all 474. Then the sourced subject words of the
# Digital Agenda, Development Cooperation, the Self-employed and Poverty: all 474 0.937 / 0.970, the first
# held-out part 0.878 / 0.942, the third 0.855 / 0.964, the fifth unchanged. Then the Middle Classes' (opening
# hours, the weekly closing day, itinerant trade: it had none): all 474 0.950 / 0.970, the first part 0.929, the
# fifth 0.931 / 0.985; both gains are questions already seen (the fifth part's "Commerce ambulant" by its title).
# With the seventh part (44 more, 22 Dutch, written and committed before the next change, its misfilings not
# read): 0.898 / 1.000 at its first reading; all 518 0.949 / 0.972; the fifth part 0.957 (what the index learns
# from grew).


@pytest.fixture(scope="module")
def figures(tmp_path_factory):
    return evaluate(tmp_path_factory.mktemp("concerns"))


def test_the_judged_set_is_large_enough_in_both_languages():
    judged = [p for p in pages() if p.judged]
    assert len(judged) >= 150 and sum(p.language == "nl" for p in judged) >= 60
    assert sum(p.held_out == 1 for p in judged) >= 60 and sum(p.held_out == 2 for p in judged) >= 50
    assert sum(p.held_out == 3 for p in judged) >= 50 and sum(p.held_out == 4 for p in judged) >= 50
    assert sum(p.held_out == 5 for p in judged) >= 60 and sum(p.held_out == 6 for p in judged) >= 40


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_precision_and_recall_hold_their_floors(figures, part):
    ours, titles = figures[part]
    precision, recall = FLOORS[part]
    assert ours.precision >= precision and ours.recall >= recall, (part, ours.precision, ours.recall)
    assert ours.precision >= 2 * titles.precision  # against filing a question under every portfolio of its title


def test_a_portfolio_a_title_names_in_passing_counts_only_the_questions_about_it(figures):
    """Beliris and the federal cultural institutions, named after "chargé(e) de", count no question judged
    to be about another ministry (the hospital questions Beliris used to count). A title that names them
    among its main portfolios (Wilmès's, "… et des Institutions culturelles fédérales") is not one of these."""
    assert sum(1 for p in pages() if p.judged and in_passing(p)) >= 30
    ours, titles = figures["Beliris or culture in passing"]
    assert ours.wrong["beliris"] == ours.wrong["federal_cultural_institutions"] == 0
    assert titles.wrong["beliris"] > 10  # what filing under every portfolio of the title did


def _misfiled_titles(figures) -> set[str]:
    return {p.title for p, _ in figures["all"][0].misfiled}


def test_a_subject_word_is_read_in_its_own_language(figures):
    """The Dutch "arts" (a doctor, Public Health's) is not the French "arts": a French question on the Royal
    Museums of Fine Arts goes to the cultural institutions only (it also went to Public Health)."""
    assert "Musées royaux des Beaux-Arts - Fermeture des salles d'art moderne" not in _misfiled_titles(figures)


def test_a_dutch_compound_names_its_parts_subject(figures):
    """`Ambtenarenpensioen` (civil servants' pension) is the Pensions' (it went to all the title's main portfolios)."""
    assert "Ambtenarenpensioen - Perequatie" not in _misfiled_titles(figures)


def test_a_word_inside_another_portfolios_longer_name_does_not_name_its_own(figures):
    """"fiscale" (Finance's "fiscalité", by its stem) inside "lutte contre la fraude fiscale et sociale": the
    Collège's action plan is the coordination of the fight against fraud's, not Finance's too."""
    assert "Collège pour la lutte contre la fraude fiscale et sociale - Plan d'action" not in _misfiled_titles(figures)
