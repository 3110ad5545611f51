"""search.ingest.legislatures: when each legislature ended, and a question left waiting lapsing with it."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from search.ingest.legislatures import end_of, ended, legislatures
from search.ingest.parse import parse_text

VARIANTS = Path(__file__).resolve().parent.parent / "fixtures" / "variants"


def test_every_row_cites_its_source_and_ends_after_it_starts():
    for row in legislatures().values():
        assert row.source.startswith(("http://", "https://")), row
        assert row.start is None or row.end is None or row.start < row.end, row


def test_the_end_dates_real_pages_print():
    """FORMAT.md: pages of legislature 4 print the end on 6/5/2010, 5 on 28/4/2014, 6 on 23/5/2019."""
    assert (end_of(4), end_of(5), end_of(6)) == (date(2010, 5, 6), date(2014, 4, 28), date(2019, 5, 23))


def test_legislatures_3_to_7_have_ended_and_8_sits():
    assert all(ended(n) for n in (1, 2, 3, 4, 5, 6, 7)) and not ended(8) and not ended(None)
    assert end_of(7) < date(2024, 7, 18) == legislatures()[8].start


def test_a_question_left_waiting_lapses_with_its_legislature_whatever_its_page_prints():
    text = (VARIANTS / "pending_deadline.txt").read_text(encoding="utf-8")
    assert "Fin de la législature" not in text and "7-1503" in text
    assert parse_text(text).status == "lapsed"
    assert parse_text(text.replace("7-1503", "8-1503")).status == "pending"  # legislature 8 sits: still waiting
