"""search.ministries.governments: the table of governments and holders, checked as data."""
from __future__ import annotations

from datetime import date
from itertools import combinations

from search.ministries.governments import LEVELS, government_on, governments, holders, holders_on
from search.ministries.portfolios import table


def test_every_government_follows_the_previous_one():
    found = governments()
    names = [g.name for g in found]
    assert names[:2] == ["Verhofstadt I", "Verhofstadt II"] and names[-2:] == ["De Croo", "De Wever"]
    for before, after in zip(found, found[1:]):
        assert before.end == after.start, (before.name, after.name)
        assert before.start < before.end
    assert found[-1].end is None or found[-1].end > found[-1].start


def test_every_row_cites_its_source():
    assert all(g.source.startswith(("http://", "https://")) for g in governments())
    assert all(h.source.startswith(("http://", "https://")) for h in holders())


def test_holders_lie_within_their_government():
    by_code = {g.code: g for g in governments()}
    for h in holders():
        government = by_code[h.government]
        assert government.start <= h.start, h
        end = h.end or government.end
        assert end is None or government.end is None or end <= government.end, h
        assert h.end is None or h.start < h.end, h


def test_holders_name_known_portfolios_and_levels():
    codes = set(table())
    assert all(h.portfolio in codes and h.level in LEVELS for h in holders())


def test_no_two_holders_of_one_portfolio_and_level_overlap_unless_they_say_they_share_it():
    rows = holders()
    for a, b in combinations(rows, 2):
        if (a.portfolio, a.level) != (b.portfolio, b.level) or a.name == b.name:
            continue
        a_end, b_end = a.end or date.max, b.end or date.max
        if a.start < b_end and b.start < a_end:
            assert a.shared_with == b.name and b.shared_with == a.name, (a, b)


def test_a_day_falls_in_one_government_and_its_holders():
    assert government_on(date(2013, 4, 30)).name == "Di Rupo"
    assert government_on(date(2008, 3, 20)).name == "Leterme I"  # the day one ends, the next begins
    assert government_on(date(1990, 1, 1)) is None
    assert holders_on(date(2013, 4, 30), ["justice"], "minister") == ["Annemie Turtelboom"]
    assert holders_on(date(2013, 4, 30), ["justice"], "state_secretary") == []  # levels apart
    assert holders_on(date(2008, 4, 19), ["poverty"], "state_secretary") == ["Frédéric Laloux"]
    assert holders_on(date(2008, 4, 21), ["poverty"], "state_secretary") == ["Jean-Marc Délizée"]
