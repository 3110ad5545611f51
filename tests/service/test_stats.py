"""Statistics per title, per ministry and per government, filterable like a search."""
from __future__ import annotations

from datetime import date

from search.api import SearchRequest
from search.api import statistics as statistics_for

TODAY = date(2024, 1, 1)


def rows(page):
    return {r.addressee: r for r in page.rows}


def test_justice_figures(engine):
    page = statistics_for(engine, SearchRequest(), today=TODAY, by="title")
    justice = rows(page)["ministre de la Justice"]
    # 4-5210 lapsed, 5-126 answered in 69 days, 5-6020 in 78, 5-6021 left waiting when legislature 5 ended
    # (lapsed: it can no longer be answered, so it is neither pending nor overdue), 6-302 in 98
    assert (justice.questions, justice.answered, justice.answered_pct) == (5, 3, 60.0)
    assert (justice.median_days, justice.p90_days) == (78, 98)
    assert (justice.overdue, justice.oldest_pending, justice.oldest_pending_since) == (0, None, None)
    assert page.total == 38 and page.overall.questions == 38 and page.overall.answered == 24


def test_overdue_counts_pending_past_deadline(engine):
    after = date(2026, 1, 1)
    health = rows(statistics_for(engine, SearchRequest(), today=after, by="title"))["ministre de la Santé publique"]
    # 8-411 (due 2025-11-06) is pending and late; 6-2211 (due 2018-11-26) was left waiting when legislature 6
    # ended: lapsed, never overdue; 7-410 and 6-2210 answered
    assert (health.questions, health.overdue, health.oldest_pending) == (5, 1, "8-411")
    before = rows(statistics_for(engine, SearchRequest(), today=date(2025, 11, 1), by="title"))["ministre de la Santé publique"]
    assert (before.overdue, before.oldest_pending) == (0, "8-411")


def test_statistics_follow_the_search_filters(engine):
    page = statistics_for(engine, SearchRequest("prison", filters={"status": ["answered"]}), today=TODAY, by="title")
    assert [(r.addressee, r.questions) for r in page.rows] == [("ministre de la Justice", 2)]
    page = statistics_for(engine, SearchRequest(date_from="2017", date_to="2017"), sort="addressee", today=TODAY,
                          by="title")
    assert [r.addressee for r in page.rows] == ["ministre de l'Intérieur", "ministre de la Défense",
                                                "ministre de la Justice", "ministre de la Mobilité"]


def test_every_column_sorts(engine, client):
    def order(sort):
        return [r.addressee for r in statistics_for(engine, SearchRequest(), sort=sort, today=TODAY, by="title").rows]

    page = statistics_for(engine, SearchRequest(), today=TODAY, by="title").rows
    p90 = [r.p90_days for r in statistics_for(engine, SearchRequest(), sort="p90_days", today=TODAY, by="title").rows]
    assert p90 == sorted(p90, key=lambda d: -(d if d is not None else -1)) and p90[0] is not None
    waiting = [r.oldest_pending_since for r in statistics_for(engine, SearchRequest(), sort="oldest_pending", by="title").rows]
    dated = [d for d in waiting if d]
    assert dated == sorted(dated) and waiting[:len(dated)] == dated  # longest waiting first, none last
    assert sorted(order("p90_days")) == sorted(r.addressee for r in page)
    html = client.get("/stats?order=oldest_pending").get_data(as_text=True)
    for key in ("addressee", "questions", "answered_pct", "median_days", "p90_days", "overdue", "oldest_pending"):
        assert f'href="/fr/stats?order={key}&amp;by=portfolio"' in html
    assert 'aria-sort="ascending"><a href="/fr/stats?order=oldest_pending&amp;by=portfolio">' in html


def test_a_row_per_ministry_whatever_its_titles(engine):
    """Justice under one row: its titles and holders below it; a question with two portfolios counts in both."""
    page = statistics_for(engine, SearchRequest(), today=TODAY)
    assert page.by == "portfolio"
    by_code = {r.value: r for r in page.rows}
    justice = by_code["justice"]
    assert (justice.questions, justice.answered) == (5, 3)
    assert [t for t, _ in justice.titles] == ["ministre de la Justice"]
    assert {r.value for r in page.rows} >= {"justice", "interior", "public_health", "mobility", "defence"}
    assert sum(r.questions for r in page.rows) >= page.total  # a question asked to two portfolios counts in each


def test_a_row_per_government(engine):
    page = statistics_for(engine, SearchRequest(), today=TODAY, by="government")
    rows = {r.value: r.questions for r in page.rows}
    assert rows["di_rupo"] >= 1 and sum(rows.values()) == page.total  # one government a question
    assert all(not r.holders or r.value for r in page.rows)


def test_titles_no_portfolio_names_are_reported_with_a_file(engine):
    page = statistics_for(engine, SearchRequest(), today=TODAY)
    for title, count, source in page.unmapped:
        assert count >= 1 and source.endswith(".txt")
