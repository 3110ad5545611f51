"""Per-addressee statistics, filterable like a search."""
from __future__ import annotations

from datetime import date

from search.api import SearchRequest
from search.api import statistics as statistics_for

TODAY = date(2024, 1, 1)


def rows(page):
    return {r.addressee: r for r in page.rows}


def test_justice_figures(engine):
    page = statistics_for(engine, SearchRequest(), today=TODAY)
    justice = rows(page)["ministre de la Justice"]
    # 4-5210 lapsed, 5-126 answered in 69 days, 5-6020 in 78, 5-6021 pending, 6-302 in 98
    assert (justice.questions, justice.answered, justice.answered_pct) == (5, 3, 60.0)
    assert (justice.median_days, justice.p90_days) == (78, 98)
    assert (justice.overdue, justice.oldest_pending, justice.oldest_pending_since) == (0, "5-6021", "2012-05-16")
    assert page.total == 38 and page.overall.questions == 38 and page.overall.answered == 24


def test_overdue_counts_pending_past_deadline(engine):
    health = rows(statistics_for(engine, SearchRequest(), today=TODAY))["ministre de la Santé publique"]
    # 6-2211 (due 2018-11-26) and 7-411 (due 2020-11-06) are pending and late; 7-410 and 6-2210 answered
    assert (health.questions, health.overdue, health.oldest_pending) == (5, 2, "6-2211")
    before = rows(statistics_for(engine, SearchRequest(), today=date(2020, 11, 1)))["ministre de la Santé publique"]
    assert before.overdue == 1


def test_statistics_follow_the_search_filters(engine):
    page = statistics_for(engine, SearchRequest("prison", filters={"status": ["answered"]}), today=TODAY)
    assert [(r.addressee, r.questions) for r in page.rows] == [("ministre de la Justice", 2)]
    page = statistics_for(engine, SearchRequest(date_from="2017", date_to="2017"), sort="addressee", today=TODAY)
    assert [r.addressee for r in page.rows] == ["ministre de l'Intérieur", "ministre de la Défense",
                                                "ministre de la Justice", "ministre de la Mobilité"]
