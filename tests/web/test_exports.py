"""Exports: the Excel workbook in the page's language, the CSV for programs, the Atom feed."""
import csv
import io
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
import rnc2rng
from lxml import etree

from search.api import COLUMNS, official_url
from tests.conftest import FIXTURES

ATOM = "{http://www.w3.org/2005/Atom}"
XHTML = "{http://www.w3.org/1999/xhtml}"
SCHEMA = FIXTURES / "atom.rnc"


def workbook(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    assert response.mimetype == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return openpyxl.load_workbook(io.BytesIO(response.get_data())), response


def test_the_excel_export_speaks_french(client):
    book, response = workbook(client, "/fr/export.xlsx?q=prison&sort=oldest")
    assert 'filename=questions-ecrites.xlsx' in response.headers["Content-Disposition"]
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:8] == ("Numéro", "Législature", "Posée le", "Auteur", "Parti", "Ministre", "Titre", "Statut")
    assert rows[0][-1] == "Page officielle"
    assert [r[0] for r in rows[1:]] == ["4-5210", "5-126", "5-6020"]  # the oldest first, as asked
    first = {h: v for h, v in zip(rows[0], rows[1])}
    assert first["Posée le"] == datetime(2010, 1, 12) and isinstance(first["Posée le"], datetime)
    assert first["Échéance"] == datetime(2010, 2, 11)
    assert sheet.cell(row=2, column=3).number_format == "dd/mm/yyyy"
    assert first["Statut"] == "caduque" and first["Réponse le"] is None
    answered = {h: v for h, v in zip(rows[0], rows[2])}
    assert answered["Statut"] == "répondue" and answered["Réponse le"] == datetime(2010, 11, 4)
    assert answered["Délai de réponse (jours)"] == 69 and isinstance(answered["Délai de réponse (jours)"], int)
    link = sheet.cell(row=3, column=len(rows[0]))  # a HYPERLINK formula: Excel and LibreOffice open it on a click
    assert link.value == f'=HYPERLINK("{official_url("5-126")}")' and link.font.underline
    about = dict(book.worksheets[1].iter_rows(values_only=True))
    assert book.sheetnames == ["Questions", "À propos"]
    assert about["Mots cherchés"] == "prison" and about["Questions exportées"] == "3" and "Limite" not in about


def test_the_excel_export_speaks_dutch(bilingual_app):
    book, response = workbook(bilingual_app.test_client(), "/nl/export.xlsx")
    assert 'filename=vragen.xlsx' in response.headers["Content-Disposition"]
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:8] == ("Nummer", "Zittingsperiode", "Gesteld op", "Auteur", "Partij", "Minister", "Titel", "Status")
    assert book.sheetnames == ["Vragen", "Over"]
    assert sheet.cell(row=2, column=3).number_format == "dd-mm-yyyy"
    statuses = {r[7] for r in rows[1:]}
    assert statuses <= {"beantwoord", "hangend", "vervallen", "afgesloten", "ingetrokken", "geherkwalificeerd"}
    titles = {r[0]: r[6] for r in rows[1:]}
    # 5-8917 is a French page with a Dutch rendering beside it: its Dutch title; 4-1362 a Dutch page
    assert titles["5-8917"].startswith("Federale overheidsdiensten - Communicatie")
    assert titles["4-1362"].startswith("Gevangenissen - Overbevolking")
    book, _ = workbook(bilingual_app.test_client(), "/fr/export.xlsx")
    titles = {r[0]: r[6] for r in book.worksheets[0].iter_rows(min_row=2, values_only=True)}
    assert titles["5-8917"].startswith("Services publics fédéraux")  # and the other way round in French
    assert titles["4-1362"].startswith("Prisons - Surpopulation carcérale")


def test_the_excel_export_says_where_it_stops(client, monkeypatch):
    from web import spreadsheet

    monkeypatch.setattr(spreadsheet, "MAX_ROWS", 2)
    book, _ = workbook(client, "/fr/export.xlsx?q=prison")
    assert book.worksheets[0].max_row == 3  # the header and two questions
    about = dict(book.worksheets[1].iter_rows(values_only=True))
    assert about["Questions exportées"] == "2" and "2 premières questions" in about["Limite"]


def test_the_excel_export_of_a_bad_query_is_a_400(client):
    response = client.get("/fr/export.xlsx?q=(prison")
    assert response.status_code == 400 and "parenthèse" in response.get_data(as_text=True)


def test_the_csv_is_rfc_4180_with_machine_keys(client):
    response = client.get("/export.csv?q=prison")
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8; header=present"
    body = response.get_data()
    assert body.startswith(b"\xef\xbb\xbf") and body.count(b"\r\n") == 4 and b"\n" not in body.replace(b"\r\n", b"")
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"), newline=""), strict=True))
    assert tuple(rows[0]) == COLUMNS
    assert {r[COLUMNS.index("status")] for r in rows[1:]} <= {"answered", "lapsed", "pending"}
    assert all(len(r[COLUMNS.index("asked_on")]) == 10 for r in rows[1:])  # ISO dates


@pytest.fixture(scope="module")
def atom_schema():
    rng = rnc2rng.dumps(rnc2rng.loads(SCHEMA.read_text(encoding="utf-8")))
    return etree.RelaxNG(etree.fromstring(rng.replace('xmlns:local=""', "").encode()))  # "" is no XML prefix


def valid(schema, data: bytes):
    root = etree.fromstring(data)
    assert schema.validate(root), schema.error_log
    for entry in root.iter(f"{ATOM}entry"):  # RFC 4287's rules that the grammar leaves to Schematron
        assert entry.find(f"{ATOM}content") is not None or entry.find(f"{ATOM}link[@rel='alternate']") is not None
        assert entry.find(f"{ATOM}author") is not None or root.find(f"{ATOM}author") is not None
    return root


@pytest.mark.parametrize("url", ["/fr/feed.atom?q=prison", "/fr/feed.atom", "/nl/feed.atom?status=answered",
                                 "/fr/feed.atom?q=zzzz"])
def test_the_feed_is_valid_atom(client, atom_schema, url):
    valid(atom_schema, client.get(url).get_data())


def test_an_entry_per_result_with_its_content_and_siblings(client, atom_schema):
    root = valid(atom_schema, client.get("/fr/feed.atom?q=cybersécurité").get_data())
    entries = root.findall(f"{ATOM}entry")
    page = client.get("/api/search?q=cybersécurité&sort=newest").get_json()
    assert [e.find(f"{ATOM}id").text.rsplit("/", 1)[1] for e in entries] == [r["id"] for r in page["results"]]
    content = entries[0].find(f"{ATOM}content")
    assert content.get("type") == "xhtml"
    text = "".join(content.itertext())
    assert "Combien de cyberattaques vos services ont-ils subies en 2016" in text  # the question itself
    assert "Statut : répondue" in text and "réponse reçue le 2 mars 2017" in text
    listed = [a.text for a in content.iter(f"{XHTML}a")]
    assert {"6-301", "6-302"} <= set(listed)  # the same question sent to two more ministers
    hrefs = [a.get("href") for a in content.iter(f"{XHTML}a")]
    assert official_url("6-300") in hrefs and any(h.endswith("/question/6-300") for h in hrefs)


def test_the_dutch_feed_speaks_dutch(bilingual_app, atom_schema):
    root = valid(atom_schema, bilingual_app.test_client().get("/nl/feed.atom?q=gevangenissen").get_data())
    content = root.find(f"{ATOM}entry/{ATOM}content")
    assert content.get("{http://www.w3.org/XML/1998/namespace}lang") == "nl"
    assert "Status:" in "".join(content.itertext())


def test_the_about_sheet_names_the_filters_in_the_page_language(client, bilingual_app):
    book, _ = workbook(client, "/fr/export.xlsx?q=prison&status=answered&legislature=5&from=2010&sort=newest")
    about = dict(book.worksheets[1].iter_rows(values_only=True))
    assert about["Filtres"] == "Statut : répondue; Législature : 5" and about["Tri"] == "plus récentes"
    assert about["Période"] == "2010"
    book, _ = workbook(bilingual_app.test_client(), "/nl/export.xlsx?status=answered")
    assert dict(book.worksheets[1].iter_rows(values_only=True))["Filters"] == "Status: beantwoord"
