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


def test_every_column_sorts(engine, client):
    def order(sort):
        return [r.addressee for r in statistics_for(engine, SearchRequest(), sort=sort, today=TODAY).rows]

    page = statistics_for(engine, SearchRequest(), today=TODAY).rows
    p90 = [r.p90_days for r in statistics_for(engine, SearchRequest(), sort="p90_days", today=TODAY).rows]
    assert p90 == sorted(p90, key=lambda d: -(d if d is not None else -1)) and p90[0] is not None
    waiting = [r.oldest_pending_since for r in statistics_for(engine, SearchRequest(), sort="oldest_pending").rows]
    dated = [d for d in waiting if d]
    assert dated == sorted(dated) and waiting[:len(dated)] == dated  # longest waiting first, none last
    assert sorted(order("p90_days")) == sorted(r.addressee for r in page)
    html = client.get("/stats?order=oldest_pending").get_data(as_text=True)
    for key in ("addressee", "questions", "answered_pct", "median_days", "p90_days", "overdue", "oldest_pending"):
        assert f'href="/fr/stats?order={key}"' in html
    assert 'aria-sort="ascending"><a href="/fr/stats?order=oldest_pending">' in html
