"""The site in French and Dutch: the language chosen by URL, parameter or browser, the switch
on every page, the catalogues, formatting, the bilingual question page, the API's `lang`."""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from search.api import QueryError, SearchRequest, search

from tests.conftest import ROOT
CATALOGUE = ROOT / "web" / "translations" / "nl" / "LC_MESSAGES"
KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2), "_l": None, "QueryError": None}
# the French interface's words: none may be left on a Dutch page (the data may be French)
FRENCH_INTERFACE = ("Rechercher", "résultat", "Trier", "Statut", "Filtrer", "Aide à la syntaxe", "Questions écrites",
                    "répondue", "Exporter en", "Ministre", "Année", "Réponse", "pas dans l'index",
                    "Chronologie", "Posée", "jours", "Statistiques")


@pytest.fixture
def bclient(bilingual_app):
    return bilingual_app.test_client()


def html(response) -> str:
    return response.get_data(as_text=True)


def visible(page: str) -> str:
    """The text a reader sees, minus the question data (titles, bodies, names)."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    page = re.sub(r'<(h1|h2|blockquote|p class="passage[^"]*"|span class="value"|dd|a href="/\w\w/\?addressee)[^>]*>.*?</\1?[a-z0-9]*>',
                  " ", page, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))


def test_the_language_comes_from_the_url_the_parameter_or_the_browser(bclient):
    assert '<html lang="nl">' in html(bclient.get("/nl/"))
    assert '<html lang="fr">' in html(bclient.get("/fr/"))
    assert '<html lang="nl">' in html(bclient.get("/?lang=nl"))
    page = html(bclient.get("/", headers={"Accept-Language": "nl-BE,nl;q=0.9,fr;q=0.5"}))
    assert '<html lang="nl">' in page and ">Zoeken</button>" in page
    assert '<html lang="fr">' in html(bclient.get("/", headers={"Accept-Language": "de-DE,en;q=0.8"}))  # French otherwise
    # the URL wins over the browser, and every link keeps the language chosen
    page = html(bclient.get("/fr/?q=prison", headers={"Accept-Language": "nl"}))
    assert '<html lang="fr">' in page and 'href="/fr/question/' in page and 'href="/nl/question/' not in page


def test_an_unknown_interface_language_is_a_400_that_lists_the_choices(bclient):
    r = bclient.get("/?lang=de")
    assert r.status_code == 400 and "langue de l&#39;interface « de » inconnue ; choix : fr, nl" in html(r)


@pytest.mark.parametrize("path", ["/?q=prison&status=answered", "/question/5-8917?q=m%C3%A9dias", "/stats?q=prison",
                                  "/question/9-9999", "/?q=(asile"])
def test_every_page_switches_language_in_place(bclient, path):
    page = html(bclient.get("/fr" + path))
    switch = re.search(r'<a href="([^"]+)" hreflang="nl" lang="nl">Nederlands</a>', page)
    assert switch, "no switch to Dutch"
    target = switch.group(1).replace("&amp;", "&")
    assert unquote(target) == unquote("/nl" + path)
    assert '<html lang="nl">' in html(bclient.get(target))
    assert '<span aria-current="true" lang="fr">Français</span>' in page


@pytest.mark.parametrize("path", ["/nl/", "/nl/?q=gevangenis", "/nl/question/4-1362", "/nl/question/5-8917", "/nl/stats",
                                  "/nl/question/9-9999", "/nl/?q=(", "/nl/?q=zzzzqqq"])
def test_a_dutch_page_has_no_french_interface_word(bclient, path):
    text = visible(html(bclient.get(path)))
    left = [word for word in FRENCH_INTERFACE if word in text]
    assert left == [], f"{path}: {left}"


def test_the_catalogue_translates_every_message_of_the_code():
    """Every string the templates, the web code and the library's QueryErrors show has its
    Dutch text, and the compiled catalogue is that of the .po (run `pybabel compile` after editing)."""
    wanted = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
            str(ROOT), method_map=[("search/**.py", "python"), ("web/**.py", "python"),
                                   ("web/templates/**.html", "jinja2"), ("web/templates/**.xml", "jinja2"),
                                   ("web/templates/**.txt", "jinja2")],
            keywords=KEYWORDS):
        wanted.add(message[0] if isinstance(message, tuple) else message)
    with open(CATALOGUE / "messages.po", "rb") as f:
        po = read_po(f)
    translated = {m.id[0] if isinstance(m.id, tuple) else m.id: m.string for m in po if m.id}
    missing = sorted(m for m in wanted if not translated.get(m) or not all(translated[m]))
    assert len(wanted) > 150 and missing == []
    with open(CATALOGUE / "messages.mo", "rb") as f:
        mo = read_mo(f)
    def texts(catalogue):
        def one(value):
            return value if isinstance(value, str) else tuple(value)

        return {one(m.id): one(m.string) for m in catalogue if m.id}

    assert texts(mo) == texts(po)


def test_placeholders_survive_translation():
    with open(CATALOGUE / "messages.po", "rb") as f:
        po = read_po(f)
    for m in po:
        if not m.id:
            continue
        ids = m.id if isinstance(m.id, tuple) else (m.id,)
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        for i, string in enumerate(strings):  # the singular against the singular, the plural against the plural
            source = ids[min(i, len(ids) - 1)]
            names = set(re.findall(r"%\((\w+)\)", source))
            assert set(re.findall(r"%\((\w+)\)", string)) >= names, (m.id, string)
            assert string.count("%%") == ids[0].count("%%"), m.id


def test_dates_and_numbers_in_the_page_language(bclient):
    assert "30 avril 2013" in html(bclient.get("/fr/question/5-8917"))
    assert "30 april 2013" in html(bclient.get("/nl/question/5-8917"))
    fr, nl = html(bclient.get("/fr/stats")), html(bclient.get("/nl/stats"))
    assert re.search(r"66,7\s%", fr) and "66.7" not in fr
    assert "66,7% beantwoord" in nl


def test_the_question_page_shows_the_page_language_first_and_the_other_beside_it(bclient):
    # 5-8917: a French web page and a Dutch print page
    nl = html(bclient.get("/nl/question/5-8917"))
    assert 'class="versions two"' in nl
    assert nl.index('id="version-nl"') < nl.index('id="version-fr"')
    assert "Tekst in het Nederlands" in nl and "sociale media" in nl
    fr = html(bclient.get("/fr/question/5-8917"))
    assert fr.index('id="version-fr"') < fr.index('id="version-nl"') and "Texte en néerlandais" in fr
    # 4-1362: held in Dutch (web page) and both (bilingual page): the French title on a French page
    fr = html(bclient.get("/fr/question/4-1362"))
    assert '<h1 lang="fr">Prisons - Surpopulation carcérale - Bracelet électronique</h1>' in fr
    assert fr.index('id="version-fr"') < fr.index('id="version-nl"')
    # both official pages are linked
    assert "LEG=4&amp;NR=1362&amp;LANG=fr" in fr and "LEG=4&amp;NR=1362&amp;LANG=nl" in fr


def test_a_question_held_in_one_language_says_so_and_links_the_other(bclient):
    page = html(bclient.get("/nl/question/5-8905"))  # a seed: French only
    assert "Deze vraag staat alleen in het Frans in de index." in page
    assert 'LEG=5&amp;NR=8905&amp;LANG=nl" rel="external" hreflang="nl">De versie in het Nederlands' in page


def test_facet_values_and_results_in_the_page_language(bclient):
    """4-1362's addressee is Dutch in the index (its web page is Dutch); a French page says it in French,
    and its ministry is one value in either language."""
    fr = html(bclient.get("/fr/?q=gevangenis"))
    assert re.search(r'name="portfolio" value="justice">\s*<span class="value">Justice</span>', fr)
    assert "→ <span lang=\"fr\">ministre de la Justice</span>" in fr  # the result's addressee, in French
    assert "Prisons - Surpopulation carcérale" in fr  # the result's title
    nl = html(bclient.get("/nl/?q=gevangenis"))
    assert re.search(r'name="portfolio" value="justice">\s*<span class="value">Justitie</span>', nl)
    assert re.search(r'value="answered"[^>]*>\s*<span class="value">beantwoord</span>', nl)
    assert 'name="addressee"' not in nl  # the title as printed is not a sidebar facet: its ministry is
    # the value still filters: the link and the checkbox carry the index's value
    assert bclient.get("/fr/?addressee=de+minister+van+Justitie").status_code == 200
    assert "<strong>1</strong>" in html(bclient.get("/fr/?addressee=de+minister+van+Justitie"))


def test_the_api_speaks_the_language_asked(bclient):
    r = bclient.get("/api/search?q=(asile&lang=nl")
    assert r.status_code == 400 and r.json["error"]["message"] == "haakje « ( » niet gesloten: voeg « ) » toe of verwijder het"
    assert bclient.get("/api/search?q=(asile").json["error"]["message"].startswith("parenthèse « ( » non fermée")
    assert bclient.get("/nl/api/question/9-1").json["error"]["message"].startswith("onbekende vraag « 9-1 »")
    data = bclient.get("/api/search?q=gevangenis&lang=nl").json
    assert data["results"][0]["other_language"]["language"] == "fr"


def test_dutch_words_in_the_query_language(bilingual_index):
    from search.api import Engine

    engine = Engine(bilingual_index)
    assert [r.id for r in search(engine, SearchRequest("gevangenis status:beantwoord jaar:2008")).results] == ["4-1362"]
    assert search(engine, SearchRequest("gevangenis NIET toezicht")).total == 0
    assert search(engine, SearchRequest("gevangenis OF pensioen")).total >= 2
    assert [r.id for r in search(engine, SearchRequest("gevangenis datum:2008-07")).results] == ["4-1362"]
    assert search(engine, SearchRequest("gevangenis datum:2009")).all_words == 0
    with pytest.raises(QueryError) as error:
        search(engine, SearchRequest("status:bogus"))
    assert error.value.template.startswith("valeur « %(value)s » inconnue pour le filtre") \
        and error.value.params["value"] == "bogus"
    assert str(error.value).startswith("valeur « bogus » inconnue pour le filtre statut ; valeurs possibles : répondue")
    assert error.value.params_in("nl")["known"].startswith("beantwoord, ingetrokken")


# English words the library's codes would leak (the URL takes them, a message shows the reader's words)
ENGLISH = ("answered", "withdrawn", "pending", "lapsed", "relevance", "newest", "oldest", "questions, answered_pct",
           "portfolio", "government", "year=", "legislature=", " date,", "Statistics")
FRENCH_WORDS = ("répondue", "retirée", "pertinence", "récentes", "ministère", "descripteur", "annee:", "statut:")
DUTCH_MESSAGES = {
    "/nl/?status=bogus": "mogelijke waarden: beantwoord, ingetrokken, geherkwalificeerd, afgesloten, vervallen",
    "/nl/?q=foo:bar": "mogelijke velden: status, ministerie, regering",
    "/nl/?q=date:2015..2010": "datums in omgekeerde volgorde « 2015..2010 »: de eerste moet vóór de tweede komen, 2010..2015",
    "/nl/?from=2015&to=2010": "datums in omgekeerde volgorde",
    "/nl/?year=abc": "bijvoorbeeld jaar:2013",
    "/nl/?legislature=x": "bijvoorbeeld zittingsperiode:5",
    "/nl/?sort=x": "keuze: relevantie, nieuwste, oudste, antwoordtijd, antwoord",
    "/nl/?q=status:zzz": "mogelijke waarden: beantwoord, ingetrokken, geherkwalificeerd, afgesloten, vervallen, hangend",
    "/nl/?q=%F0%9F%98%80": "geen letter of cijfer",
    "/nl/stats?order=x": "keuze: vragen, beantwoord",
    "/nl/stats?by=x": "keuze: ministerie, regering, bewindspersoon, titel",
    "/nl/export.csv?q=%22": "aanhalingsteken",
    "/nl/feed.atom?q=%22": "aanhalingsteken",
    "/nl/export.xlsx?q=%22": "aanhalingsteken",
}


@pytest.mark.parametrize("path", sorted(DUTCH_MESSAGES))
def test_every_dutch_message_is_in_dutch(bclient, path):
    response = bclient.get(path)
    assert response.status_code == 400 and response.content_type.startswith("text/html"), path  # one shape
    page = html(response)
    alert = re.sub(r"<[^>]+>", "", re.search(r'role="alert" id="query-error">(.*?)</p>', page, re.S).group(1))
    assert DUTCH_MESSAGES[path] in alert, alert
    for word in ENGLISH + FRENCH_WORDS + FRENCH_INTERFACE:
        assert word not in alert, (path, word, alert)


def test_the_api_answers_errors_in_its_json_envelope(bclient):
    response = bclient.get("/nl/api/search?q=%22")
    assert response.status_code == 400 and "aanhalingsteken" in response.json["error"]["message"]


def test_stats_take_the_clis_sort_word_and_either_languages_words(bclient):
    page = html(bclient.get("/fr/stats?sort=overdue"))
    assert re.search(r'<th scope="col" aria-sort="descending"><a href="[^"]*order=overdue', page)
    assert not re.search(r'href="/fr/\?[^"]*sort=overdue', page)  # carried on as order=, never to a search
    page = html(bclient.get("/nl/stats?order=te-laat&by=regering"))
    assert re.search(r'<th scope="col" aria-sort="descending"><a href="[^"]*order=overdue', page)
    assert "<strong>Regering</strong>" in page
    page = html(bclient.get("/fr/?q=prison&sort=récentes"))
    assert '<option value="newest" selected>' in page


def test_a_dutch_reader_meets_dutch_examples_chips_wording_and_links(bclient, bilingual_app):
    home = html(bclient.get("/nl/"))
    examples = re.search(r"Voorbeelden:(.*?)</p>", home, re.S).group(1)
    assert "trefwoord:" in examples and re.search(r"status:(hangend|beantwoord|vervallen)", examples) \
        and "descripteur" not in examples
    assert "communauté" not in examples  # a descriptor in Dutch, where the index has one
    french_title = bclient.get("/fr/api/question/5-8917").json["record"]["addressee"]
    chips = re.search(r'<ul class="chips".*?</ul>', html(bclient.get("/nl/", query_string={"addressee": french_title})),
                      re.S).group(0)
    assert "de staatssecretaris voor Ambtenarenzaken" in chips and "secrétaire" not in chips
    assert "geadresseerde: " in chips and " : " not in chips  # Dutch puts no space before a colon
    answered = html(bclient.get("/nl/question/4-1362"))
    assert "<dt>Antwoordtijd</dt>" in answered and "Antwoordtermijn</dt>" not in answered
    assert "Herindiening van" in html(bclient.get("/nl/question/5-3020"))
    import io
    from openpyxl import load_workbook
    sheet = load_workbook(io.BytesIO(bclient.get("/nl/export.xlsx?q=gevangenis").get_data())).worksheets[0]
    links = [c.value for row in sheet.iter_rows(min_row=2) for c in row if str(c.value).startswith("=HYPERLINK(")]
    assert links and all("LANG=nl" in link for link in links)
