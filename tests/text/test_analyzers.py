"""The French analyzer: words that must meet, and words that must not."""
from __future__ import annotations

import pickle

import pytest

from search.text.analyzers import analyze, exact_analyzer, french_analyzer

FR = french_analyzer()
EX = exact_analyzer()


def meet(a: str, b: str, analyzer=FR) -> bool:
    return bool(set(analyze(analyzer, a)) & set(analyze(analyzer, b)))


@pytest.mark.parametrize("a, b", [
    ("médias", "media"), ("médias", "MÉDIA"), ("Média", "médias"),
    ("réformes", "reformes"), ("réformes", "réforme"),
    ("réfugiés", "refugiee"), ("réfugiés", "refugies"), ("réfugiée", "réfugiés"), ("refugie", "réfugiés"),
    ("l’État", "l'état"), ("l'état", "etat"), ("L´État", "état"),
    ("données", "donnees"), ("sécurité", "securite"), ("ministère", "ministere"),
    ("l'administré", "administration-administré"), ("administré", "relation administration-administré"),
    ("sociaux", "social"), ("pensions", "pension"), ("déjà", "deja"),
    ("jusqu’à l’hôpital", "hôpitaux"), ("lorsqu'il consulte", "consultation"), ("puisqu´elle vote", "votes"),
    ("d'effectifs", "effectif"), ("qu'aucun recours", "recours"), ("n'existe", "existe"), ("s'agit", "agit"), ("m'informer", "informer"), ("t'appelle", "appelle"), ("j'aimerais", "aimerais"),
])
def test_words_meet(a, b):
    assert meet(a, b), (analyze(FR, a), analyze(FR, b))


@pytest.mark.parametrize("a, b", [
    ("médias", "médecin"), ("pension", "prison"), ("état", "été"), ("asile", "assises"),
])
def test_words_stay_apart(a, b):
    assert not meet(a, b)


@pytest.mark.parametrize("text, terms", [
    ("question écrite 5-8900", ["question", "ecrit", "5-8900"]),
    ("les médias", ["medi"]),  # stop word dropped
    ("a-t-elle", []),
    ("a t elle", []),
    ("c'était", []),  # elided stop word: nothing left
])
def test_terms(text, terms):
    assert analyze(FR, text) == terms


def test_ids_stay_whole_and_hyphenated_words_split():
    assert "5-8900" in analyze(FR, "voir la question 5-8900.")
    assert analyze(EX, "administration-administré") == ["administration", "administre"]
    assert analyze(EX, "se trouvent-ils") == analyze(EX, "se trouvent ils")


def test_variants_share_a_position():
    tokens = [(t.pos, t.text) for t in FR("réfugiés accueillis", positions=True)]
    assert {pos for pos, _ in tokens} == {0, 1} and len(tokens) > 2


def test_exact_analyzer_folds_but_does_not_stem():
    assert analyze(EX, "L’État des Médias") == ["etat", "des", "medias"]


def test_analyzers_pickle():
    for analyzer in (FR, EX):
        clone = pickle.loads(pickle.dumps(analyzer))
        assert analyze(clone, "Les réfugiés de l'État") == analyze(analyzer, "Les réfugiés de l'État")


def test_the_indexers_fast_path_gives_the_analyzers_terms():
    from search.text.bilingual import EXACT, groups
    from search.text.french import french_terms
    from search.text.tokens import base_words

    from tests.conftest import fixture_questions

    texts = ["L´État a-t-il 5-8900 ?", "jusqu’au `quoi` l'", "Ça, c'est 1er déjà-vu «médias» n°4-539"]
    for q in fixture_questions():
        texts += [q.title, *q.descriptors, *(p.text for p in q.passages)]
    for text in texts:
        words = base_words(text)
        assert french_terms(words) == analyze(FR, text), text
        assert [t for g in groups(EXACT, words) for t in g] == analyze(EX, text), text


@pytest.mark.parametrize("a, b", [
    ("belgië", "belgie"), ("belgië", "belgiё"), ("maatregel", "maatregelen"), ("kinderbijslag", "kinderbijslagen"),
    ("uitkering", "uitkeringen"), ("werkloosheidsuitkering", "werkloosheidsuitkeringen"), ("pensioen", "pensioenen"),
    ("vluchteling", "vluchtelingen"), ("gemeente", "gemeenten"), ("ambtenaar", "ambtenaren"),
])
def test_dutch_forms_meet(a, b):
    from search.text.dutch import dutch_variants

    assert set(dutch_variants(a)) & set(dutch_variants(b)), (a, b)


def test_a_query_is_looked_for_in_both_languages():
    from search.query.terms import word_groups

    (terms,) = word_groups("maatregelen")
    assert "maatregel" in terms["french"]  # the Dutch stem, beside the French analyser's
    assert word_groups("de het van") == []  # stop words of either language
