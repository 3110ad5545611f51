"""The parser: the real seeds field by field, one fixture per FORMAT.md variant, errors."""
from __future__ import annotations

import json
import os
from datetime import date

import pytest

from search.ingest.documents import ParseError, read_document
from search.ingest.parse import parse_file, parse_text

from tests.conftest import FIXTURES, SEED_8905, SEED_8917, VARIANTS

RENDERINGS = FIXTURES / "renderings"

SIBLINGS = [f"5-{n}" for n in range(8900, 8919)]


def test_seed_8917_field_by_field():
    q = parse_file(SEED_8917)
    assert (q.id, q.legislature, q.number) == ("5-8917", 5, 8917)
    assert (q.author, q.party, q.asked_on) == ("Martine Taelman", "Open Vld", date(2013, 4, 30))
    assert q.addressee == ("secrétaire d'État à la Fonction publique et à la Modernisation des Services publics, "
                           "adjoint au ministre des Finances et du Développement durable, chargé de la Fonction publique")
    assert q.title == "Services publics fédéraux - Communication avec les citoyens - Recours aux médias sociaux"
    assert q.descriptors == ["ministère", "communauté virtuelle", "sensibilisation du public",
                             "relation administration-administré", "médias sociaux"]
    assert [(e.date, e.label) for e in q.events] == [(date(2013, 4, 30), "Envoi question"), (date(2013, 6, 4), "Réponse")]
    assert (q.answer_due, q.answered_on, q.status, q.original_language) == (None, date(2013, 6, 4), "answered", "nl")
    assert [(l.relation, l.kind, l.id) for l in q.links] == [
        ("also_asked_to", "question écrite", i) for i in SIBLINGS if i != "5-8917"]
    assert q.question.startswith("Ces dernières années, nos entreprises")
    assert q.question.endswith("constamment attentif à ce problème ?")
    assert q.answer.startswith("En réponse à sa question, j’ai l’honneur")
    assert q.answer.endswith("pour réagir.")
    questions = [p for p in q.passages if p.part == "question"]
    assert [p.text[:2] for p in questions] == ["Ce", "J'", "1)", "2)", "3)", "4)"]
    assert [p.position for p in q.passages] == list(range(len(q.passages)))
    assert q.passages[6].part == "answer" and q.passages[7].text.startswith("1.Le Service public fédéral")


def test_seed_8905_field_by_field():
    q = parse_file(SEED_8905)
    assert (q.id, q.author, q.party, q.asked_on) == ("5-8905", "Martine Taelman", "Open Vld", date(2013, 4, 30))
    assert q.addressee == "vice-première ministre et ministre de l'Intérieur et de l'Égalité des Chances"
    assert len(q.descriptors) == 5 and q.descriptors[-1] == "médias sociaux"
    assert (q.answered_on, q.status, q.original_language) == (date(2013, 10, 18), "answered", "nl")
    assert [l.id for l in q.links] == [i for i in SIBLINGS if i != "5-8905"]
    assert q.group == "5-8900"
    assert q.answer.startswith("1. Le Service public fédéral (SPF) Intérieur")
    assert {p.part for p in q.passages} == {"question", "answer"}


def test_json_record_has_every_key_with_iso_dates():
    data = parse_file(SEED_8917).to_json()
    assert list(data) == ["id", "legislature", "number", "author", "party", "asked_on", "addressee", "title",
                          "descriptors", "events", "answer_due", "answered_on", "status", "links",
                          "original_language", "question", "answer", "passages", "language", "rendering",
                          "other_language", "portfolios", "rank", "incomplete"]
    assert (data["language"], data["rendering"], data["other_language"]) == ("fr", "web", None)
    assert (data["portfolios"], data["rank"]) == (["civil_service", "public_service_modernisation"], "state_secretary")
    assert data["asked_on"] == "2013-04-30" and data["events"][1] == {"date": "2013-06-04", "label": "Réponse"}
    assert data["passages"][0] == {"part": "question", "position": 0, "text": data["passages"][0]["text"]}
    json.dumps(data)  # plain JSON types only


VARIANT_CASES = {
    # file: (id, author, party, asked_on, addressee, status, answer_due, answered_on, language)
    "answered_deadline.txt": ("4-2710", "Sabine de Bethune", "CD&V", date(2009, 3, 1),
                              "ministre de la Politique de migration et d’asile", "answered",
                              date(2009, 4, 2), date(2009, 5, 20), "nl"),
    "pending_deadline.txt": ("7-1503", "Karin Brouwers", "Vooruit", date(2023, 2, 14), "ministre de la Mobilité",
                             "lapsed", date(2023, 3, 16), None, "fr"),
    "lapsed.txt": ("4-5210", "Dirk Claes", "CD&V", date(2010, 1, 12), "ministre de la Justice", "lapsed",
                   date(2010, 2, 11), None, "nl"),
    "closed.txt": ("5-4012", "Jean-Paul Procureur", None, date(2011, 11, 23), "ministre de la Santé publique",
                   "closed", None, None, "fr"),
    "withdrawn.txt": ("6-612", "Anke Van dermeersch", "VB", date(2015, 12, 9), "ministre de l'Intérieur",
                      "withdrawn", date(2016, 1, 14), None, "nl"),
    "requalified.txt": ("5-3819", "Bert Anciaux", "sp.a", date(2012, 2, 2), "ministre des Finances",
                        "requalified", None, None, "nl"),
    "reintroduced.txt": ("5-126", "Cindy Franssen", "CD&V", date(2010, 8, 27), "ministre de la Justice",
                         "answered", None, date(2010, 11, 4), "nl"),
    "glued_links.txt": ("5-3818", "Bert Anciaux", "sp.a", date(2012, 2, 2), "secrétaire d'État au Budget",
                        "answered", None, date(2012, 3, 1), "nl"),
    "german.txt": ("6-845", "Alexander Miesen", "MR", date(2016, 3, 23), "ministre des Affaires étrangères",
                   "answered", date(2016, 4, 28), date(2016, 6, 2), None),
    "aout_typo.txt": ("5-7001", "Nele Lijnen", "Open Vld", date(2012, 8, 12), "ministre de l’Emploi",
                      "answered", None, date(2012, 9, 30), "nl"),
    "cp1252.txt": ("5-7002", "Nele Lijnen", "Open Vld", date(2012, 8, 12), "ministre de l’Emploi",
                   "answered", None, date(2012, 9, 30), "nl"),
    "no_descriptors.txt": ("3-1204", "Jean Lambert du Pont de Lys", "MR", date(2005, 4, 3), "ministre de la Défense",
                           "answered", date(2005, 5, 5), date(2005, 6, 1), "fr"),
    "misencoded_table.txt": ("5-2231", "CÚcile Thibaut", "Ecolo", date(2011, 6, 7), "ministre de l'Économie",
                             "answered", None, date(2011, 8, 1), "fr"),
    "dropped_hyphens.txt": ("4-888", "Philippe Monfils", "MR", date(2008, 9, 18), "ministre de la Fonction publique",
                            "answered", date(2008, 10, 23), date(2008, 12, 3), "fr"),
}


@pytest.mark.parametrize("name", sorted(VARIANT_CASES))
def test_variant_metadata(name):
    q = parse_file(VARIANTS / name)
    got = (q.id, q.author, q.party, q.asked_on, q.addressee, q.status, q.answer_due, q.answered_on, q.original_language)
    assert got == VARIANT_CASES[name]
    assert q.passages and q.passages[0].part == "question"


def links(name):
    return [(l.relation, l.kind, l.id) for l in parse_file(VARIANTS / name).links]


def test_glued_and_empty_link_lines():
    assert links("glued_links.txt") == [
        ("also_asked_to", "question écrite", "5-3817"),
        ("requalified_as", "demande d'explications", "5-1821"),
        ("similar_also_asked_to", "question écrite", "5-3900"),
        ("linked_to", "question orale", "5-412"),
        ("reintroduction_of", "question écrite", "4-2293"),
        ("also_asked_to", "question écrite", "5-3819"),
    ]


@pytest.mark.parametrize("name, expected", [
    ("lapsed.txt", [("reintroduced_as", "question écrite", "5-126")]),
    ("reintroduced.txt", [("reintroduction_of", "question écrite", "4-5210")]),
    ("requalified.txt", [("requalified_as", "demande d'explications", "5-1820")]),
    ("answered_deadline.txt", [("cites", "question écrite", "4-539"), ("cites", "question écrite", "4-2293"),
                               ("cites", "question écrite", "4-3266")]),
])
def test_typed_links(name, expected):
    assert links(name) == expected


def test_requalification_from_and_deadline_events():
    text = (VARIANTS / "requalified.txt").read_text(encoding="utf-8").replace(
        "Requalifiée en : demande d'explications 5-1820", "Requalification de : demande d'explications 5-1799")
    q = parse_text(text)
    assert [(l.relation, l.kind, l.id) for l in q.links] == [("requalified_from", "demande d'explications", "5-1799")]
    # a Requalification event alone does not requalify (the link does): still waiting when legislature 5 ended
    assert q.status == "lapsed"


def test_events_reminders_and_lapse():
    q = parse_file(VARIANTS / "lapsed.txt")
    assert [e.label for e in q.events] == ["Envoi question", "Rappel", "Rappel", "Rappel", "Fin de la législature"]


def test_reponse_complementaire_and_flattened_table():
    q = parse_file(VARIANTS / "misencoded_table.txt")
    assert [e.label for e in q.events][-1] == "Réponse complémentaire"
    assert q.answered_on == date(2011, 8, 1)
    assert q.passages[-1].text == "Pays\nPrix (c€/kWh)\nBelgique\n22,1\nFrance\n14,3"


def test_no_descriptor_block_and_period_title():
    q = parse_file(VARIANTS / "no_descriptors.txt")
    assert q.descriptors == [] and q.title == "Achat de matériel militaire."


def test_en_dash_title_and_numbered_items():
    q = parse_file(VARIANTS / "answered_deadline.txt")
    assert q.title == "Réfugiés – Accueil des demandeurs d’asile – Capacité du réseau Fedasil"
    assert [p.text.split()[0] for p in q.passages] == [
        "Comme", "1.Qu'en", "2", "4)", "Je", "a)", "b)", "1.", "2.", "-", "-"]
    assert [p.part for p in q.passages].count("answer") == 4


def test_german_body_and_bilingual_title():
    q = parse_file(VARIANTS / "german.txt")
    assert q.question.startswith("Die Deutschsprachige Gemeinschaft")
    assert "Communauté germanophone" in q.title


def test_transversal_motivation_is_its_own_passage():
    q = parse_file(VARIANTS / "pending_deadline.txt")
    assert q.passages[0].text.startswith("Motivation du caractère transversal")
    assert q.answer is None and len(q.passages) == 2


def test_author_line_variants():
    base = (VARIANTS / "closed.txt").read_text(encoding="utf-8")
    for line, author, party in [
        ("de Jean Lambert du Pont de Lys (MR) du 3 avril 2008", "Jean Lambert du Pont de Lys", "MR"),
        ("de Karl Vanlouwe (CD&V N-VA) du 3 avril 2008", "Karl Vanlouwe", "CD&V N-VA"),
        ("de Freya Piryns (Groen!) du 3 avril 2008", "Freya Piryns", "Groen!"),
        ("de Jean-Paul Procureur du 1er avril 2008", "Jean-Paul Procureur", None),
    ]:
        q = parse_text(base.replace("de Jean-Paul Procureur du 23 novembre 2011", line))
        assert (q.author, q.party) == (author, party)
        assert q.asked_on.year == 2008 and q.asked_on.month == 4


def test_non_breaking_spaces_and_crlf():
    text = (VARIANTS / "closed.txt").read_text(encoding="utf-8").replace("\n", "\r\n")
    text = text.replace("Question écrite n° 5-4012", "Question écrite n°\u00a05-4012")
    assert parse_text(text).id == "5-4012"


@pytest.mark.parametrize("mutate, line, reason", [
    (lambda t: "", 1, "not a written question"),
    (lambda t: t.replace("de Jean-Paul Procureur du 23 novembre 2011", "par quelqu'un"), 5, "expected 'de <author>"),
    (lambda t: t.replace("23 novembre 2011", "23 brumaire 2011", 1), 5, "unknown month"),
    (lambda t: t.replace("23/11/2011Envoi", "31/2/2011Envoi"), 15, "invalid date"),
])
def test_malformed_documents_name_the_line(mutate, line, reason):
    text = mutate((VARIANTS / "closed.txt").read_text(encoding="utf-8"))
    with pytest.raises(ParseError) as err:
        parse_text(text, "x.txt")
    assert err.value.line == line and reason in err.value.reason
    assert str(err.value).startswith(f"x.txt:{line}: ")


@pytest.mark.parametrize("cut, title, events", [
    ("Chronologie", "Hôpitaux - Financement des urgences", 0),  # before the chronology
    ("Question n°", "Hôpitaux - Financement des urgences", 2),  # before the body
    ("\nà la ", "", 0),  # right after the author line
])
def test_a_page_cut_short_gives_its_header_marked_incomplete(cut, title, events):
    text = (VARIANTS / "closed.txt").read_text(encoding="utf-8")
    q = parse_text(text.split(cut)[0], "cut.txt")
    assert (q.id, q.author, q.asked_on, q.incomplete) == ("5-4012", "Jean-Paul Procureur", date(2011, 11, 23), True)
    assert q.title == title and len(q.events) == events
    assert (q.question, q.answer, q.passages) == ("", None, [])
    assert not parse_text(text).incomplete


def test_a_page_served_without_its_text_is_incomplete():
    text = SEED_8917.read_text(encoding="utf-8")
    body = text.index("Question n° 5-8917")
    q = parse_text(text[:body] + "Question n° 5-8917 du 30 avril 2013 : (Question posée en néerlandais)\n\n")
    assert q.incomplete and q.asked_on == date(2013, 4, 30) and q.status == "answered"  # its events say so


@pytest.mark.parametrize("fr, nl, month", [
    ("1er janvier", "1 januari", 1), ("3 février", "3 februari", 2), ("4 mars", "4 maart", 3), ("5 avril", "5 april", 4),
    ("6 mai", "6 mei", 5), ("7 juin", "7 juni", 6), ("8 juillet", "8 juli", 7), ("9 août", "9 augustus", 8),
    ("10 septembre", "10 september", 9), ("11 octobre", "11 oktober", 10), ("12 novembre", "12 november", 11),
    ("13 décembre", "13 december", 12), ("14 SEPTEMBRE", "14 SEPTEMBER", 9), ("15 Sept.", "15 sep", 9),
    ("16 setpembre", "16 septmber", 9), ("17 févirer", "17 feburari", 2),  # a letter or two wrong: the one month near
])
def test_every_month_in_both_languages_in_any_case(fr, nl, month):
    french = (VARIANTS / "closed.txt").read_text(encoding="utf-8").replace("23 novembre 2011", f"{fr} 2011", 1)
    assert parse_text(french).asked_on.month == month
    dutch = (RENDERINGS / "nl_web.txt").read_text(encoding="utf-8").replace("d.d. 24 juli 2008", f"d.d. {nl} 2008", 1)
    assert parse_text(dutch).asked_on.month == month


def test_read_document_policy(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02abc")
    (tmp_path / "dir.txt").mkdir()
    for name, reason in [("empty.txt", "empty file"), ("binary.txt", "binary file"), ("dir.txt", "is a directory"),
                         ("missing.txt", "cannot read")]:
        with pytest.raises(ParseError, match=reason):
            read_document(tmp_path / name)
    text, digest = read_document(VARIANTS / "cp1252.txt")
    assert "Chômage" in text and len(digest) == 64


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("x")
    path.chmod(0)
    with pytest.raises(ParseError, match="cannot read"):
        read_document(path)


@pytest.mark.parametrize("line, addressee", [
    ("au ministre de la Justice", "ministre de la Justice"),
    ("à la ministre de l'Intérieur", "ministre de l'Intérieur"),
    ("à l'Intérieur", "Intérieur"),
    ("à l’Intérieur", "Intérieur"),
    ("aux ministres de la Justice et de l'Intérieur", "ministres de la Justice et de l'Intérieur"),
])
def test_addressee_loses_its_preposition(line, addressee):
    text = (VARIANTS / "closed.txt").read_text(encoding="utf-8").replace("à la ministre de la Santé publique", line)
    assert parse_text(text).addressee == addressee


@pytest.mark.parametrize("note, language", [("allemand", "de"), ("français", "fr"), ("néerlandais", "nl")])
def test_question_language_note(note, language):
    text = (VARIANTS / "closed.txt").read_text(encoding="utf-8").replace("posée en français", f"posée en {note}")
    assert parse_text(text).original_language == language


def test_quotes_and_lower_case_title_are_kept():
    text = (VARIANTS / "closed.txt").read_text(encoding="utf-8").replace(
        "Hôpitaux - Financement des urgences", "le financement des “urgences” et des « gardes »")
    q = parse_text(text)
    assert q.title == "le financement des “urgences” et des « gardes »"


def _undated_print_page(header: str, block: str = "30 avril 2013") -> str:
    """fr_print.txt with no date on the author line, none in the body's header, no chronology."""
    page = (RENDERINGS / "fr_print.txt").read_text(encoding="utf-8")
    page = page.replace("SÉNAT Question écrite n° 5-8917\nde Martine Taelman (Open Vld) du 30 avril 2013",
                        f"{header}\nde Martine Taelman (Open Vld)")
    page = page.replace("Chronologie\n30/4/2013 Envoi question\n4/6/2013 Réponse\n", "")
    page = page.replace("SÉNAT Question écrite n° 5-8917 du 30 avril 2013 :", "SÉNAT Question écrite n° 5-8917 :")
    return page.replace("30 avril 2013\n________________\nSÉNAT", f"{block}\n________________\nSÉNAT")


def test_a_print_pages_header_date_dates_the_question_when_nothing_else_does():
    q = parse_text(_undated_print_page("SÉNAT Question écrite n° 5-8917 du 17 février 2012"))
    assert (q.asked_on, q.author, q.status) == (date(2012, 2, 17), "Martine Taelman", "answered")
    nl = parse_text(_undated_print_page("SENAAT Schriftelijke vraag nr. 5-8917 d.d. 17 februari 2012"))
    assert nl.asked_on == date(2012, 2, 17)
    assert parse_text(_undated_print_page("SÉNAT Question écrite n° 5-8917")).asked_on == date(2013, 4, 30)
    with pytest.raises(ParseError, match="no date for the question"):
        parse_text(_undated_print_page("SÉNAT Question écrite n° 5-8917", block="Session 2010-2011"))
