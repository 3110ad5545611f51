"""One shape of a question in a list: what a results page's Result and an export's row both start from."""
from __future__ import annotations

RECORD_FIELDS = ("id", "title", "author", "party", "addressee", "asked_on", "answered_on", "answer_due", "status",
                 "legislature", "descriptors", "delay", "other_language")


def question_fields(gen, rec: dict, row: int) -> dict:
    """A question's fields as every list shows them: its record's (title, addressee and descriptors in the
    record's `language`), its portfolios and rank (its addressee's title), the ministries it concerns, its
    government and holder (from the index's columns), and when the index learnt of it and of its status."""
    return {**{name: rec.get(name) for name in RECORD_FIELDS}, "language": rec.get("language", "fr"),
            "portfolios": rec.get("portfolios") or [], "rank": rec.get("rank"),
            "concerns": gen.facets["portfolio"].values_of(row),
            "government": gen.facets["government"].value(row), "holders": gen.facets["holder"].values_of(row),
            # when this index first held it and when its status came (None: before records began)
            "first_seen": gen.time_of(int(gen.seen_in[row])), "status_since": gen.time_of(int(gen.status_in[row]))}
