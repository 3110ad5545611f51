"""Every page type is accessible by one standard: axe-core (WCAG 2.0 and 2.1, levels A and AA, and its best
practices), run in headless Chromium over the production server, in both languages, finds no violation.

axe-core comes bundled with axe-playwright-python (a test dependency); Chromium is Debian's, as for the
other browser tests (skipped with the reason when absent)."""
from __future__ import annotations

import pytest

from tests.system.test_browser import CHROMIUM, bilingual_server, browser  # noqa: F401  (fixtures)

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium found: apt-get install chromium")

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
PAGES = {  # page type -> its address (under /fr or /nl)
    "home": "/", "results": "/?q=prison", "results with filters": "/?q=pension&status=answered&year=2010",
    "no result": "/?q=xyzzyq", "malformed query": "/?q=%28", "question": "/question/5-8917",
    "ministry": "/ministere/justice", "senator": "/auteur/martine-taelman", "statistics": "/stats",
    "not found": "/nulle-part", "question not found": "/question/9-1",
    "unsubscribe": "/desabonner/no-such-message", "confirmation expired": "/confirmer/no-such-link",
    "follows gone": "/abonnements/no-such-address",
}


@pytest.fixture(scope="module")
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


@pytest.mark.parametrize("language", ["fr", "nl"])
@pytest.mark.parametrize("kind", sorted(PAGES))
def test_no_accessibility_violation(browser, bilingual_server, axe, kind, language):  # noqa: F811
    page = browser.new_page()
    try:
        page.goto(f"{bilingual_server}/{language}{PAGES[kind]}")
        assert page.locator("html").get_attribute("lang") == language
        page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")  # the follow forms
        found = axe.run(page, options={"runOnly": {"type": "tag", "values": TAGS}, "resultTypes": ["violations"]})
        violations = [(v["id"], v["impact"], len(v["nodes"]), v["nodes"][0]["target"])
                      for v in found.response["violations"]]
        assert violations == [], violations
    finally:
        page.close()
