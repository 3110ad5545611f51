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


def about(book) -> dict[str, str]:
    return {row[0].value: row[1].value for row in book.worksheets[1].iter_rows()}


def test_the_about_sheet_says_what_a_widened_search_left_out(client):
    book, _ = workbook(client, "/fr/export.xlsx?q=prisons+évasion+détenus")  # no question holds the three words
    assert book.worksheets[0].max_row == 1
    left = about(book)["Résultats laissés de côté"]
    assert "La page de résultats en montrait 3, dont 0 contenant tous les mots" in left and "les 3 autres" in left


def test_a_corrected_search_is_exported_as_the_page_shows_it(client):
    book, _ = workbook(client, "/fr/export.xlsx?q=prsion")
    assert book.worksheets[0].max_row == 1 + 3
    assert about(book)["Orthographe corrigée"] == "« prsion » ne donnait rien : l'export, comme la page, porte sur « prison »."
    rows = list(csv.DictReader(io.StringIO(client.get("/fr/export.csv?q=prsion").get_data().decode("utf-8-sig"))))
    assert len(rows) == 3


def test_the_exports_can_carry_the_texts(client):
    rows = list(csv.DictReader(io.StringIO(client.get("/fr/export.csv?q=prison&texts=1").get_data().decode("utf-8-sig"))))
    assert rows and list(rows[0])[-2:] == ["question", "answer"] and all(r["question"] for r in rows)
    plain = list(csv.DictReader(io.StringIO(client.get("/fr/export.csv?q=prison").get_data().decode("utf-8-sig"))))
    assert "question" not in plain[0]
    sheet = workbook(client, "/fr/export.xlsx?q=prison&texts=1")[0].worksheets[0]
    headers = [c.value for c in sheet[1]]
    assert headers[-2:] == ["Texte de la question", "Texte de la réponse"]
    assert all(row[len(headers) - 2].value for row in sheet.iter_rows(min_row=2))
    r = client.get("/fr/export.csv?q=prison&texts=2")
    assert r.status_code == 400 and "texts « 2 » : 1 (avec le texte" in r.get_data(as_text=True)


def test_a_text_longer_than_an_excel_cell_is_cut_and_said(tmp_path):
    from search.api import build
    from tests.conftest import SEED_8917
    from web import create_app

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    long = "Une phrase de la réponse qui revient. " * 1200  # 45,600 characters
    (seeds / "long.txt").write_text(SEED_8917.read_text(encoding="utf-8") + "\n" + long + "\n", encoding="utf-8")
    build(seeds, tmp_path / "index")
    client = create_app({"INDEX_DIR": str(tmp_path / "index")}).test_client()
    book, _ = workbook(client, "/fr/export.xlsx?q=médias&texts=1")
    answer = book.worksheets[0].cell(row=2, column=book.worksheets[0].max_column).value
    assert len(answer) == 32_767 and answer.endswith(" […]")
    assert about(book)["Textes coupés"].startswith("1 textes dépassaient les 32 767 caractères")


@pytest.mark.parametrize("query", ["prisons détenus transfèrement", "prsion"])  # widened; corrected
def test_a_searchs_feed_and_exports_hold_the_same_questions(client, query):
    """One list behind a search's page links: a search that the page widens (few questions hold every word)
    gives the feed and the CSV export the questions holding every word, both; one the page corrects, the
    corrected search's."""
    page = client.get("/api/search", query_string={"q": query, "size": 100}).json
    assert page["total"] > page["all_words"] or page["corrected_from"] == query  # widened, or corrected
    rows = list(csv.DictReader(io.StringIO(client.get("/export.csv", query_string={"q": query}).get_data(
        as_text=True).lstrip("\ufeff"))))
    feed = etree.fromstring(client.get("/feed.atom", query_string={"q": query}).get_data())
    in_feed = {e.find(f"{ATOM}title").text.split(" — ")[0] for e in feed.iter(f"{ATOM}entry")}
    in_export = {r["id"] for r in rows}
    groups = {r["group"] for r in rows}
    assert in_feed and in_feed <= in_export and {r["group"] for r in rows if r["id"] in in_feed} == groups


@pytest.mark.parametrize("url, runs", [("/fr/export.xlsx?q=prison", 1), ("/fr/export.csv?q=prison", 1),
                                       ("/fr/export.xlsx?q=prsion", 2), ("/fr/export.csv?q=prsion", 2)])
def test_an_export_runs_its_search_once(client, monkeypatch, url, runs):
    """One selection behind the rows and the About sheet (a second only for the spelling's correction,
    which the page also runs): the exports used to run the whole results page first, then the search again."""
    import search.service.request as request_module
    real, calls = request_module.select, []

    def counted(*args, **kwargs):
        calls.append(args[1])
        return real(*args, **kwargs)

    monkeypatch.setattr(request_module, "select", counted)
    response = client.get(url)
    assert response.status_code == 200 and response.get_data()
    assert len(calls) == runs, calls


def test_an_export_row_says_what_the_result_says(bilingual_engine):
    """One shape: every field a results page and an export both show is the same value in both, for every
    question the fixture corpus holds (French, Dutch and merged renderings)."""
    from search.api import SearchRequest, export, search

    engine = bilingual_engine
    page = search(engine, SearchRequest(size=100, sort="oldest", widen=False))
    rows = {row["id"]: row for row in export(engine, SearchRequest(sort="oldest")).rows}
    assert len(page.results) >= 5 and {r.language for r in page.results} == {"fr", "nl"}
    for result in page.results:
        row = rows[result.id]
        for name in ("legislature", "asked_on", "author", "party", "addressee", "title", "status", "answered_on",
                     "answer_due"):
            assert row[name] == getattr(result, name), (result.id, name)
        assert (row["delay_days"], row["descriptors"]) == (result.delay, " ; ".join(result.descriptors))
