"""Words the archive uses for the same thing: a query's word also looks for the others of its group.

Many pages about a subject never use the word a user types: `prison` on a page that says
`établissement pénitentiaire`, `trein` on one that says `spoorvervoer`. Each group below holds
single words (folded, as typed) that name one thing in the archive's French or Dutch; a query word
of a group is looked for under every member's stems, at its position, as an inflected form is.
Only words that mean the same in the pages' register are grouped (not `taxe` with `impôt`, which
are two things). README, "Relevance", has what the table is worth on the judged sets.
"""
from __future__ import annotations

from functools import lru_cache

from .dutch_inflection import singular as dutch_singular
from .fold import fold
from .inflection import base_forms

FRENCH_GROUPS = (
    ("prison", "penitentiaire", "carceral", "carcerale"),
    ("detenu", "prisonnier", "incarcere"),
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
)
DUTCH_GROUPS = (
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
GROUPS = FRENCH_GROUPS + DUTCH_GROUPS


@lru_cache(maxsize=1)
def _groups_of() -> dict[str, dict[str, tuple[int, ...]]]:
    """Each group word -> the groups holding it, by language: a group is found by what a word is once its
    inflection is undone, not by its spelling as typed."""
    out: dict[str, dict[str, tuple[int, ...]]] = {"fr": {}, "nl": {}}
    for k, group in enumerate(GROUPS):
        language = "fr" if k < len(FRENCH_GROUPS) else "nl"
        for word in group:
            for key in _keys(word, language):
                out[language][key] = tuple(dict.fromkeys(out[language].get(key, ()) + (k,)))
    return out


def _keys(word: str, language: str) -> tuple[str, ...]:
    """What a word is looked up by: its spelling, folded, and its base forms once its inflection is undone
    (`prisons`, `hôpitaux`, `détenues`; `gevangenissen` -> `gevangenis`, `treinen` -> `trein`). Not its stems:
    Snowball gives `armes` (weapons) the stem of `armée` (army), and Dutch stems meet French words (`art`
    and `arts`)."""
    folded = fold(word.lower())
    if language == "nl":  # and the plurals the rules leave: -n after -e (werklozen), -s (migrants)
        plain = [folded[:-1]] if len(folded) > 4 and folded.endswith(("en", "s")) else []
        return tuple(dict.fromkeys([folded] + dutch_singular(folded) + plain))
    forms = [folded] + [fold(f) for f in base_forms(word.lower())]
    if folded.endswith("aux") and len(folded) > 4:  # hôpitaux -> hôpital
        forms.append(folded[:-3] + "al")
    # the feminine's -e (détenue -> détenu, carcérale -> carcéral), not -ée (armée is not arme)
    forms += [f[:-1] for f in forms if f.endswith("e") and not f.endswith("ee") and len(f) > 4]
    return tuple(dict.fromkeys(forms))


def synonyms(word: str) -> tuple[str, ...]:
    """The other words (folded) of the groups of `word` or of any of its inflections (`prisons`,
    `gevangenissen`, `hôpitaux`); none when it is in no group."""
    found: dict[int, None] = {}
    for language in ("fr", "nl"):
        for key in _keys(word, language):
            found.update(dict.fromkeys(_groups_of()[language].get(key, ())))
    own = {fold(word.lower())}
    for language in ("fr", "nl"):
        own |= set(_keys(word, language))
    return tuple(dict.fromkeys(w for k in found for w in GROUPS[k] if w not in own and fold(w) not in own))
