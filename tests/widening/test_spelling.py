"""search.widening.spelling: misspelled words corrected from the index's own words."""
import pytest

from search.api import SearchRequest, search
from search.query.language import parse_query, query_text
from search.widening.spelling import correct, suggest


@pytest.mark.parametrize("typed, meant", [
    ("alocations", "allocations"), ("vacination", "vaccination"), ("penssion", "pension"),
    ("radicalisaton", "radicalisation"), ("harcelemnt", "harcelement"), ("cybersecuriteee", "cybersecurite"),
    ("terrorsime", "terrorisme"),  # two letters swapped: one edit
])
def test_a_misspelled_word_gets_the_nearest_common_word(relevance_engine, typed, meant):
    assert correct(relevance_engine.generation(), typed) == meant


@pytest.mark.parametrize("word", [
    "pension", "fiscales", "baux",  # in the index, however rarely
    "anne",  # an author's first name: the author field holds it
    "matelass",  # one edit from "matelas", which only one question holds: not a candidate
    "qwertyuiop", "tva",  # nothing near; too short to correct
])
def test_a_word_is_left_alone_when_it_needs_no_correction_or_has_none(relevance_engine, word):
    assert correct(relevance_engine.generation(), word) is None


@pytest.mark.parametrize("typed, meant", [
    ("alocatoins", "allocations"),  # 11 letters, 2 edits: corrected
    ("alocatoinz", None),  # 3 edits from "allocation": too far, whatever the length
    ("prsions", "prisons"),  # 7 letters, 1 edit (a swapped pair)
    ("pirsnn", None),  # 6 letters, 2 edits from "prison": a short word gets one edit only
])
def test_how_far_a_correction_may_go(relevance_engine, typed, meant):
    """One edit up to 7 letters, two beyond: further, a word is more often another word than a typo."""
    assert correct(relevance_engine.generation(), typed) == meant


def test_the_rest_of_the_query_is_kept(relevance_engine):
    gen = relevance_engine.generation()
    q = 'auteur:wauters "alocations familiales" l\'alocation -fraude'
    fixed = suggest(gen, parse_query(q))
    assert query_text(fixed) == 'auteur:wauters "allocations familiales" l\'allocation -fraude'
    assert fixed == parse_query(query_text(fixed))
    assert suggest(gen, parse_query("allocations familiales")) is None


def test_only_the_words_searched_for_are_corrected(relevance_engine):
    """The rewrite works on the parsed query: a field's name, an operator, an excluded word and a fielded
    value are not words to correct (the text rewrite read them with the analyser's tokenizer)."""
    gen = relevance_engine.generation()
    assert suggest(gen, parse_query("alocations SAUF alocation")) == parse_query("allocations SAUF alocation")
    assert suggest(gen, parse_query("titre:alocations alocation")) == parse_query("titre:alocations allocation")
    assert query_text(suggest(gen, parse_query("(alocations OU prsions) ET fraude"))) == \
        "(allocations OU prisons) fraude"


def test_a_query_that_finds_nothing_shows_the_results_of_its_correction(relevance_engine):
    page = search(relevance_engine, SearchRequest("alocations familiales"))
    assert page.corrected_from == "alocations familiales" and page.query == "allocations familiales"
    assert {r.id for r in page.results if not r.missing} == {"5-990", "5-7650", "6-640", "6-1045"}
    assert all(r.missing == ["familiales"] for r in page.results if r.missing)  # then "allocations" alone, marked
    assert "<mark>allocations</mark>" in " ".join(s.html for r in page.results for s in r.snippets)


def test_a_misspelled_word_among_found_ones_is_corrected_too(relevance_engine):
    # relaxation alone would show questions lacking the typo; the corrected query holds every word
    page = search(relevance_engine, SearchRequest("surpopulation prisons detneus"))
    assert page.corrected_from and page.query == "surpopulation prisons detenus" and page.all_words == 2


def test_did_you_mean_when_the_correction_finds_no_more(relevance_engine):
    page = search(relevance_engine, SearchRequest("vacination zzyzx"))
    assert page.corrected_from is None and page.suggestion == "vaccination zzyzx"


def test_the_page_offers_the_correction_in_one_click(relevance_app):
    client = relevance_app.test_client()
    html = client.get("/fr/?q=alocations+familiales").get_data(as_text=True)
    assert "Aucune question ne contient tous les mots de « alocations familiales » : voici les résultats pour « allocations familiales »" in html
    html = client.get("/fr/?q=vacination+zzyzx").get_data(as_text=True)
    assert 'Vouliez-vous dire : <a href="/fr/?q=vaccination+zzyzx">vaccination zzyzx</a> ?' in html
    nl = client.get("/nl/?q=vacination+zzyzx").get_data(as_text=True)
    assert "Bedoelde u:" in nl


def test_the_api_says_it_too(relevance_app):
    client = relevance_app.test_client()
    data = client.get("/api/search?q=alocations+familiales").get_json()
    assert data["corrected_from"] == "alocations familiales" and data["query"] == "allocations familiales"
    data = client.get("/api/search?q=vacination+zzyzx").get_json()
    assert data["suggestion"] == "vaccination zzyzx" and data["results"] == []


def test_a_search_that_finds_nothing_offers_to_drop_a_word(relevance_engine, relevance_app):
    page = search(relevance_engine, SearchRequest("cannabis ukraine"))
    assert page.all_words == 0 and page.results and all(r.missing for r in page.results)  # the rarer word alone
    assert {(a.dropped, a.query) for a in page.without_one_word} == {("ukraine", "cannabis"), ("cannabis", "ukraine")}
    for a in page.without_one_word:  # how many results hold every word left
        assert a.total == search(relevance_engine, SearchRequest(a.query)).all_words > 0
    html = relevance_app.test_client().get("/fr/?q=cannabis+ukraine").get_data(as_text=True)
    assert "Avec un mot de moins :" in html and 'href="/fr/?q=cannabis"' in html and "sans « ukraine »" in html


def test_a_correction_can_be_refused(relevance_engine, relevance_app):
    page = search(relevance_engine, SearchRequest("alocations familiales", spell=False))
    assert page.corrected_from is None and page.query == "alocations familiales" and page.all_words == 0
    client = relevance_app.test_client()
    html = client.get("/fr/?q=alocations+familiales").get_data(as_text=True)
    assert 'href="/fr/?q=alocations+familiales&amp;spell=0">Chercher « alocations familiales » tel quel</a>' in html
    as_typed = client.get("/fr/?q=alocations+familiales&spell=0").get_data(as_text=True)
    assert "voici les résultats pour" not in as_typed and "<s>alocations</s>" in as_typed  # the other word alone
    assert "sans « alocations »" in as_typed  # what is left to try
    assert client.get("/fr/?q=x&spell=maybe").status_code == 400


def test_trying_without_each_word_is_bounded(relevance_engine, monkeypatch):
    import search.widening.widen as widening

    assert search(relevance_engine, SearchRequest("cannabis ukraine")).without_one_word
    monkeypatch.setattr(widening, "MAX_ALTERNATIVES", 1)  # a query of more words than this is not tried again
    assert search(relevance_engine, SearchRequest("cannabis ukraine ", spell=False)).without_one_word == []
