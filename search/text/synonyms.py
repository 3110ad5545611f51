"""Words the archive uses for the same thing: a query's word also looks for the others of its group.

Many pages about a subject never use the word a user types: `prison` on a page that says
`établissement pénitentiaire`, `trein` on one that says `spoorvervoer`. Each group below holds
single words (folded, as typed) that name one thing in the archive's French or Dutch; a query word
of a group is looked for under every member's stems, at its position, as an inflected form is.
Only words that mean the same in the pages' register are grouped (not `taxe` with `impôt`, which
are two things). README, "Relevance", has what the table is worth on the judged sets.
"""
from __future__ import annotations

from .fold import fold

GROUPS = (
    # French
    ("prison", "penitentiaire", "carceral", "carcerale"),
    ("detenu", "prisonnier", "incarcere"),
    ("chomeur", "sans-emploi"),
    ("train", "ferroviaire", "sncb"),
    ("voiture", "automobile"),
    ("medecin", "docteur"),
    ("hopital", "hospitalier", "hospitaliere"),
    ("impot", "fiscal", "fiscalite"),
    ("etranger", "immigre"),
    ("migrant", "immigre"),
    ("retraite", "pension"),
    ("logement", "habitation"),
    ("policier", "police"),
    ("armee", "militaire", "defense"),
    ("drogue", "stupefiant"),
    ("medicament", "pharmaceutique"),
    ("velo", "bicyclette", "cycliste"),
    ("salaire", "remuneration"),
    ("pollution", "polluant"),
    ("handicape", "handicap"),
    # Dutch
    ("gevangenis", "strafinrichting", "penitentiair"),
    ("gedetineerde", "gevangene"),
    ("werkloze", "werkzoekende"),
    ("trein", "spoor", "spoorweg", "nmbs"),
    ("auto", "wagen", "voertuig"),
    ("arts", "dokter", "geneesheer"),
    ("ziekenhuis", "hospitaal"),
    ("belasting", "fiscaal", "fiscus"),
    ("vreemdeling", "migrant"),
    ("leger", "defensie", "militair"),
    ("drug", "drugs", "verdovend"),
    ("geneesmiddel", "medicijn", "medicament"),
    ("fiets", "rijwiel"),
    ("loon", "salaris", "wedde"),
)

SYNONYMS: dict[str, tuple[str, ...]] = {}
for _group in GROUPS:
    for _word in _group:
        SYNONYMS[_word] = tuple(dict.fromkeys(SYNONYMS.get(_word, ()) + tuple(w for w in _group if w != _word)))


def synonyms(word: str) -> tuple[str, ...]:
    """The other words of `word`'s groups (folded), none when it is in no group."""
    return SYNONYMS.get(fold(word.lower()), ())
