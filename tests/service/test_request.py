"""search.service.request: what a user asks for, checked before anything runs."""
from __future__ import annotations

import pytest

from search.api import QueryError, SearchRequest, normalize
from search.service.request import selection


@pytest.mark.parametrize("kwargs, message", [
    ({"sort": "random"}, "tri inconnu « random »"),
    ({"size": 0}, "taille de page 0"), ({"size": 10**6}, "taille de page"),
    ({"page": 10**9}, "page 1000000000"), ({"page": -1}, "page -1"),
    ({"filters": {"colour": ["red"]}}, "filtre inconnu « colour »"),
    ({"facet_limit": 0}, "facet_limit 0"),
    ({"filters": {"status": ["perdu"]}}, "valeur « perdu » inconnue pour le filtre statut"),
    ({"filters": {"year": ["20"]}}, "année « 20 » : donnez quatre chiffres, par exemple annee:2013"),
])
def test_a_request_out_of_bounds_says_what_to_change(kwargs, message):
    with pytest.raises(QueryError, match=message):
        normalize(SearchRequest(**kwargs))


def test_filter_names_and_values_are_taken_in_either_language():
    req = normalize(SearchRequest(filters={"statut": ["répondue"], "status": ["beantwoord", "pending"],
                                           "jaar": ["2013"], "zittingsperiode": ["05"], "taal": ["nl"]}))
    assert req.filters == {"status": ["answered", "pending"], "year": ["2013"], "legislature": ["5"],
                           "language": ["nl"]}


def test_empty_values_are_no_filter():
    assert normalize(SearchRequest(filters={"status": [""], "year": []})).filters == {}


def test_the_selection_keeps_to_the_filters(engine):
    gen = engine.generation()
    sel = selection(gen, normalize(SearchRequest("", filters={"status": ["withdrawn"]})))
    assert [gen.id_of(r) for r in sel.matched.nonzero()[0]] == ["6-612"]
    assert set(sel.per_facet) == {"status"} and sel.deadline is not None
    assert selection(gen, normalize(SearchRequest("", budget=0))).deadline is None


def test_a_request_is_a_value_with_its_own_key():
    import dataclasses

    import pytest as _pytest

    from search.service.request import SearchRequest

    req = SearchRequest("prison", filters={"status": ["answered"]})
    with _pytest.raises(dataclasses.FrozenInstanceError):
        req.sort = "newest"  # changed only by making another
    names = [f.name for f in dataclasses.fields(SearchRequest)]
    assert [name for name, _ in req.key()] == names  # every field is in the key, a new one too
    assert req.key() != dataclasses.replace(req, widen=False).key()
    assert req.key() == SearchRequest("prison", filters={"status": ["answered"]}).key()
    assert hash(req.key())
