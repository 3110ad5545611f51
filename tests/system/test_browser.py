"""End to end in a real headless Chromium against the production server (waitress).

Needs Debian's `chromium` (`.ci/run` installs it); skipped with the reason when absent.
Screenshots of the search and question pages are saved in the test's temp dir.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.conftest import ROOT, free_port

CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium found: apt-get install chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


def serving(index_dir, corpus_dir):
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "search", "serve", "--index", str(index_dir),
                             "--seeds", str(corpus_dir), "--port", str(port)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/api/search?size=1", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    else:
        proc.kill()
        pytest.fail("the server did not start: " + proc.stderr.read().decode())
    yield base
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def server(index_dir, corpus_dir):
    yield from serving(index_dir, corpus_dir)


@pytest.fixture(scope="module")
def bilingual_server(bilingual_index, bilingual_dir):
    yield from serving(bilingual_index, bilingual_dir)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: msg.type == "error" and errors.append(msg.text))
    yield page
    context.close()
    assert errors == []  # no script error, no CSP violation, no missing resource


def count(page) -> str:
    return page.locator("#result-count strong").inner_text()


def test_search_filter_open_and_follow(page, server, tmp_path):
    page.goto(server + "/")
    page.get_by_label("Rechercher dans les questions et les réponses").fill("prison")
    page.keyboard.press("Enter")
    page.wait_for_url("**/?q=prison**")
    assert count(page) == "3"
    assert "sort=" not in page.url and page.locator("#sort").input_value() == "relevance"  # the home page's order stays home
    scores = [float(s) for s in page.locator("li.hit").evaluate_all("hits => hits.map(h => h.dataset.score)")]
    assert scores == sorted(scores, reverse=True)
    page.screenshot(path=str(tmp_path / "search.png"), full_page=True)

    # tick a facet: the page reloads filtered (script), and the counts follow
    page.locator("#facet-status").get_by_label("répondue").check()
    page.wait_for_url("**status=answered**")
    assert count(page) == "2"
    assert page.locator("#facet-status input[value=answered]").is_checked()
    assert page.get_by_role("link", name="Retirer le filtre Statut : répondue").is_visible()

    # open a result through its snippet: land on the highlighted passage
    page.locator("li.hit").filter(has_text="5-126").locator("blockquote.snippet a").first.click()
    page.wait_for_url("**/question/5-126?q=prison#p-0")
    target = page.locator(".passage:target")
    assert target.get_attribute("id") == "p-0"
    assert target.locator("mark").first.inner_text() == "prisons"
    page.screenshot(path=str(tmp_path / "question.png"), full_page=True)

    # follow a related question: the reintroduction, in the other direction
    page.get_by_role("link", name="4-5210").click()
    page.wait_for_url("**/question/4-5210")
    assert "Réintroduite comme" in page.locator("section.related").inner_text()
    assert (tmp_path / "search.png").stat().st_size > 10_000 and (tmp_path / "question.png").stat().st_size > 10_000


def test_keyboard_reaches_facets(page, server):
    page.goto(server + "/?q=pension")
    box = page.locator("#facet-legislature input[value='6']")
    box.focus()
    assert page.evaluate("document.activeElement.name") == "legislature"
    page.keyboard.press("Space")
    page.wait_for_url("**legislature=6**")
    assert count(page) == "1"


def test_download_csv(page, server, tmp_path):
    page.goto(server + "/?q=cybersécurité")
    assert count(page) == "1"
    with page.expect_download() as info:
        page.get_by_role("link", name="Exporter en CSV").click()
    path = tmp_path / "export.csv"
    info.value.save_as(path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfid,legislature,number,asked_on")
    assert sorted(line.split(",")[0] for line in data.decode("utf-8-sig").splitlines()[1:]) == ["6-300", "6-301", "6-302"]


def test_download_excel(page, server, tmp_path):
    """The .xlsx a user downloads opens in openpyxl: French headers, real dates, the official pages as links."""
    import openpyxl
    from datetime import datetime

    page.goto(server + "/fr/?q=cybersécurité")
    with page.expect_download() as info:
        page.get_by_role("link", name="Exporter pour Excel").click()
    assert info.value.suggested_filename == "questions-ecrites.xlsx"
    path = tmp_path / "export.xlsx"
    info.value.save_as(path)
    sheet = openpyxl.load_workbook(path).worksheets[0]
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["Numéro", "Législature", "Posée le"] and header[-1] == "Page officielle"
    rows = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    assert sorted(rows) == ["6-300", "6-301", "6-302"]
    asked = rows["6-300"][header.index("Posée le")]
    assert asked.value == datetime(2017, 1, 12) and asked.is_date
    link = rows["6-300"][header.index("Page officielle")]
    assert link.value.startswith('=HYPERLINK("https://www.senate.be/') and "LEG=6&NR=300" in link.value


def test_phone_layout_is_one_column(browser, server):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(server + "/?q=prison")
    results = page.locator("section.results").bounding_box()
    facets = page.locator("aside.facets").bounding_box()
    assert results["width"] > 330 and facets["y"] > results["y"]  # facets go below the results
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()


def test_a_dutch_reader_searches_in_dutch_and_switches_to_french(browser, bilingual_server, tmp_path):
    context = browser.new_context(locale="nl-BE", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(bilingual_server + "/")  # no language in the URL: the browser's, Dutch
    assert page.locator("html").get_attribute("lang") == "nl"
    page.get_by_label("Zoeken in de vragen en de antwoorden").fill("gevangenissen")
    page.keyboard.press("Enter")
    page.wait_for_url("**/nl/?q=gevangenissen**")
    assert count(page) == "1" and "1 resultaat" in page.locator("#result-count").inner_text()
    assert page.locator("li.hit h2").inner_text() == "Gevangenissen - Overbevolking - Elektronisch toezicht"
    assert page.locator("#facet-status").get_by_label("beantwoord").is_visible()
    assert page.get_by_role("button", name="Data toepassen").is_visible()  # the script's label, in Dutch
    page.screenshot(path=str(tmp_path / "zoeken.png"), full_page=True)

    # the switch: the same search, in French
    page.get_by_role("link", name="Français").click()
    page.wait_for_url("**/fr/?q=gevangenissen**")
    assert page.locator("html").get_attribute("lang") == "fr"
    assert "1 résultat" in page.locator("#result-count").inner_text()
    assert page.locator("li.hit h2").inner_text() == "Prisons - Surpopulation carcérale - Bracelet électronique"

    # the question page: French first, the Dutch text beside it on a wide screen
    page.locator("li.hit h2 a").click()
    page.wait_for_url("**/fr/question/4-1362**")
    fr, nl = page.locator("#version-fr").bounding_box(), page.locator("#version-nl").bounding_box()
    assert fr["x"] < nl["x"] and abs(fr["y"] - nl["y"]) < 5  # side by side
    page.get_by_role("link", name="Nederlands").click()
    page.wait_for_url("**/nl/question/4-1362**")
    assert page.locator("h1").inner_text() == "Gevangenissen - Overbevolking - Elektronisch toezicht"
    assert "24 juli 2008" in page.locator("dl.facts").inner_text()
    page.screenshot(path=str(tmp_path / "vraag.png"), full_page=True)
    context.close()
    assert errors == []


def test_a_ministry_and_a_senator_in_both_languages(page, bilingual_server, tmp_path):
    """From a result to its ministry's page and its author's page, in French, then the same pages in Dutch."""
    page.goto(bilingual_server + "/fr/?q=gevangenis")
    page.locator("li.hit .ministries").get_by_role("link", name="Justice").click()
    page.wait_for_url("**/fr/ministere/justice")
    assert page.locator("h1").inner_text() == "Justice"
    assert "Leterme I" in page.locator("table.stats").inner_text()  # per government
    assert "Jo Vandeurzen" in page.locator("ul.holders").inner_text()
    page.screenshot(path=str(tmp_path / "ministere.png"), full_page=True)
    page.get_by_role("link", name="Nederlands").click()
    page.wait_for_url("**/nl/ministere/justice")
    assert page.locator("h1").inner_text() == "Justitie" and "Per regering" in page.locator("main").inner_text()

    page.goto(bilingual_server + "/nl/question/5-8905")
    page.locator("dl.facts").get_by_role("link", name="Martine Taelman").click()
    page.wait_for_url("**/nl/auteur/martine-taelman")
    assert "Meest ondervraagde ministeries" in page.locator("main").inner_text()
    page.get_by_role("link", name="Français").click()
    page.wait_for_url("**/fr/auteur/martine-taelman")
    assert "Ministères les plus interrogés" in page.locator("main").inner_text()
    page.locator("ul.ministries").get_by_role("link", name="Intérieur").click()
    page.wait_for_url("**/fr/ministere/interior")
    assert page.locator("h1").inner_text() == "Intérieur"
