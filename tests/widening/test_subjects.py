"""Questions on the same subject (search.widening.subjects): filed under the descriptors the best results share."""
from search.api import SearchRequest, search


def run(engine, q, **kw):
    return search(engine, SearchRequest(q, **kw))


def test_questions_filed_under_the_same_descriptor_come_last(relevance_engine):
    page = run(relevance_engine, "surpopulation carcerale")
    strict = [r for r in page.results if not r.subject]
    same = [r for r in page.results if r.subject]
    assert {r.id for r in strict} == {"4-3310", "7-1310"} and page.results == strict + same
    assert "établissement pénitentiaire" in page.same_subject
    assert {"5-4020", "6-777", "6-2104"} <= {r.id for r in same}
    for r in same:
        assert set(r.subject) <= set(page.same_subject) and set(r.subject) <= set(r.descriptors)
        assert "surpopulation" not in r.title.lower()


def test_nothing_is_added_to_a_full_page(relevance_engine, monkeypatch):
    monkeypatch.setattr("search.service.search.WIDEN_BELOW", 2)
    page = run(relevance_engine, "surpopulation carcerale", size=2)
    assert page.same_subject == [] and all(not r.subject for r in page.results)


def test_a_passing_mention_does_not_tell_the_subject(relevance_engine):
    # background questions on 5G or air quality say "demandeurs d'asile" in passing: their descriptors stay out
    from tests.relevance import background

    page = run(relevance_engine, "demandeurs d'asile")
    assert page.same_subject and set(page.same_subject) <= {"droit d'asile", "accueil des réfugiés", "réfugié"}
    passing = {q.id for q in background.questions()}
    assert passing & {r.id for r in page.results if not r.subject}  # they match the words…
    assert not passing & {r.id for r in page.results if r.subject}  # …but bring none of their topics in


def test_seeds_are_the_results_filed_under_the_words(relevance_engine):
    """filed_under: the rows with a query word in their title or descriptors, not in a passing sentence."""
    import numpy as np

    from search.matching.evaluator import Evaluator
    from search.query.language import parse_query
    from search.widening.relax import split
    from search.widening.subjects import filed_under

    gen = relevance_engine.generation()
    node = parse_query("demandeurs d'asile")
    about = filed_under(Evaluator(gen), split(node).words)
    matched = Evaluator(gen).run(node).mask
    ids = {gen.id_of(int(r)) for r in np.flatnonzero(matched & about)}
    passing = {gen.id_of(int(r)) for r in np.flatnonzero(matched & ~about)}
    assert {"4-2711", "7-1430"} <= ids  # "Demandeurs d'asile - …" in the title; "droit d'asile" filed
    assert passing and all(i.startswith("5-11") for i in passing)  # the background's passing sentences


def test_filters_apply_to_them_too(relevance_engine):
    page = run(relevance_engine, "surpopulation carcerale", filters={"legislature": ["6"]})
    assert page.results and all(r.legislature == 6 for r in page.results)


def test_an_ou_query_is_taken_as_written(relevance_engine):
    page = run(relevance_engine, "surpopulation OU matelas")
    assert page.same_subject == [] and all(not r.subject for r in page.results)


def test_a_date_sort_keeps_them_last(relevance_engine):
    page = run(relevance_engine, "surpopulation carcerale", sort="newest")
    flags = [bool(r.subject) for r in page.results]
    assert flags == sorted(flags) and any(flags)


def test_the_page_says_why_they_are_there(relevance_app):
    client = relevance_app.test_client()
    html = client.get("/fr/?q=surpopulation+carcerale").get_data(as_text=True)
    head, _, tail = html.partition("Questions sur le même sujet")
    assert "4-3310" in head and "6-777" in tail
    assert "« établissement pénitentiaire »" in tail and "Même sujet :" in tail
    assert "descriptors=%C3%A9tablissement+p%C3%A9nitentiaire" in tail  # a link to that descriptor's questions
    nl = client.get("/nl/?q=surpopulation+carcerale").get_data(as_text=True)
    assert "Vragen over hetzelfde onderwerp" in nl and "Zelfde onderwerp:" in nl


def test_the_api_names_the_descriptors(relevance_app):
    data = relevance_app.test_client().get("/api/search?q=surpopulation+carcerale").get_json()
    assert "établissement pénitentiaire" in data["same_subject"]
    assert data["results"][0]["subject"] == [] and data["results"][-1]["subject"]


def test_the_numbering_runs_on_across_the_sections(relevance_app):
    import re

    html = relevance_app.test_client().get("/fr/?q=surpopulation+prisons+detenus").get_data(as_text=True)
    lists = re.findall(r'<ol class="hits( part)?" start="(\d+)">(.*?)</ol>', html, re.S)
    assert len(lists) == 3  # every word, part of the words, same subject
    expected = 1
    for _, start, body in lists:
        assert int(start) == expected
        expected += body.count('<li class="hit"')


def test_a_descriptor_and_its_translation_are_one_subject_too_general_or_not(tmp_path):
    """A French descriptor and its Dutch label count the questions filed under either: the 5 % rule that
    leaves a French descriptor out leaves its Dutch label out too (`officiële statistiek` was kept while
    `statistique officielle` was dropped)."""
    from search.api import Engine, build
    from search.widening.subjects import _frequencies
    from tests.conftest import CORPUS, RENDERINGS, SEEDS, VARIANTS, copy_corpus

    build(copy_corpus(tmp_path / "seeds", SEEDS, RENDERINGS, VARIANTS, CORPUS), tmp_path / "index")
    engine = Engine(tmp_path / "index")
    try:
        gen = engine.generation()
        col = gen.facets["descriptors"]
        df = _frequencies(gen)
        pairs = [(a, b) for a in range(len(col.values)) for b in range(a + 1, len(col.values))
                 if col.group is not None and col.group[a] == col.group[b]]
        assert pairs  # the bilingual pages teach the build French-Dutch pairs
        for a, b in pairs:
            either = {int(r) for r, v in zip(col.doc, col.val) if v in (a, b) and gen.live[r]}
            assert df[a] == df[b] == len(either), (col.values[a], col.values[b])
    finally:
        engine.close()
