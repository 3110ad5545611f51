"""The other renderings of a question (FORMAT.md): Dutch web page, print versions in French and
Dutch, the bilingual print version in two columns and in the pipe layout."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from search.cli import main
from tests.conftest import FIXTURES, SEED_8917
from search.ingest.parse import parse_file, parse_text
from search.ingest.renderings import split_title
from search.ingest.encoding import repair, repair_dutch
from search.text.bilingual import language_of

RENDERINGS = FIXTURES / "renderings"
D = date

CASES = {
    # file: (id, language, rendering, author, party, asked, due, answered, status, links, original language)
    "nl_web.txt": ("4-1362", "nl", "web", "Martine Taelman", "Open Vld", D(2008, 7, 24), D(2008, 8, 29),
                   D(2008, 11, 3), "answered", [("also_asked_to", "question écrite", "4-1363"),
                                                ("also_asked_to", "question écrite", "4-1364")], "nl"),
    "nl_web_lapsed.txt": ("5-3020", "nl", "web", "Bart Laeremans", "Vlaams Belang", D(2011, 10, 5), None, None,
                          "lapsed", [("reintroduction_of", "question écrite", "4-5512"),
                                     ("requalified_from", "demande d'explications", "5-987")], "fr"),
    "fr_print.txt": ("5-8917", "fr", "print", "Martine Taelman", "Open Vld", D(2013, 4, 30), None, D(2013, 6, 4),
                     "answered", [("also_asked_to", "question écrite", "5-8900"),
                                  ("also_asked_to", "question écrite", "5-8905")], "nl"),
    "nl_print.txt": ("5-8917", "nl", "print", "Martine Taelman", "Open Vld", D(2013, 4, 30), None, D(2013, 6, 4),
                     "answered", [], "nl"),
    "bilingual_columns.txt": ("4-1362", "fr", "bilingual", "Martine Taelman", "Open Vld", D(2008, 7, 24),
                              D(2008, 8, 29), D(2008, 11, 3), "answered",
                              [("also_asked_to", "question écrite", "4-1363")], "nl"),
    "print_pipes.txt": ("4-6105", "nl", "print", "Freya Piryns", "Groen!", D(2010, 1, 14), None, None, "lapsed",
                        [], "nl"),
    "bilingual_pipes.txt": ("5-6020", "nl", "bilingual", "Cindy Franssen", "CD&V", D(2012, 4, 12), None,
                            D(2012, 5, 3), "answered", [("also_asked_to", "question écrite", "5-6021")], "nl"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_rendering_gives_the_same_record(name):
    q = parse_file(RENDERINGS / name)
    qid, language, rendering, author, party, asked, due, answered, status, links, original = CASES[name]
    assert (q.id, q.language, q.rendering) == (qid, language, rendering)
    assert (q.author, q.party) == (author, party)
    assert (q.asked_on, q.answer_due, q.answered_on, q.status) == (asked, due, answered, status)
    assert [(l.relation, l.kind, l.id) for l in q.links if l.relation != "cites"] == links  # each once
    assert q.original_language == original
    assert q.question and q.passages and q.title


def test_the_dutch_web_page_in_dutch_with_its_characters_repaired():
    q = parse_file(RENDERINGS / "nl_web.txt")
    assert q.addressee == "de minister van Justitie"  # de/het after "aan" belong to the title
    assert q.title == "Gevangenissen - Overbevolking - Elektronisch toezicht"
    assert q.descriptors == ["gevangenis", "elektronisch toezicht", "strafinrichting"]
    assert [e.label for e in q.events] == ["Verzending vraag", "Rappel", "Antwoord"]
    assert "België" in q.question and "1 januari 2008" in q.question and "– in het bijzonder" in q.question
    assert q.answer.startswith("Op 1 januari 2008")


def test_the_pipe_layout_without_a_chronology_ends_inside_a_pipe_run():
    q = parse_file(RENDERINGS / "print_pipes.txt")
    assert q.events == [] and q.descriptors == ["rustpensioen", "gelijke behandeling van man en vrouw", "vrouw"]
    assert q.title == "Pensioenen - Pensioenkloof tussen mannen en vrouwen"
    assert q.question.startswith("Vrouwen krijgen") and q.question.endswith("verkleinen ?")


def test_the_dutch_print_version_takes_its_date_from_the_body_header():
    q = parse_file(RENDERINGS / "nl_print.txt")
    assert q.addressee.startswith("de staatssecretaris voor Ambtenarenzaken")
    assert q.title.startswith("Federale overheidsdiensten") and q.descriptors[-1] == "sociale media"
    assert q.question.startswith("De voorbije jaren") and q.answer.startswith("Selor gebruikt")


@pytest.mark.parametrize("name, own, other", [
    ("bilingual_columns.txt", ("Prisons - Surpopulation carcérale - Bracelet électronique", "ministre de la Justice",
                               ["prison", "surveillance électronique"], "La surpopulation", "Au 1er janvier"),
     ("Gevangenissen - Overbevolking - Elektronisch toezicht", "de minister van Justitie",
      ["gevangenis", "elektronisch toezicht"], "De overbevolking", "Op 1 januari")),
    ("bilingual_pipes.txt", ("Pensioenen - Pensioenkloof - Vrouwen", "de minister van Sociale Zaken en Volksgezondheid",
                             ["rustpensioen", "gelijke behandeling van man en vrouw"], "Het pensioenverschil",
                             "Het pensioenverschil is"),
     ("Pensions - Écart de pension - Femmes", "ministre des Affaires sociales et de la Santé publique",
      ["pension de retraite", "égalité homme-femme"], "L'écart de pension", "L'écart de pension s'explique")),
])
def test_a_bilingual_page_carries_both_languages(name, own, other):
    q = parse_file(RENDERINGS / name)
    title, addressee, descriptors, question, answer = own
    assert (q.title, q.addressee, q.descriptors) == (title, addressee, descriptors)
    assert q.question.startswith(question) and q.answer.startswith(answer)
    assert len({(e.date, e.label) for e in q.events}) == len(q.events) == 2  # the doubled chronology read once
    o = q.other_language
    title, addressee, descriptors, question, answer = other
    assert o["language"] == ("nl" if q.language == "fr" else "fr")
    assert (o["title"], o["addressee"], o["descriptors"]) == (title, addressee, descriptors)
    assert o["question"].startswith(question) and o["answer"].startswith(answer)


def test_parse_prints_the_new_keys():
    out = CliRunner().invoke(main, ["parse", str(RENDERINGS / "bilingual_columns.txt"), "--json"]).output
    data = json.loads(out)
    assert (data["language"], data["rendering"]) == ("fr", "bilingual")
    assert data["other_language"]["title"] == "Gevangenissen - Overbevolking - Elektronisch toezicht"


@pytest.mark.parametrize("broken, fixed", [
    ("BelgiŽ", "België"), ("CÚcile", "Cécile"), ("Ű", "ë"), ("ge´nteresseerd", "geïnteresseerd"),
    ("auto´s", "auto´s"), ("1†januari", "1\u00a0januari"), ("CoŲrdinatie", "Coördinatie"), ("a Ė b", "a – b"),
    ("FinanciŽn", "Financiën"), ("officiŽle statistiek", "officiële statistiek"), ("CÚcile Thibaut", "Cécile Thibaut"),
    ("ideeŽn", "ideeën"), ("naŻve", "naûve"), ("priŤre", "prière"),
    # the curly quotes (FORMAT.md's pages: ďgrijsĒ for “grijs”), and their single twins
    ("de ďgrijsĒ zone", "de “grijs” zone"), ("Ďja’ zeggen", "‘ja’ zeggen"), ("de autoís van", "de auto’s van"),
    ("Ríos", "Ríos"), ("ĎS", "ĎS"),
    # kept: a capital of an all-capitals word, another language's letter standing alone, an apostrophe
    ("HÔPITAL", "HÔPITAL"), ("Ť", "Ť"), ("ŁÓDŹ", "ŁÓDŹ"), ("l´État", "l´État"),
])
def test_misencoded_dutch_characters(broken, fixed):
    assert repair_dutch(broken) == fixed


@pytest.mark.parametrize("language, rendering, broken, fixed", [
    ("fr", "web", "BelgiÃ« et lâ€™Ã‰tat", "België et l’État"),  # UTF-8 read as windows-1252, on any page
    ("nl", "print", "BelgiÃ« en FinanciŽn", "België en Financiën"),
    ("fr", "web", "FinanciŽn", "FinanciŽn"),  # the Dutch table is for Dutch pages
    ("fr", "bilingual", "CÚcile Thibaut", "Cécile Thibaut"),
    ("fr", "web", "Â« oui Â» Ã  Bruxelles", "« oui » à Bruxelles"),
    ("fr", "web", "Les Ã‰tats et l'ÉTAT Ôtés", "Les États et l'ÉTAT Ôtés"),
])
def test_text_through_the_wrong_code_page(language, rendering, broken, fixed):
    assert repair(broken, language, rendering) == fixed


def test_a_dutch_print_page_is_repaired_too():
    page = (RENDERINGS / "nl_print.txt").read_text(encoding="utf-8")
    q = parse_text(page.replace("Martine Taelman", "CÚcile Taelman").replace("De voorbije jaren", "De FinanciŽn"))
    assert q.author == "Cécile Taelman" and q.question.startswith("De Financiën")


def test_the_french_web_page_is_not_repaired():
    page = SEED_8917.read_text(encoding="utf-8")
    q = parse_text(page.replace("nos entreprises", "nos entreprises (Ž)"))
    assert "(Ž)" in q.question and q.rendering == "web" and q.language == "fr"


@pytest.mark.parametrize("title, fr, nl", [
    ("Terrorisme - Menace - Niveau Terrorisme - Dreiging - Niveau",  # the same words on both sides
     "Terrorisme - Menace - Niveau", "Terrorisme - Dreiging - Niveau"),
    ("Justice - Arriéré judiciaire Justitie - Gerechtelijke achterstand",  # as many parts, the cut inside one
     "Justice - Arriéré judiciaire", "Justitie - Gerechtelijke achterstand"),
    ("SNCB - Retards des trains NMBS - Vertraging van de treinen", "SNCB - Retards des trains",
     "NMBS - Vertraging van de treinen"),
    ("Financement des hôpitaux Financiering van de ziekenhuizen",  # no parts at all
     "Financement des hôpitaux", "Financiering van de ziekenhuizen"),
    ("Asile - Centres d'accueil Asiel - Opvangcentra - Capaciteit",  # unequal parts
     "Asile - Centres d'accueil", "Asiel - Opvangcentra - Capaciteit"),
])
def test_a_bilingual_title_is_cut_where_it_turns_dutch(title, fr, nl):
    assert split_title(title) == (fr, nl)
    page = (RENDERINGS / "bilingual_columns.txt").read_text(encoding="utf-8")
    q = parse_text(page.replace("Prisons - Surpopulation carcérale - Bracelet électronique Gevangenissen - Overbevolking - "
                                "Elektronisch toezicht ", title + " "))
    assert (q.title, q.other_language["title"]) == (fr, nl)


def test_a_descriptor_spelled_alike_in_both_languages_stays_in_both_lists():
    page = (RENDERINGS / "bilingual_columns.txt").read_text(encoding="utf-8")
    page = page.replace("prison\nsurveillance électronique\ngevangenis\nelektronisch toezicht\n",
                        "terrorisme\nprison\npesticide\nterrorisme\ngevangenis\npesticide\n")
    q = parse_text(page)
    assert q.descriptors == ["terrorisme", "prison", "pesticide"]
    assert q.other_language["descriptors"] == ["terrorisme", "gevangenis", "pesticide"]


@pytest.mark.parametrize("line", ["pension de retraite;égalité homme-femme", "pension de retraite  égalité homme-femme",
                                  "pension de retraite ; égalité homme-femme"])
def test_the_pipe_layout_descriptor_line_is_split(line):
    page = (RENDERINGS / "bilingual_pipes.txt").read_text(encoding="utf-8")
    q = parse_text(page.replace("pension de retraite ; égalité homme-femme", line))
    assert q.other_language["descriptors"] == ["pension de retraite", "égalité homme-femme"]


def test_titles_and_languages_are_told_apart():
    assert split_title("A - B c Dd - Ee") == ("A - B c", "Dd - Ee")
    assert split_title("Titre  Titel") == ("Titre", "Titel")
    assert language_of("Quelles mesures le ministre prend-il pour les prisons ?") == "fr"
    assert language_of("Welke maatregelen neemt de minister voor de gevangenissen ?") == "nl"


@pytest.mark.parametrize("written", ["d.d.", "d.d", "dd"])
def test_the_dutch_date_word_is_read_however_it_is_dotted(written):
    page = (RENDERINGS / "nl_web.txt").read_text(encoding="utf-8").replace("d.d. 24 juli 2008\n", f"{written} 24 juli 2008\n", 1)
    q = parse_text(page)
    assert (q.author, q.party, q.asked_on) == ("Martine Taelman", "Open Vld", D(2008, 7, 24))
