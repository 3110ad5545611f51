"""search.service.labels: facet values and a record's texts in the other language, learned from the index."""
from __future__ import annotations

from search.api import Engine, record_in_language, translated_values


def test_an_addressee_is_translated_from_a_question_held_in_both_languages(bilingual_index):
    engine = Engine(bilingual_index)
    found = translated_values(engine, "addressee", ["de minister van Justitie", "nobody"], "fr")
    assert found == {"de minister van Justitie": "ministre de la Justice"}  # 4-1362: its web page is Dutch
    assert translated_values(engine, "addressee", ["de minister van Justitie"], "nl") == {}  # already Dutch
    assert translated_values(engine, "status", ["answered"], "nl") == {}  # a closed facet: labelled, not learned


def test_a_record_in_the_other_language():
    rec = {"language": "fr", "title": "Prisons", "addressee": "ministre de la Justice", "descriptors": ["prison"],
           "other_language": {"language": "nl", "title": "Gevangenissen", "addressee": "minister van Justitie",
                              "descriptors": ["gevangenis"]}}
    shown = record_in_language(rec, "nl")
    assert (shown["language"], shown["title"], shown["addressee"], shown["descriptors"]) == \
        ("nl", "Gevangenissen", "minister van Justitie", ["gevangenis"])
    assert record_in_language(rec, "fr")["title"] == "Prisons"
    assert record_in_language({**rec, "other_language": None}, "nl")["language"] == "fr"  # not held in Dutch
