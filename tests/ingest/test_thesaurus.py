"""search.ingest.thesaurus: a collapsed descriptor line split into the descriptors the archive knows."""
from __future__ import annotations

from pathlib import Path

import pytest

from search.ingest.parse import parse_text
from search.ingest.thesaurus import Thesaurus, collapsible

RENDERINGS = Path(__file__).resolve().parent.parent / "fixtures" / "renderings"
KNOWN = ["rustpensioen", "gelijke behandeling van man en vrouw", "vrouw", "prison", "surveillance électronique",
         "détenu", "État", "aide de l'État", "aide", "de l'État"]


@pytest.mark.parametrize("line, pieces", [
    ("rustpensioen gelijke behandeling van man en vrouw vrouw",
     ["rustpensioen", "gelijke behandeling van man en vrouw", "vrouw"]),
    ("prison surveillance electronique detenu", ["prison", "surveillance électronique", "détenu"]),
    ("gelijke behandeling van man en vrouw", ["gelijke behandeling van man en vrouw"]),  # known whole: kept
    ("politique sociale", ["politique sociale"]),  # words the thesaurus does not know: kept as printed
    ("prison politique", ["prison politique"]),  # a run only partly known: kept
    ("aide de l'État prison", ["aide de l'État", "prison"]),  # the fewest descriptors ("aide" + "de l'État" is 2)
])
def test_a_collapsed_line_is_split_into_known_descriptors(line, pieces):
    assert Thesaurus(KNOWN).split(line) == pieces


def test_two_ways_with_as_few_descriptors_keep_the_line():
    thesaurus = Thesaurus(["a b", "c", "a", "b c"])
    assert thesaurus.split("a b c") == ["a b c"]  # "a b" + "c" or "a" + "b c": no way to tell


def test_a_pipe_page_is_split_in_both_languages_and_its_pairs_learned():
    page = (RENDERINGS / "print_pipes.txt").read_text(encoding="utf-8")
    glued = parse_text(page.replace("rustpensioen ; gelijke behandeling van man en vrouw ; vrouw",
                                    "rustpensioen gelijke behandeling van man en vrouw vrouw"))
    assert glued.descriptors == ["rustpensioen gelijke behandeling van man en vrouw vrouw"] and collapsible(glued)
    split = Thesaurus(KNOWN).split_question(glued)
    assert split.descriptors == ["rustpensioen", "gelijke behandeling van man en vrouw", "vrouw"]
    assert Thesaurus([]).split_question(glued) is glued  # nothing known: the record as printed
