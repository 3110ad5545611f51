"""search.service.profiles: a page per ministry and per senator, and the ministries a search finds."""
from __future__ import annotations

import re
from collections import Counter

import pytest

from search.api import Engine, SearchRequest, author_slug, author_view, ministry_view, search


@pytest.fixture(scope="module")
def bilingual(bilingual_index):
    return Engine(bilingual_index)


def ids(engine, q: str) -> set[str]:
    return {r.id for r in search(engine, SearchRequest(q, size=50)).results}


def test_a_ministry_is_found_by_its_name_in_either_language(bilingual, engine):
    for e in (bilingual, engine):
        assert ids(e, "ministre:justice") == ids(e, "minister:justitie") == ids(e, "ministerie:justice") != set()
    assert ids(engine, "portefeuille:intérieur") == ids(engine, "minister:binnenlandse")


def test_the_justice_portfolio_leaves_out_the_state_secretaries_attached_to_it(tmp_path):
    from search.api import build

    from tests.matching.test_selection import page

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(page("5-100", "5-101", "Justice", "Prisons", "Les prisons.", True), encoding="utf-8")
    text = page("5-200", "5-201", "Justice", "Asile", "L'asile.", True).replace(
        "au ministre de la Justice", "à la secrétaire d'État à l'Asile et la Migration, adjointe à la ministre de la Justice")
    (seeds / "b.txt").write_text(text, encoding="utf-8")
    build(seeds, tmp_path / "index")
    engine = Engine(tmp_path / "index")
    assert ids(engine, "ministre:justice") == {"5-100"}
    assert ids(engine, 'ministre:"asile et migration"') == ids(engine, "minister:asiel") == {"5-200"}
    assert ids(engine, "destinataire:justice") == {"5-100", "5-200"}  # the title as printed still finds both
    assert ids(engine, "gouvernement:\"di rupo\"") == {"5-100", "5-200"}


def test_one_sidebar_value_per_ministry_and_descriptor_pair(bilingual):
    facets = search(bilingual, SearchRequest(facet_limit=500)).facets
    codes = [v.value for v in facets["portfolio"]]
    assert len(codes) == len(set(codes)) and "justice" in codes
    # 4-1362's French descriptors and Dutch ones were learned as pairs: one value each
    gen = bilingual.generation()
    labels = gen.facets["descriptors"].labels
    assert labels["gevangenis"] == {"fr": "prison", "nl": "gevangenis"}
    counted = Counter(gen.facets["descriptors"].canonical(v.value) for v in facets["descriptors"])
    assert max(counted.values()) == 1


def test_a_ministry_page(bilingual):
    view = ministry_view(bilingual, "justice")
    assert view.questions == 1 and view.labels == {"fr": "Justice", "nl": "Justitie"}
    assert [(t["fr"], t["nl"], t["questions"]) for t in view.titles] == [(None, "de minister van Justitie", 1)]
    assert [r.value for r in view.per_government] == ["leterme_i"]
    assert ["Jo Vandeurzen"] == [h[0] for h in view.holders if h[-1]]  # the holder who answered for it
    assert ministry_view(bilingual, "nothing") is None


def test_a_title_in_french_and_in_dutch_is_listed_once(tmp_path):
    from search.api import Engine, build
    from tests.conftest import RENDERINGS, VARIANTS

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "nl.txt").write_text((RENDERINGS / "nl_web.txt").read_text(encoding="utf-8"), encoding="utf-8")
    french = (VARIANTS / "lapsed.txt").read_text(encoding="utf-8")
    (seeds / "fr.txt").write_text(french, encoding="utf-8")
    build(seeds, tmp_path / "index")
    engine = Engine(tmp_path / "index")
    try:
        titles = ministry_view(engine, "justice").titles
    finally:
        engine.close()
    assert [(t["fr"], t["nl"], t["questions"]) for t in titles] == \
        [("ministre de la Justice", "de minister van Justitie", 2)]


def test_an_author_page(bilingual):
    assert author_slug("Sabine de Bethune") == "sabine-de-bethune" and author_slug("Jean-Paul Procureur") == "jean-paul-procureur"
    view = author_view(bilingual, "martine-taelman")
    assert view.name == "Martine Taelman" and view.party == "Open Vld" and view.questions >= 2
    assert {f.value for f in view.portfolios} >= {"civil_service", "interior"}
    assert author_view(bilingual, "nobody") is None


def test_the_pages_in_both_languages(bilingual_app):
    client = bilingual_app.test_client()
    fr = client.get("/fr/ministere/justice").get_data(as_text=True)
    nl = client.get("/nl/ministerie/justice").get_data(as_text=True)
    assert "<h1>Justice</h1>" in fr and "<h1>Justitie</h1>" in nl
    assert "Par gouvernement" in fr and "Per regering" in nl and "Leterme I" in nl
    assert client.get("/nl/ministere/justice").status_code == 200  # either word, either language
    author = client.get("/nl/auteur/martine-taelman").get_data(as_text=True)
    assert "Meest ondervraagde ministeries" in author and 'href="/nl/ministerie/interior"' in author
    assert client.get("/fr/auteur/personne").status_code == 404
    results = client.get("/nl/?q=gevangenis").get_data(as_text=True)
    assert re.search(r'<a href="/nl/ministerie/justice">Justitie</a>', results)  # every result links its ministry
    assert 'href="/nl/auteur/' in results
    data = client.get("/nl/api/ministry/justice").json
    assert data["code"] == "justice" and data["latest"][0]["portfolios"] == [{"code": "justice", "label": "Justitie"}]
