"""The Flask app through its test client: each route's status, content, JSON, CSV and Atom."""
from __future__ import annotations

import time

import csv
import io
import re
import xml.etree.ElementTree as ET

import pytest

from search.api import build, parse_file, update
from web import create_app

from tests.conftest import SEEDS, VARIANTS, copy_corpus
from tests.indexer.test_build import clones


def text(response) -> str:
    return response.get_data(as_text=True)


def test_search_page_basics(client):
    r = client.get("/?q=médias+sociaux")
    html = text(r)
    assert r.status_code == 200 and '<html lang="fr">' in html
    assert '<strong>1</strong> résultat' in html and "(4 questions" in html
    assert "<mark>médias</mark> <mark>sociaux</mark>" in html
    assert 'value="médias sociaux"' in html
    assert "Posée aussi à 18 autres ministres, dont 3 correspondent à la recherche" in html


@pytest.mark.parametrize("language, ministry, delay, held, answer, question, letters", [
    ("fr", "/fr/ministere/", "réponse en {} jour", "{} passage", "Réponse, passage {}", "Question, passage {}", "RQ"),
    ("nl", "/nl/ministerie/", "antwoord na {} dag", "{} passage", "Antwoord, passage {}", "Vraag, passage {}", "AV")])
def test_each_result_says_what_it_is_in_the_pages_language(client, language, ministry, delay, held, answer, question,
                                                           letters):
    """Every result of a page, as the API gives it: its link (the words carried to the question page), its day,
    the ministries it concerns, how long its answer took, how many of its passages match, and each snippet's
    link to its passage, labelled in the page's language."""
    html = text(client.get(f"/{language}/?q=places&size=10"))
    results = client.get("/api/search?q=places&size=10").get_json()["results"]
    hits = re.findall(r'<li class="hit".*?</li>\s*(?=<li class="hit"|</ol>)', html, re.S)
    assert len(hits) == len(results) >= 3
    with_delay = with_ministry = 0
    parts = []
    for hit, r in zip(hits, results):
        assert f'<h2><a href="/{language}/question/{r["id"]}?q=places"' in hit
        assert f'<time datetime="{r["asked_on"]}">' in hit
        for concerned in r["concerns"] or r["portfolios"]:
            assert f'<a href="{ministry}{concerned["code"]}">' in hit
            with_ministry += 1
        if r["delay"] is not None and r["delay"] >= 0:
            assert "· " + delay.format(r["delay"]) in hit
            with_delay += 1
        if r["matching_passages"]:
            assert held.format(r["matching_passages"]) in hit
        snippets = re.findall(r'<blockquote class="snippet (\w+)"><a href="([^"]+)"\s+aria-label="([^"]+)">(\w)</a>', hit)
        assert len(snippets) == len(r["snippets"])
        for (part, href, label, letter), s in zip(snippets, r["snippets"]):
            assert part == s["part"] and href == f'/{language}/question/{r["id"]}?q=places#{s["anchor"]}'
            assert label == (answer if part == "answer" else question).format(s["position"] + 1)
            assert letter == letters[0 if part == "answer" else 1]
            parts.append(part)
    assert with_delay and with_ministry and {"question", "answer"} <= set(parts)  # the page shows each kind


def test_every_control_has_a_label(client):
    html = text(client.get("/?q=prison"))
    for control in re.findall(r"<(?:input|select)\b[^>]*>", html):
        if 'type="hidden"' in control or 'type="checkbox"' in control:
            continue  # checkboxes sit inside their <label>
        ident = re.search(r'id="([^"]+)"', control).group(1)
        assert f'for="{ident}"' in html, control
    assert html.count('<label><input type="checkbox"') == html.count('type="checkbox"')


def test_facets_filter_and_count(client):
    html = text(client.get("/?status=lapsed&legislature=6"))
    assert '<strong>4</strong> résultats' in html
    assert re.search(r'name="status" value="lapsed" checked>\s*<span class="value">caduque</span> <span class="count">4</span>', html)
    assert re.search(r'name="status" value="answered">\s*<span class="value">répondue</span> <span class="count">7</span>', html)
    assert 'aria-label="Retirer le filtre Statut : caduque"' in html
    assert 'href="/fr/?legislature=6"' in html  # the chip's removal link keeps the other filter


def test_year_histogram_bars_link_to_a_year(client):
    html = text(client.get("/?q=prison"))
    assert re.search(r'<a href="/fr/\?q=prison&amp;year=2010" aria-label="2010 : 2 questions">', html)


def test_sort_and_pagination(client):
    html = text(client.get("/?sort=oldest&size=5"))
    assert html.index("3-1204") < html.index("4-888")
    assert 'rel="next" href="/fr/?sort=oldest&amp;page=2"' in html
    assert '<span aria-current="page">1</span>' in html


def test_malformed_query_keeps_the_box_and_says_how(client):
    r = client.get("/?q=(asile")
    html = text(r)
    assert r.status_code == 400
    assert "parenthèse « ( » non fermée : ajoutez « ) » ou retirez-la" in html
    assert 'value="(asile"' in html


@pytest.mark.parametrize("query", ["page=0", "page=abc", "size=1000000", "page=1000000000", "sort=x", "from=2013-13"])
def test_bad_parameters_are_400(client, query):
    assert client.get(f"/?{query}").status_code == 400
    r = client.get(f"/api/search?{query}")
    assert r.status_code == 400 and r.json["error"]["status"] == 400 and r.json["error"]["message"]


def test_question_number_alone_redirects(client):
    r = client.get("/?q=5-126")
    assert r.status_code == 302 and r.headers["Location"] == "/fr/question/5-126"


def test_question_page(client):
    html = text(client.get("/question/4-2710?q=réfugiés"))
    assert "Question écrite n° <span class=\"qid\">4-2710</span>" in html
    assert "Sabine de Bethune</a> (<a href=\"/fr/?party=CD%26V\">CD&amp;V</a>)" in html
    assert 'href="/fr/?addressee=ministre+de+la+Politique+de+migration+et+d%E2%80%99asile"' in html
    assert "Délai de réponse</dt><dd>80 jours" in html and "délai dépassé" in html
    assert 'href="/fr/?descriptors=droit+d%27asile">droit d&#39;asile</a>' in html
    assert '<time datetime="2009-04-15">15 avril 2009</time> Rappel' in html
    assert 'id="p-3" class="passage matched"' in html and "<mark>réfugiés</mark>" in html
    assert 'href="https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&amp;LEG=4&amp;NR=2710&amp;LANG=fr"' in html
    assert 'href="/fr/question/4-2710" rel="bookmark"' in html
    assert 'LEG=4&amp;NR=2710&amp;LANG=nl" rel="external" hreflang="nl"' in html  # the Dutch page too


def test_question_page_related_both_ways(client):
    html = text(client.get("/question/6-15"))
    assert "Réintroduction de : " in html and 'href="/fr/question/5-9990"' in html
    assert "Citée par" in html and 'href="/fr/question/7-901"' in html
    html = text(client.get("/question/6-302"))
    assert 'href="/fr/question/6-300"' in html and 'href="/fr/question/6-301"' in html


@pytest.mark.parametrize("path", ["/question/9-99999", "/question/..%2F..%2Fetc%2Fpasswd", "/question/%3Cscript%3E"])
def test_unknown_question_is_a_404_that_offers_a_search(client, path):
    r = client.get(path)
    assert r.status_code == 404 and 'role="search"' in text(r)
    assert "<script>" not in text(r)


def test_stats_page(client):
    html = text(client.get("/stats?order=median_days&by=title"))
    assert "<h1>Statistiques par titre du destinataire</h1>" in html and "<svg" in html
    assert re.search(r'ministre de la Justice</a></th>\s*<td>5</td><td>60\xa0%</td>\s*<td>78</td>\s*<td>98</td><td>0</td>', html)
    assert 'aria-sort="descending"><a href="/fr/stats?order=median_days&amp;by=title">Délai médian' in html
    html = text(client.get("/stats?order=median_days"))  # a row per ministry, linking its page
    assert "<h1>Statistiques par ministère</h1>" in html
    assert re.search(r'<a href="/fr/ministere/justice">Justice</a>.*?</th>\s*<td>5</td><td>60\xa0%</td>', html, re.S)
    html = text(client.get("/stats?q=prison&status=answered"))
    assert "2 questions" in html


def test_api_search_shape(client):
    data = client.get("/api/search?q=prison&status=answered").json
    assert set(data) == {"query", "total", "questions", "page", "size", "pages", "sort", "results", "facets",
                         "filters", "date_from", "date_to", "took_ms", "redirect", "partial", "all_words", "same_subject", "suggestion", "corrected_from", "without_one_word"}
    assert data["filters"] == {"status": ["answered"]}
    result = data["results"][0]
    assert set(result) >= {"id", "title", "author", "addressee", "status", "score", "snippets", "siblings"}
    assert set(result["snippets"][0]) == {"position", "part", "html", "anchor"}
    assert data["facets"]["status"][0] == {"value": "answered", "count": 2, "selected": True}


def test_api_question_shape_and_404(client):
    data = client.get("/api/question/5-126").json
    assert set(data) == {"record", "passages", "siblings", "related", "official_url", "deadline_missed", "days_open",
                         "official_urls", "government", "holders", "legislature_end", "concerns", "first_seen",
                         "status_since"}
    assert data["record"]["portfolios"] == [{"code": "justice", "label": "Justice"}]
    assert data["record"]["id"] == "5-126" and data["passages"][0]["anchor"] == "p-0"
    r = client.get("/api/question/9-1")
    assert r.status_code == 404 and r.json["error"]["status"] == 404


def test_a_question_page_says_why_there_is_no_answer(client):
    lapsed = text(client.get("/fr/question/5-6021"))
    assert "Pas de réponse avant la fin de la législature, le 28 avril 2014." in lapsed
    assert "Geen antwoord vóór het einde van de zittingsperiode, op 28 april 2014." in text(client.get("/nl/question/5-6021"))
    assert "Pas encore de réponse." in text(client.get("/fr/question/8-411"))  # legislature 8 sits
    assert "Pas de réponse avant la fin de la législature, le 28 avril 2014." in text(client.get("/fr/question/5-9990"))
    assert "Pas de réponse publiée." in text(client.get("/fr/question/6-612"))  # withdrawn
    assert client.get("/api/question/5-6021").json["legislature_end"] == "2014-04-28"


def test_a_question_page_shows_the_title_and_the_ministry_it_concerns(client):
    """5-1100, to the minister of Social Affairs and Public Health, is about health care."""
    page = text(client.get("/fr/question/5-1100"))
    assert re.search(r"<dt>Ministères</dt><dd>.*Affaires sociales.*Santé publique", page)
    assert re.search(r'<dt>Concerne</dt><dd id="concerns"><a href="/fr/ministere/public_health">Santé publique</a></dd>', page)
    assert '<dt>Betreft</dt><dd id="concerns"><a href="/nl/ministerie/public_health">Volksgezondheid</a>' in \
        text(client.get("/nl/question/5-1100"))
    data = client.get("/api/question/5-1100").json
    assert data["concerns"] == [{"code": "public_health", "label": "Santé publique"}]
    assert [p["code"] for p in data["record"]["portfolios"]] == ["social_affairs", "public_health"]


def test_csv_export(client):
    r = client.get("/export.csv?q=prison&sort=oldest")
    body = r.get_data()
    assert r.status_code == 200 and body.startswith("\ufeff".encode("utf-8"))
    assert r.headers["Content-Disposition"] == 'attachment; filename="questions-ecrites.csv"'
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
    assert [row["id"] for row in rows] == ["4-5210", "5-126", "5-6020"]
    assert rows[0]["title"] == "Prisons - Surpopulation carcérale - Bracelet électronique"
    assert rows[1]["descriptors"] == "prison ; surveillance électronique" and rows[1]["delay_days"] == "69"
    everything = list(csv.DictReader(io.StringIO(client.get("/export.csv").get_data().decode("utf-8-sig"))))
    assert len(everything) == 38  # every question, siblings one by one


def test_csv_neutralises_formulas(tmp_path):
    seeds = copy_corpus(tmp_path / "seeds", SEEDS)
    doc = (VARIANTS / "closed.txt").read_text(encoding="utf-8").replace(
        "Hôpitaux - Financement des urgences", "=HYPERLINK(\"http://x\";\"clic\") - Urgences")
    (seeds / "formula.txt").write_text(doc, encoding="utf-8")
    build(seeds, tmp_path / "index")
    client = create_app({"INDEX_DIR": str(tmp_path / "index")}).test_client()
    rows = list(csv.DictReader(io.StringIO(client.get("/export.csv?q=urgences").get_data().decode("utf-8-sig"))))
    assert rows[0]["title"] == "'=HYPERLINK(\"http://x\";\"clic\") - Urgences"


def test_atom_feed_is_valid_xml(client):
    r = client.get("/feed.atom?q=prison")
    assert r.status_code == 200 and r.mimetype == "application/atom+xml"
    root = ET.fromstring(r.get_data())
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = root.findall("a:entry", ns)
    assert root.tag == "{http://www.w3.org/2005/Atom}feed" and len(entries) == 3
    assert entries[0].find("a:id", ns).text == "http://localhost/question/5-6020"  # newest first
    ET.fromstring(client.get("/feed.atom?q=script").get_data())  # a title with <script> stays well-formed


def test_hostile_text_is_inert(client):
    html = text(client.get("/?q=script+alert"))
    assert "<script>alert(1)</script>" not in html
    assert "Dépenses &lt;script&gt;alert(1)&lt;/script&gt; - Transferts" in html
    html = text(client.get('/?q="><img src=x onerror=alert(1)>'))
    assert "<img src=x" not in html
    html = text(client.get("/question/5-1100"))
    assert "<img src=x" not in html and "&lt;b&gt;fédéralisme&lt;/b&gt;" in html


def test_security_headers(client):
    r = client.get("/")
    csp = r.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert r.headers["X-Content-Type-Options"] == "nosniff" and r.headers["Referrer-Policy"] == "same-origin"


def test_no_index_is_a_503_naming_the_build_command(tmp_path):
    client = create_app({"INDEX_DIR": str(tmp_path / "none")}).test_client()
    r = client.get("/")
    assert r.status_code == 503 and "python -m search build" in text(r)
    r = client.get("/api/search")
    assert r.status_code == 503 and r.json["error"]["status"] == 503


def test_rebuild_is_picked_up_without_restart(tmp_path, monkeypatch):
    from search.index import live

    seeds, index = clones(tmp_path / "seeds", 2), tmp_path / "index"
    build(seeds, index)
    client = create_app({"INDEX_DIR": str(index)}).test_client()
    assert client.get("/api/search").json["questions"] == 2
    real, release = live.open_generation, __import__("threading").Event()

    def held(root, path):  # the new generation's warming waits until the test lets it go
        release.wait(10)
        return real(root, path)

    monkeypatch.setattr(live, "open_generation", held)
    clones(seeds, 3, start=10)
    update(seeds, index)
    # the requests that come after the swap are still served, by the old generation, while the new one
    # is opened and warmed in the background; then the new one serves
    assert client.get("/api/search").json["questions"] == 2
    release.set()
    deadline = time.monotonic() + 5
    while client.get("/api/search").json["questions"] != 5:
        assert time.monotonic() < deadline, "the new generation never served"
        time.sleep(0.05)


def test_config_layers(monkeypatch, tmp_path):
    monkeypatch.setenv("SEARCH_INDEX_DIR", str(tmp_path / "from-env"))
    monkeypatch.setenv("SEARCH_PAGE_SIZE", "7")
    app = create_app()
    assert app.config["INDEX_DIR"] == str(tmp_path / "from-env") and app.config["PAGE_SIZE"] == 7
    app = create_app({"PAGE_SIZE": 3})
    assert app.config["PAGE_SIZE"] == 3


@pytest.mark.parametrize("query, message", [
    ("status=bogus", "valeur « bogus » inconnue pour le filtre statut ; valeurs possibles : répondue, retirée"),
    ("year=abc", "année « abc » : donnez quatre chiffres, par exemple annee:2013"),
    ("legislature=x", "législature « x » : donnez un numéro, par exemple legislature:5"),
    ("language=en", "valeur « en » inconnue pour le filtre langue ; valeurs possibles : français, néerlandais, allemand"),
])
def test_a_bad_filter_value_is_a_400_that_names_it_and_the_valid_ones(client, query, message):
    r = client.get(f"/?{query}")
    assert r.status_code == 400 and message in text(r).replace("&#39;", "'")
    assert 'type="checkbox"' not in text(r)  # no ticked box for a value that does not exist
    r = client.get(f"/api/search?{query}")
    assert r.status_code == 400 and r.json["error"]["message"].startswith(message)


def test_a_status_word_in_the_url_is_read_like_in_the_search_box(client):
    assert client.get("/api/search?status=répondue").json["filters"] == {"status": ["answered"]}


def test_a_page_past_the_last_goes_to_the_last(client):
    r = client.get("/?q=prison&page=3")
    assert r.status_code == 302 and r.headers["Location"] == "/fr/?q=prison"  # one page: the first
    r = client.get("/?sort=oldest&size=5&page=400")
    last = client.get("/api/search?size=5").json["pages"]
    assert r.status_code == 302 and r.headers["Location"] == f"/fr/?sort=oldest&size=5&page={last}"


def test_a_page_without_results_hides_sort_and_export_and_offers_to_drop_the_filters(client):
    html = text(client.get("/?q=prison&year=1990"))
    assert "Aucune question ne correspond" in html
    assert "Exporter en CSV" not in html and 'id="sort"' not in html
    assert '<a href="/fr/?q=prison">Chercher sans les filtres</a>' in html


def test_the_home_page_says_what_the_index_holds_and_shows_the_newest(client):
    html = text(client.get("/"))
    overview = re.search(r'<section class="overview".*?</section>', html, re.S).group(0)
    assert "L'index contient <strong>38</strong> questions, posées du" in overview.replace("&#39;", "'")
    assert re.search(r"dont \d+,\d\xa0% ont reçu une réponse ; mis à jour le \d+ \w+ 20\d\d", overview)
    examples = re.findall(r'<a href="(/fr/\?q=[^"]+)"><code>', overview)
    assert len(examples) == 3
    for link in examples:
        found = re.search(r'id="result-count"[^>]*>\s*<strong>(\d+)</strong>', text(client.get(link.replace("&amp;", "&"))))
        assert found and int(found.group(1)) > 0  # each finds something
    asked = re.findall(r'<time datetime="(\d{4}-\d\d-\d\d)">', html.split('<ol class="hits"')[1])
    assert asked == sorted(asked, reverse=True) and len(asked) == 20  # the newest first
    assert '<section class="overview"' not in text(client.get("/?q=prison"))
    assert "De index bevat <strong>38</strong> vragen" in text(client.get("/nl/"))


def test_the_home_page_lists_the_latest_answers(client):
    overview = re.search(r'<section class="overview".*?</section>', text(client.get("/")), re.S).group(0)
    latest = re.search(r'Dernières réponses</h2>\s*<ul class="latest">(.*?)</ul>', overview, re.S).group(1)
    shown = re.findall(r'href="/fr/question/([\d-]+)"', latest)
    data = client.get("/api/search?status=answered&sort=answered&size=5").get_json()
    assert shown == [r["id"] for r in data["results"]] and len(shown) == 5
    answered = [r["answered_on"] for r in data["results"]]
    assert answered == sorted(answered, reverse=True)  # the latest answers first
    everything = client.get("/api/search?sort=answered&size=100").get_json()["results"]
    dates = [r["answered_on"] for r in everything]
    assert None in dates and all(d is None for d in dates[dates.index(None):])  # unanswered ones last
    assert "Laatste antwoorden" in text(client.get("/nl/"))


def test_french_wording_details(client):
    html = text(client.get("/fr/"))
    box = re.search(r'<input type="search" id="q"[^>]*>', html).group(0)
    assert 'placeholder="ex. médias sociaux, ministre:intérieur, &#34;écart de pension&#34;"' in box \
        or 'placeholder="ex. médias sociaux, ministre:intérieur, &quot;écart de pension&quot;"' in box  # one attribute
    assert "Aucun résultat" in text(client.get("/fr/?q=zzyzx+qwxv")) and "0 résultats" not in text(client.get("/fr/?q=zzyzx"))
    with client.application.test_request_context("/fr/"):
        from flask import g
        from web import wording

        g.language = "fr"
        assert wording.day("2022-09-01") == "1er septembre 2022" and wording.day("2022-09-02") == "2 septembre 2022"


@pytest.mark.parametrize("language, thousands, first, sign", [
    ("fr", "12\u202f345", "1er mars 2009", "% répondues"), ("nl", "12.345", "1 maart 2009", "% beantwoord")])
def test_numbers_dates_and_texts_as_each_language_writes_them(client, language, thousands, first, sign):
    """What the pages print, however it is worked out: a thousands separator in the language's way (Babel's),
    a first of the month, and a translated text holding a percent sign (`%%` in the catalogue)."""
    from babel.numbers import format_decimal
    from flask import g, render_template_string
    from web import wording

    with client.application.test_request_context(f"/{language}/"):
        g.language = language
        assert wording.number(12345) == thousands == format_decimal(12345, locale=language)
        assert wording.number(-1234567) == format_decimal(-1234567, locale=language) and wording.number(999) == "999"
        assert wording.day("2009-03-01") == first
        client.application.preprocess_request()
        assert render_template_string("{{ _('%% répondues') }}|{{ _('%(n)s x', n='<b>') }}") == f"{sign}|&lt;b&gt; x"


def test_an_incomplete_question_says_so_in_each_language(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    text = (VARIANTS / "closed.txt").read_text(encoding="utf-8")
    (seeds / "cut.txt").write_text(text.split("Question n°")[0], encoding="utf-8")
    (seeds / "whole.txt").write_text((VARIANTS / "withdrawn.txt").read_text(encoding="utf-8"), encoding="utf-8")
    build(seeds, tmp_path / "index")
    client = create_app({"INDEX_DIR": str(tmp_path / "index")}).test_client()
    page = client.get("/fr/question/5-4012").get_data(as_text=True)
    assert 'id="incomplete-note"' in page and "est incomplète : son texte manque" in page
    page = client.get("/nl/question/5-4012").get_data(as_text=True)
    assert "is onvolledig: de tekst ontbreekt" in page
    whole = client.get("/fr/question/" + parse_file(VARIANTS / "withdrawn.txt").id).get_data(as_text=True)
    assert 'id="incomplete-note"' not in whole
    assert client.get("/api/question/5-4012").json["record"]["incomplete"] is True


def test_the_home_pages_order_is_not_carried_into_a_search(client):
    html = text(client.get("/fr/"))
    assert re.search(r'<select id="sort" name="sort" form="sort-form">', html)  # the newest first, for this page only
    assert '<form id="sort-form" method="get" action="/fr/"></form>' in html
    searched = text(client.get("/fr/?q=prison"))
    assert '<select id="sort" name="sort">' in searched and 'value="relevance" selected' in searched
    assert html.index('id="latest-heading"') > html.index('class="results"')  # above the list, not the sidebar


def test_the_year_histogram_leaves_room_for_years_without_questions(app):
    from search.api import FacetValue
    from web import charts

    with app.test_request_context("/fr/"):
        bars = charts.year_histogram([FacetValue("2003", 4, False), FacetValue("2006", 2, False)], [])
    assert [b.label for b in bars] == ["2003", "2006"]
    assert (bars[0].x, bars[1].x) == (1.0, 226.0)  # four years on the axis, 2004 and 2005 empty


def test_every_facet_value_is_reachable_without_script_or_editing_the_url(client):
    few = text(client.get("/fr/?facet_limit=2"))
    authors = re.search(r'<fieldset class="facet" id="facet-author">.*?</fieldset>', few, re.S).group(0)
    assert authors.count('name="author"') == 2
    link = re.search(r'<p class="all-values"><a href="([^"]+)">Toutes les valeurs de ce filtre</a>', authors)
    assert link and link.group(1).endswith("facet_limit=10000#facet-author")
    every = text(client.get(link.group(1).replace("&amp;", "&").split("#")[0]))
    authors = re.search(r'<fieldset class="facet" id="facet-author">.*?</fieldset>', every, re.S).group(0)
    assert authors.count('name="author"') > 2 and 'class="all-values"' not in authors
    assert '<input type="hidden" name="facet_limit" value="10000">' in every  # kept when a value is ticked


def test_every_page_under_nl_is_dutch_and_each_not_found_names_what(client):
    missing = client.get("/nl/nope")
    page = text(missing)
    assert missing.status_code == 404 and '<html lang="nl">' in page and "Pagina niet gevonden." in page
    ministry = client.get("/nl/ministerie/zzz")
    assert ministry.status_code == 404 and "Ministerie niet gevonden" in text(ministry) and "„zzz”" in text(ministry)
    author = client.get("/fr/auteur/personne-inconnue")
    assert author.status_code == 404 and "Sénateur introuvable" in text(author)
    assert "Aucun sénateur « personne-inconnue »" in text(author) and "Vérifiez le numéro" not in text(author)
    question = client.get("/fr/question/9-1")
    assert question.status_code == 404 and "Question introuvable" in text(question)


def test_a_ministry_address_in_either_languages_words(client):
    for path, target in (("/nl/ministerie/justitie", "/nl/ministerie/justice"),
                         ("/fr/ministere/justitie", "/fr/ministere/justice"),
                         ("/fr/ministere/sante-publique", "/fr/ministere/public_health"),
                         ("/nl/ministerie/sociale-zaken", "/nl/ministerie/social_affairs")):
        answer = client.get(path)
        assert answer.status_code == 301 and answer.headers["Location"].endswith(target), path
    assert client.get("/nl/api/ministry/justitie").json["code"] == "justice"


def test_an_empty_field_is_an_error_that_says_so(client):
    answer = client.get("/fr/?q=prison+auteur:")
    assert answer.status_code == 400 and "« auteur: » doit être suivi d" in text(answer)
    assert client.get("/fr/?q=auteur:+taelman").status_code == 200  # a space after the colon: its value next


def test_no_control_or_direction_character_from_a_query_reaches_a_title(client):
    page = text(client.get("/fr/?q=%E2%80%AEprison%E2%80%8B"))
    title = re.search(r"<title>(.*?)</title>", page, re.S).group(1)
    assert "\u202e" not in title and "\u200b" not in title and title.startswith("prison — ")
    feed = client.get("/nl/feed.atom?q=%E2%80%AEgevangenissen").get_data(as_text=True)
    assert "<title>Schriftelijke vragen van de Senaat: gevangenissen</title>" in feed
