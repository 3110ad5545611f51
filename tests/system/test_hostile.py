"""Hostile requests and hostile documents against the web app.

Every request gets a normal page or a 400 that says what to change: never a 500. How long they
take is measured by `python bench/hostile.py` (and bench/run.py), not asserted here. Text from
documents and queries is inert everywhere.
"""
from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from search.api import build
from web import create_app

from tests.conftest import SEEDS, VARIANTS, copy_corpus

from bench.hostile import HOSTILE, ROUTES  # noqa: E402  (the list the benchmark times too)

@pytest.fixture(scope="module")
def client(index_dir):
    return create_app({"INDEX_DIR": str(index_dir), "TESTING": True, "RESULT_CACHE": 0}).test_client()


@pytest.mark.parametrize("query, status, message", HOSTILE)
def test_hostile_requests(client, query, status, message):
    for path in ROUTES:
        response = client.get(path + "?" + quote(query, safe="=&%*()-:"))
        if status == 200:  # a page, or the redirect of a page past the last one to the last
            assert response.status_code in (200, 302), (path, query)
        else:
            assert response.status_code == status, (path, query)
        if message:
            body = response.get_data(as_text=True)
            assert message in (response.json["error"]["message"] if response.is_json else body), (path, body[:300])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(["q", "page", "size", "sort", "status", "from", "to", "year", "x"]),
                          st.text(max_size=60)), max_size=5))
def test_random_parameters_never_500(client, pairs):
    response = client.get("/api/search", query_string=pairs)
    assert response.status_code in (200, 400)
    if response.status_code == 400:
        assert response.json["error"]["message"]


@pytest.mark.parametrize("path", ["/question/..%2F..%2Fetc%2Fpasswd", "/question/5-8917%00", "/question/5-8917;rm",
                                  "/question/%3Cimg%20src=x%3E", "/api/question/..%2F..", "/static/..%2F..%2Fsearch%2Fcli.py"])
def test_paths_are_validated(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "<img src=x" not in response.get_data(as_text=True)


# -- hostile documents ----------------------------------------------------------------------

HOSTILE_TITLE = '<script>alert("t")</script> Évasion "><img src=x onerror=alert(1)> \u202eelif.exe'
HOSTILE_DESCRIPTOR = '"><img src=x onerror=alert(2)>'


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    seeds = copy_corpus(root / "seeds", SEEDS)
    page = (VARIANTS / "closed.txt").read_text(encoding="utf-8")
    page = page.replace("Hôpitaux - Financement des urgences", HOSTILE_TITLE)
    page = page.replace("hôpital", HOSTILE_DESCRIPTOR + "\n=cmd|' /C calc'!A0\njavascript:alert(3)")
    page = page.replace("Jean-Paul Procureur", "Jean <b>Procureur</b>")
    page = page.replace("Comment le financement", "<script>alert(4)</script> javascript:alert(5) Comment le financement")
    (seeds / "hostile.txt").write_text(page, encoding="utf-8")
    build(seeds, root / "index")
    return create_app({"INDEX_DIR": str(root / "index"), "TESTING": True}).test_client(), root / "index"


RAW = re.compile(r"<script>alert|<img src=x|<b>Procureur|href=\"javascript:|\u202e")


def test_hostile_document_is_inert_in_every_page(hostile):
    client, _ = hostile
    pages = {
        "search": client.get("/?q=évasion"),
        "facet": client.get("/", query_string={"descriptors": HOSTILE_DESCRIPTOR, "q": "évasion"}),
        "question": client.get("/question/5-4012?q=script"),
        "stats": client.get("/stats?q=évasion"),
        "error": client.get("/", query_string={"q": '<script>alert(6)</script> couleur:"><img src=x>'}),
    }
    for name, response in pages.items():
        html = response.get_data(as_text=True)
        assert not RAW.search(html), (name, RAW.search(html).group())
    html = pages["facet"].get_data(as_text=True)
    assert "Retirer le filtre Descripteur : &#34;&gt;&lt;img src=x onerror=alert(2)&gt;" in html
    assert "&lt;script&gt;alert(&#34;t&#34;)&lt;/script&gt;" in pages["search"].get_data(as_text=True)


def test_hostile_document_is_data_in_json_csv_and_atom(hostile):
    client, _ = hostile
    data = client.get("/api/search?q=évasion").json
    assert data["results"][0]["title"] == HOSTILE_TITLE.replace("\u202e", "")
    assert "&lt;script&gt;" in data["results"][0]["snippets"][0]["html"]
    response = client.get("/export.csv?q=évasion")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    row = next(csv.DictReader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    assert row["descriptors"].startswith('"><img') and "; =cmd" in row["descriptors"]  # inside a cell: inert
    assert row["author"] == "Jean <b>Procureur</b>"
    feed = client.get("/feed.atom?q=évasion").get_data()
    entry = ET.fromstring(feed).find("{http://www.w3.org/2005/Atom}entry")
    assert entry.find("{http://www.w3.org/2005/Atom}title").text.startswith('5-4012 — <script>alert("t")')
    assert b"<script>" not in feed


def test_csv_cells_never_start_a_formula(hostile):
    client, _ = hostile
    rows = list(csv.reader(io.StringIO(client.get("/export.csv").get_data(as_text=True).lstrip("\ufeff"))))
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


def test_excel_cells_are_data_not_formulas(hostile):
    """A title or descriptor written as a formula stays text in the workbook; the one formula is our link."""
    import openpyxl

    client, _ = hostile
    sheet = openpyxl.load_workbook(io.BytesIO(client.get("/fr/export.xlsx").get_data())).worksheets[0]
    header = [c.value for c in sheet[1]]
    link = header.index("Page officielle")
    cells = [c for row in sheet.iter_rows(min_row=2) for i, c in enumerate(row) if i != link and c.value is not None]
    assert any("=cmd|" in str(c.value) for c in cells)  # the hostile descriptor is there…
    assert all(c.data_type != "f" for c in cells)  # …as text, like every other cell
    assert all(row[link].value.startswith('=HYPERLINK("https://www.senate.be/') for row in sheet.iter_rows(min_row=2))


def test_the_app_never_writes_the_index(hostile):
    client, index = hostile
    before = {p: (p.stat().st_size, p.stat().st_mtime_ns) for p in index.rglob("*") if p.is_file()}
    for path in ("/?q=évasion", "/question/5-4012", "/stats", "/export.csv", "/export.xlsx", "/feed.atom",
                 "/api/search?q=x*"):
        client.get(path)
    after = {p: (p.stat().st_size, p.stat().st_mtime_ns) for p in index.rglob("*") if p.is_file()}
    assert after == before
    engine = client.application.extensions["search_engine"]
    with pytest.raises(Exception):
        engine.generation().questions.writer()  # opened read-only
