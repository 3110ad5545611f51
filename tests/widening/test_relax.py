"""Results holding part of the words (search.widening.relax), below those holding them all."""
import pytest

from search.api import SearchRequest, export, search


def run(engine, q, **kw):
    return search(engine, SearchRequest(q, **kw))


def test_questions_lacking_one_word_follow_those_holding_all(relevance_engine):
    page = run(relevance_engine, "surpopulation prisons detenus")
    complete = [r for r in page.results if not r.missing and not r.subject]
    part = [r for r in page.results if r.missing]
    same = [r for r in page.results if r.subject]  # search.query.subjects: tests/test_subjects.py
    assert page.all_words == len(complete) == 2
    assert page.results == complete + part + same and len(part) >= 3
    assert all(r.missing == ["surpopulation"] for r in part)
    for r in part:  # the word it is said to lack is really absent, the others present
        assert r.id not in {x.id for x in run(relevance_engine, f"surpopulation {r.id}").results}
        assert r.id in {x.id for x in run(relevance_engine, "prisons detenus", size=50).results}


def test_a_sentence_no_question_holds_whole_finds_the_closest(relevance_engine):
    page = run(relevance_engine, "combien de detenus dorment par terre dans les prisons")
    assert page.all_words == 0
    assert page.results[0].id == "4-3310" and page.results[0].missing == ["terre"]
    lacking = [len(r.missing) for r in page.results if not r.subject]
    assert lacking == sorted(lacking) and max(lacking) <= 2  # five words: at most two missing


def test_no_part_of_the_words_when_the_strict_results_fill_a_page(relevance_engine, monkeypatch):
    monkeypatch.setattr("search.service.search.WIDEN_BELOW", 2)  # a page is "full" from 2 results: these 2 fill it
    page = run(relevance_engine, "surpopulation prisons detenus", size=2)
    assert page.all_words == page.total == 2 and all(not r.missing for r in page.results)


@pytest.mark.parametrize("q", ["surpopulation prisons", "surpopulation OU prisons detenus matelas"])
def test_two_words_or_an_ou_are_taken_as_written(relevance_engine, q):
    page = run(relevance_engine, q)
    assert all(not r.missing for r in page.results)


def test_filters_and_exclusions_stay_required(relevance_engine):
    page = run(relevance_engine, "surpopulation prisons detenus -matelas", filters={"legislature": ["6"]})
    assert page.all_words is not None and page.results
    assert all(r.legislature == 6 for r in page.results)
    assert "4-3310" not in {r.id for r in page.results}  # its page has the excluded "matelas"
    status = run(relevance_engine, "surpopulation prisons detenus statut:en-attente")
    assert all(r.status == "pending" for r in status.results)


def test_facets_count_what_the_page_shows(relevance_engine):
    page = run(relevance_engine, "surpopulation prisons detenus")
    assert sum(v.count for v in page.facets["legislature"]) == page.questions == len(page.results)


def test_the_export_keeps_every_word(relevance_engine):
    page = run(relevance_engine, "surpopulation prisons detenus")
    exported = export(relevance_engine, SearchRequest("surpopulation prisons detenus"))
    assert {r["id"] for r in exported.rows} == {"7-1310", "4-3310"}
    assert (exported.all_words, exported.total) == (page.all_words, page.total) == (2, len(page.results))


def test_the_page_marks_them(relevance_app):
    html = relevance_app.test_client().get("/fr/?q=surpopulation+prisons+detenus").get_data(as_text=True)
    head, _, tail = html.partition("Résultats contenant une partie des mots")
    assert "7-1310" in head and "6-1080" in tail
    assert "Mot absent :" in tail and "<s>surpopulation</s>" in tail
    nl = relevance_app.test_client().get("/nl/?q=surpopulation+prisons+detenus").get_data(as_text=True)
    assert "Resultaten met een deel van de woorden" in nl and "Ontbrekend woord:" in nl


def test_the_api_says_which_words_are_missing(relevance_app):
    data = relevance_app.test_client().get("/api/search?q=surpopulation+prisons+detenus").get_json()
    assert data["all_words"] == 2
    assert [r["missing"] for r in data["results"]][:3] == [[], [], ["surpopulation"]]


def test_fielded_words_stay_required_and_bring_no_subject(relevance_engine):
    page = run(relevance_engine, "auteur:wauters surpopulation prisons detenus")
    assert page.results and all(r.author == "Marc Wauters" for r in page.results)
    assert run(relevance_engine, 'auteur:"sophie verhaegen"').same_subject == []


def test_a_word_typed_twice_counts_once(relevance_engine):
    from search.query.language import parse_query
    from search.widening.relax import split

    assert [w.text for w in split(parse_query("prisons prisons detenus")).words] == ["prisons", "detenus"]
    page = run(relevance_engine, "surpopulation surpopulation carcerale")
    assert all(not r.missing for r in page.results)  # two words: not relaxed
