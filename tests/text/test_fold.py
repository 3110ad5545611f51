"""search.text.fold: the one fold, which every comparison of words goes through."""
from __future__ import annotations

import pytest

from search.api import SearchRequest, build, search, Engine
from search.text.fold import fold, fold_key, visible
from tests.conftest import SEED_8917


@pytest.mark.parametrize("typed, folded", [
    ("Média", "Media"), ("réfugiés", "refugies"), ("ÉTAT", "ETAT"),
    ("e\u0301tat", "etat"),  # a decomposed accent folds as the composed one
    ("Belgiё", "Belgie"), ("BELGIЁ", "BELGIE"),  # Cyrillic ё for ë
    ("рrison", "prison"), ("сarcérale", "carcerale"), ("Тaelman", "Taelman"),  # Cyrillic р, с, Т
    ("іnfo", "info"), ("naïef", "naief"), ("naї", "nai"),  # Ukrainian і, ї
    ("œuvre", "oeuvre"), ("Œuvre", "OEuvre"), ("ex æquo", "ex aequo"),
    ("l’État", "l'Etat"), ("l‘État", "l'Etat"),  # curly apostrophes
    ("Gent", "Gent"),
])
def test_the_fold(typed, folded):
    assert fold(typed) == folded


def test_the_key_folds_case_and_spaces():
    assert fold_key("  Réponse   Complémentaire ") == "reponse complementaire"
    assert fold_key("Septembre") == fold_key("septembre") == "septembre"


def test_invisible_characters_are_taken_out():
    assert visible("a\u200bb\u202ec\x07d\ufeff") == "abcd"


def test_a_word_with_a_cyrillic_letter_is_found_whole_and_by_its_prefix(tmp_path):
    """Two folds used to disagree: `Belgiё` found the page and `Belgiё*` nothing."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    text = SEED_8917.read_text(encoding="utf-8")
    (seeds / "page.txt").write_text(text.replace("Selor utilise", "En Belgiё, Selor utilise", 1), encoding="utf-8")
    build(seeds, tmp_path / "index")
    engine = Engine(tmp_path / "index")
    for query in ("Belgiё", "Belgiё*", "belgie", "Belgi*", "belgië"):
        assert search(engine, SearchRequest(query, spell=False)).total == 1, query
