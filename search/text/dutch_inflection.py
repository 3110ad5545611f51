"""Dutch inflection the Porter-style Snowball stemmer misses: a word's singular base form, guessed.

The stemmer strips `-en` but leaves what the plural changed in the stem: a doubled consonant
(`gevangenissen` -> `gevangeniss`, `verkeersongevallen` -> `verkeersongevall`), a voiced one (`huizen` ->
`huiz`, `brieven` -> `briev`), a vowel the open syllable shortened in writing (`jaren`, `zaken`,
`problemen`); it keeps `-s` after a vowel (`gemeentes`, `auto's`), the diminutive's `-je`, the
`-eren` of `kinderen` and the Latin plurals (`musea`, `criteria`). search.text.dutch stems the
base forms guessed here beside the word itself, at the same position: a guess that is wrong
(`dagen` -> `daag`) only adds a term nothing else makes. tests/text/test_dutch_inflection.py holds the
pairs that must meet and those that must stay apart.
"""
from __future__ import annotations

import re

IRREGULAR = {
    "kinderen": "kind", "eieren": "ei", "liederen": "lied", "bladeren": "blad", "volkeren": "volk",
    "kalveren": "kalf", "lammeren": "lam", "goederen": "goed", "beenderen": "been", "raderen": "rad",
    "runderen": "rund", "hoenderen": "hoen", "steden": "stad", "schepen": "schip", "leden": "lid",
    "gelederen": "gelid", "smeden": "smid", "heren": "heer", "koeien": "koe", "vlooien": "vlo",
    "musea": "museum", "centra": "centrum", "criteria": "criterium", "data": "datum", "media": "medium",
    "politici": "politicus", "musici": "musicus", "historici": "historicus", "technici": "technicus",
    "crises": "crisis", "analyses": "analyse", "basissen": "basis", "indices": "index",
}
VOWELS = "aeiouy"
CONSONANT = "bcdfghjklmnpqrstvwxz"
DOUBLED_EN = re.compile(rf"([{CONSONANT}])\1en$")  # gevangenissen, ongevallen, bussen, wetten


def _undouble(stem: str) -> str:
    """`ball` -> `bal`: a consonant doubled at the end, single again."""
    return stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] in CONSONANT else stem


def _lengthen(stem: str) -> str:
    """`jar` -> `jaar`, `zak` -> `zaak`, `problem` -> `probleem`: the long vowel an open syllable writes single."""
    if len(stem) > 1 and stem[-1] in CONSONANT and stem[-2] in "aeou" and stem[-3:-2] not in tuple(VOWELS):
        return stem[:-1] + stem[-2] + stem[-1]
    return stem


def singular(word: str) -> list[str]:
    """The guessed singular base forms of a lower-case Dutch word (none when it looks singular)."""
    if word in IRREGULAR:
        return [IRREGULAR[word]]
    out: list[str] = []
    if len(word) > 3 and word.endswith(("'s", "’s", "´s")):  # auto's, euro's
        return [word[:-2]]
    if len(word) > 5 and word.endswith("heden"):  # overheden, mogelijkheden
        return [word[:-5] + "heid"]
    if len(word) > 5 and word.endswith(("je", "jes")):  # diminutives
        small = word[:-1] if word.endswith("s") else word
        if small.endswith("etje"):
            out.append(_undouble(small[:-4]))  # balletje -> bal
        if small.endswith(("tje", "pje")):
            out.append(small[:-3])  # treintje -> trein, boompje -> boom
        if small[-3:-2] != "i":  # not the -ie of politie
            out.append(small[:-2])  # huisje -> huis, kaartje -> kaart
    if len(word) > 3 and word.endswith("en"):
        stem = word[:-2]
        if DOUBLED_EN.search(word):
            out.append(stem[:-1])  # gevangenissen -> gevangenis, ongevallen -> ongeval
        elif stem.endswith("z"):
            out.append(stem[:-1] + "s")  # huizen -> huis, ziekenhuizen -> ziekenhuis
        elif stem.endswith("v"):
            out.append(stem[:-1] + "f")  # brieven -> brief, bedrijven -> bedrijf
        else:
            out.append(stem)  # artsen -> arts, fietsen -> fiets
            longer = _lengthen(stem)
            if longer != stem:
                out.append(longer)  # jaren -> jaar, vragen -> vraag, problemen -> probleem
            if stem.endswith("en"):
                out.append(stem[:-2] + "ene")  # gevangenen -> gevangene
    elif len(word) > 4 and word.endswith("es") and word[-3] not in "aeouy":  # -ies too: ministeries
        out.append(word[:-1])  # gemeentes, kazernes, controles -> gemeente, kazerne, controle (the stemmer keeps it)
    return [f for f in dict.fromkeys(out) if f != word and len(f) > 1]
