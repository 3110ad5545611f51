"""French inflection the Snowball stemmer misses: a word's masculine singular, guessed.

Snowball strips a plural `s` only after a consonant, so `emplois`, `lois`, `détenus`,
`revenus` and `numéros` keep it and miss their singular; it leaves feminines such as
`publique`, `chômeuse`, `directrice`, `sportive`, `veuve` and `étrangère` apart from
their masculine; and it reads `loyer`, `foyer` and `pays` as verbs (`loi`, `foi`, `pay`),
so that they meet `loi`, `foi` and `payer`. search.text.french stems the forms guessed here
beside the word itself, at the same position: a form that is wrong (`heureuse` ->
`heureur`) only adds a term nothing else makes. tests/text/test_inflection.py holds the pairs.
"""
from __future__ import annotations

import re

# words Snowball stems as something else (a verb, mostly): the term they are indexed by
FIXED_STEMS = {"loyer": "loyer", "loyers": "loyer", "foyer": "foyer", "foyers": "foyer", "pays": "pays"}

# stems of feminines in -que whose masculine ends in -c
STEM_ALIASES = {"publiqu": "public", "laiqu": "laic", "grecqu": "grec", "turqu": "turc", "caduqu": "caduc",
                "franqu": "franc"}

IRREGULAR = {
    "travaux": "travail", "baux": "bail", "maux": "mal", "yeux": "oeil", "cieux": "ciel", "vitraux": "vitrail",
    "coraux": "corail", "émaux": "émail", "emaux": "email",
    "nouvelle": "nouveau", "nouvel": "nouveau", "belle": "beau", "bel": "beau", "vieille": "vieux",
    "vieil": "vieux", "longue": "long", "blanche": "blanc", "franche": "franc", "sèche": "sec", "seche": "sec",
    "fraîche": "frais", "fraiche": "frais", "douce": "doux", "fausse": "faux", "rousse": "roux",
    "grosse": "gros", "basse": "bas", "gentille": "gentil", "pareille": "pareil", "folle": "fou", "molle": "mou",
    "bénigne": "bénin", "benigne": "benin", "maligne": "malin", "jumelle": "jumeau",
}

# plurals in a vowel + s that are singular too, and whose s-less form is another word
NO_PLURAL = frozenset({"fois", "devis", "paris", "pays", "os", "bus", "plus", "sous", "tous", "nous", "vous"})

FEMININE = [  # (ending, masculine ending), tried in order on the singular
    (re.compile(r"euse$"), "eur"),  # chômeuse, demandeuse
    (re.compile(r"trice$"), "teur"),  # directrice, sénatrice
    (re.compile(r"(?<=..)ive$"), "if"),  # sportive, active, juive
    (re.compile(r"uve$"), "uf"),  # veuve, neuve
    (re.compile(r"(?<=[^i])(g|ll|ch)[eè]re$"), r"\1er"),  # étrangère, conseillère, bouchère
]


def singular(word: str) -> str:
    """`word` without a plural ending Snowball keeps (`emplois` -> `emploi`, `lieux` -> `lieu`)."""
    if word in IRREGULAR and word.endswith("x"):
        return IRREGULAR[word]
    if len(word) > 3 and word.endswith(("eux", "oux")):
        return word[:-1]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss") and word not in NO_PLURAL:
        return word[:-1]
    return word


def masculine(word: str) -> str:
    """The masculine of a singular feminine (`étrangère` -> `étranger`), else `word`."""
    if word in IRREGULAR:
        return IRREGULAR[word]
    for ending, replacement in FEMININE:
        changed = ending.sub(replacement, word)
        if changed != word:
            return changed
    return word


def base_forms(word: str) -> tuple[str, ...]:
    """The guessed singular and masculine singular of a lower-case word, when they differ from it."""
    one = singular(word)
    forms = (one, masculine(one))
    return tuple(f for f in dict.fromkeys(forms) if f != word and len(f) > 1)
