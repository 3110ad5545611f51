"""search.facets: each facet declared once, and every reader of the table agrees with it."""
from __future__ import annotations

import numpy as np
import pytest
from click.testing import CliRunner
from hypothesis import given, settings, strategies as st

from search.api import FACET_NAMES, FACETS, SearchRequest, normalize, search
from search.cli import main
from search.facets import BY_NAME
from search.index.columns import FacetColumn
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


def _tally_as_sorted(column, mask, chosen, limit):
    """What a facet shows, worked out the long way: every value with a count sorted (most frequent, then A-Z),
    the first `limit`, then the chosen ones past them in that order, then the chosen ones nobody carries."""
    counts = column.count(mask)
    order = sorted((i for i in range(len(column.values)) if counts[i]), key=lambda i: (-counts[i], column.rank[i]))
    pairs = [(column.values[i], int(counts[i])) for i in order[:limit]]
    pairs += [(column.values[i], int(counts[i])) for i in order[limit:] if column.values[i] in chosen]
    held = {v for v, _ in pairs}
    return pairs + [(v, 0) for v in sorted(chosen) if v not in held]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 29), min_size=1, max_size=200), st.data())
def test_a_facet_shows_its_most_frequent_values_then_the_chosen_ones(codes, data):
    """Facet.tally partitions out the first `limit` values instead of sorting them all: the same values in the
    same order as sorting every count, ties A-Z, a chosen value past the limit kept, one carried by no row too."""
    names = [f"v{n:02d}" for n in data.draw(st.permutations(range(30)))]
    val = np.array(codes, dtype=np.int32)
    doc = np.arange(val.size)
    rank = np.empty(len(names), dtype=np.int64)
    rank[sorted(range(len(names)), key=names.__getitem__)] = np.arange(len(names))
    column = FacetColumn(names, doc, val, val.copy(), False, rank, np.zeros(0, np.int64))
    mask = np.array(data.draw(st.lists(st.booleans(), min_size=val.size, max_size=val.size)))
    chosen = set(data.draw(st.lists(st.sampled_from(names + ["absent"]), max_size=12)))
    limit = data.draw(st.integers(1, 4))
    shown = BY_NAME["author"].tally(column, mask, np.flatnonzero(mask), chosen, limit)
    assert [(f.value, f.count) for f in shown] == _tally_as_sorted(column, mask, chosen, limit)
    assert [f.selected for f in shown] == [f.value in chosen for f in shown]
