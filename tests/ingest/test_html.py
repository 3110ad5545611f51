"""senate.be's HTML as a source format: every rendering, either language, the charset declared or not,
read into the same record as its text twin; the site's template for a number without a question;
a page saved from a browser."""
from __future__ import annotations

from pathlib import Path

import pytest

from search.ingest.documents import ParseError, read_document
from search.ingest.html import html_to_text, is_html
from search.ingest.parse import parse_file, parse_text
from tests.conftest import FIXTURES, SEEDS
from tests.fixtures.make_html import no_such_question, page_bytes

HTML = FIXTURES / "html"
PAGES = sorted(HTML.glob("*.html"))


def twin(page: Path) -> Path:
    stem = page.stem.replace("_undeclared", "")
    return SEEDS / f"{stem}.txt" if stem.startswith("000_") else FIXTURES / "renderings" / f"{stem}.txt"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_an_html_page_gives_the_record_of_its_text_twin(page):
    assert is_html(page.read_bytes())
    assert parse_file(page).to_json() == parse_file(twin(page)).to_json()


def test_the_fixtures_cover_every_rendering_both_languages_and_both_charset_cases():
    records = [parse_file(p) for p in PAGES]
    assert {(q.rendering, q.language) for q in records} >= {("web", "fr"), ("web", "nl"), ("print", "fr"),
                                                              ("print", "nl"), ("bilingual", "fr"), ("bilingual", "nl")}
    declared = [b"charset=windows-1252" in p.read_bytes() for p in PAGES]
    assert any(declared) and not all(declared)
    assert all(b"\xe9" in p.read_bytes() or b"&eacute;" in p.read_bytes() for p in PAGES)  # raw bytes or entities


def test_windows_1252_without_a_declaration_keeps_its_quotes_and_accents():
    data = page_bytes((SEEDS / "000_7920259182f321fb.txt").read_text(encoding="utf-8"), declared=False, entities=False)
    assert b"\x92" in data and b"charset" not in data  # windows-1252's right single quote, nothing said
    text = html_to_text(data)
    assert "n’est" in text and "Fédéraux" not in text and "fédéraux" in text


def test_the_sites_page_for_a_number_without_a_question_is_not_a_question(tmp_path):
    path = tmp_path / "7-99.fr.web.html"
    path.write_bytes(no_such_question("fr"))
    with pytest.raises(ParseError, match="not a written question page"):
        parse_file(path)
    path.write_bytes(no_such_question("nl"))
    with pytest.raises(ParseError, match="not a written question page"):
        parse_file(path)


def test_a_page_saved_from_a_browser_in_utf8(tmp_path):
    data = page_bytes((FIXTURES / "renderings" / "nl_web.txt").read_text(encoding="utf-8"), True, False)
    saved = data.decode("cp1252").replace("charset=windows-1252", "charset=utf-8").encode("utf-8")
    path = tmp_path / "saved.htm"
    path.write_bytes(saved)
    text, _ = read_document(path)
    assert "BelgiŽ" in text  # the page's own mis-encoding, read from UTF-8 as it was written
    q = parse_file(path)
    assert (q.id, q.language, q.author) == ("4-1362", "nl", "Martine Taelman") and "België" in q.question


def test_markup_is_read_as_a_browser_shows_it():
    page = (b"<html><head><title>x</title><style>p {}</style><script>var q = 'Question \xe9crite n\xb0 1-1';</script>"
            b"</head><body><table><tr><td>Menu</td></tr></table><!-- Question \xe9crite n\xb0 2-2 -->"
            b"<p><b>Question &eacute;crite n&deg; 5-4012</b></p><p>de Jean-Paul Procureur du 23 novembre 2011</p>"
            b"<p>&agrave; la ministre de la <font>Sant&eacute;</font> publique</p><p>H\xf4pitaux - Financement</p>"
            b"<p>Chronologie</p><table><tr><td>23/11/2011</td><td>Envoi question</td></tr></table>"
            b"<p>Question n\xb0 5-4012 du 23 novembre 2011 : (Question pos\xe9e en fran\xe7ais)</p>"
            b"<p>Ligne un<br>ligne deux</p></body></html>")
    q = parse_text(html_to_text(page))
    assert (q.id, q.addressee, q.title) == ("5-4012", "ministre de la Santé publique", "Hôpitaux - Financement")
    assert q.events[0].label == "Envoi question" and q.question == "Ligne un\nligne deux"
