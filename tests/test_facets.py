"""search.facets: each facet declared once, and every reader of the table agrees with it."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from search.api import FACET_NAMES, FACETS, SearchRequest, normalize, search
from search.cli import main
from search.query.language import Filter, Text, parse_query

SAMPLE = {"status": "répondue", "legislature": "5", "year": "2013", "language": "nl", "rendering": "print",
          "portfolio": "justice", "government": "di_rupo", "holder": "Annemie Turtelboom", "rank": "minister"}


@pytest.mark.parametrize("facet", FACETS, ids=lambda f: f.name)
def test_every_alias_names_the_facet_in_urls(facet):
    value = {"status": "answered"}.get(facet.name) or SAMPLE.get(facet.name, "x")
    for alias in (facet.name, *facet.aliases):
        assert normalize(SearchRequest(filters={alias: [value]})).filters == {facet.name: [value]}


@pytest.mark.parametrize("facet", FACETS, ids=lambda f: f.name)
def test_every_alias_works_in_the_search_box(facet):
    for alias in (facet.name, *facet.aliases):
        node = parse_query(f'{alias}:"{SAMPLE.get(facet.name, "valeur")}"')
        if facet.text_field:
            assert node == Text("phrase", SAMPLE.get(facet.name, "valeur"), facet.text_field)
        else:
            assert isinstance(node, Filter) and node.field == facet.name
        node = parse_query(f"{alias}:{SAMPLE.get(facet.name, 'valeur').split()[-1]}")
        if facet.text_field:
            assert node == Text("word", SAMPLE.get(facet.name, "valeur").split()[-1], facet.text_field)
        else:
            assert isinstance(node, Filter) and node.field == facet.name


def test_the_api_counts_every_facet_in_table_order(client):
    data = client.get("/api/search").json
    assert list(data["facets"]) == list(FACET_NAMES)
    assert sum(v["count"] for v in data["facets"]["status"]) == data["questions"]


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_the_sidebar_shows_every_facet_with_its_label(client, language):
    html = client.get(f"/{language}/").get_data(as_text=True)
    for facet in FACETS:
        shown = f'id="facet-{facet.name}"' in html and f"<legend>{facet.label[language]}</legend>" in html
        assert shown == facet.sidebar, facet.name


def test_the_cli_offers_every_facet(index_dir):
    out = CliRunner().invoke(main, ["query", "--help"]).output
    for name in FACET_NAMES:
        assert name in out
    done = CliRunner().invoke(main, ["query", "", "--index", str(index_dir), "--facet", "year", "-n", "1"])
    assert done.exit_code == 0 and "\nyear:\n" in done.output


def test_a_filter_by_year_from_the_search_box_equals_the_facet(engine):
    typed = search(engine, SearchRequest("annee:2013", size=100))
    ticked = search(engine, SearchRequest("", {"year": ["2013"]}, size=100))
    assert typed.questions == ticked.questions > 0
    assert [r.id for r in typed.results] == [r.id for r in ticked.results]
