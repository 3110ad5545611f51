"""Portfolios, not title strings: the ministries a minister's title covers, and the rank it names.

The addressee of a question is the title printed that day ("vice-première ministre et ministre
de l'Intérieur et de l'Égalité des Chances", "de minister van Justitie"); titles change with every
government and reshuffle. `read_title` derives from a title, in either language and any of its
spellings, the portfolios it covers, each a stable code from `portfolios.csv` (a data table a
maintainer extends when a new title appears: a code, its French and Dutch labels, the phrases
that name it in either language), and its rank. The minister a state secretary is attached to
("adjointe à la ministre de la Justice", "toegevoegd aan de minister van Justitie") is not the
state secretary's portfolio, and is left out.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional

from ..text.fold import fold_key

TABLE = Path(__file__).with_name("portfolios.csv")

RANKS = {  # in order of precedence
    "prime_minister": {"fr": "Premier ministre", "nl": "Eerste minister"},
    "deputy_prime_minister": {"fr": "Vice-premier ministre", "nl": "Vice-eersteminister"},
    "minister": {"fr": "Ministre", "nl": "Minister"},
    "state_secretary": {"fr": "Secrétaire d'État", "nl": "Staatssecretaris"},
}

# "adjoint au ministre des Finances", "adjointe à la Première ministre", "toegevoegd aan de minister
# van Justitie": whom a state secretary is attached to. Everything after it is that minister's title
# ("adjointe à la ministre de l'Intérieur, des Réformes institutionnelles et du Renouveau démocratique"),
# however long, but a "chargé(e) de …" whose agreement is the state secretary's and not the minister's
# ("adjointe au ministre des Finances, chargée de …" is the secretary's; "adjoint à la ministre …,
# chargée de …" is the minister's), and a second title the same person holds ("…, et secrétaire d'État
# aux Réformes institutionnelles, adjoint au Premier ministre").
ATTACHED_RE = re.compile(r"\b(?:(?P<sec>adjointe?s?)\s+(?P<to>au|a la|a l|aux|a)\b|toegevoegde?\s+aan\b)")
CHARGE_RE = re.compile(r",\s*(?P<charge>chargee?s?)\s+(?:de|du|des|d)\b")
CHARGE_OWN_RE = re.compile(r"\b(?:chargee?s?\s+(?:de|du|des|d)|belast\s+met)\b")
SECOND_TITLE_RE = re.compile(r"(?:,\s*)?\b(?:et|en)\s+(?=secretaire\s+d\s*etat\b|staatssecretaris\b)")
DEPUTY_RE = re.compile(r"\bvice\s*(?:premiere?\s+ministre|eerste\s*minister|premier)\b")


@dataclass(frozen=True)
class Portfolio:
    code: str
    fr: str
    nl: str
    phrases: tuple[str, ...]
    # per language, the words that name its subject in a question ("hôpital", "politique agricole"), never read
    # in a title (search.indexer.concerns)
    subjects: dict = field(default_factory=dict)

    def label(self, language: str) -> str:
        return self.nl if language == "nl" and self.nl else self.fr


@dataclass(frozen=True)
class Reading:
    """What a title says: the portfolios it covers (codes, in the order they are named) and its rank;
    `secondary`, those of them it names only after "chargé(e) de" / "belast met" (Beliris, the federal
    cultural institutions: a minister's lesser charges)."""
    portfolios: tuple[str, ...]
    rank: Optional[str]
    secondary: tuple[str, ...] = ()


def title_key(text: str) -> str:
    """A title as the table's phrases are written: folded, lower case, apostrophes and hyphens as
    spaces, commas kept as separators (`l’Égalité` -> `l egalite`)."""
    text = fold_key(text or "")
    text = re.sub(r"['’´`\-–]", " ", text)
    text = re.sub(r"\s*[,;]\s*", " , ", text)
    text = re.sub(r"[^\w, ]", " ", text)
    return " ".join(text.split())


@lru_cache(maxsize=1)
def table() -> dict[str, Portfolio]:
    """The portfolio table, by code, in its order."""
    out = {}
    with open(TABLE, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            phrases = tuple(dict.fromkeys(title_key(p) for p in row["phrases"].split(";") if p.strip()))
            subjects = {lang: tuple(p.strip() for p in (row.get(f"subjects_{lang}") or "").split(";") if p.strip())
                        for lang in ("fr", "nl")}
            out[row["code"]] = Portfolio(row["code"], row["fr"], row["nl"], phrases, subjects)
    return out


@lru_cache(maxsize=1)
def _matcher() -> tuple[re.Pattern, dict[str, tuple[str, ...]]]:
    """One pattern for every phrase, longest first (so `economie sociale` wins over `economie`), and
    the codes each phrase names (`affaires etrangeres et europeennes` names two)."""
    codes: dict[str, list[str]] = {}
    for portfolio in table().values():
        for phrase in portfolio.phrases:
            codes.setdefault(phrase, []).append(portfolio.code)
    ordered = sorted(codes, key=lambda p: (-len(p), p))
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in ordered) + r")\b")
    return pattern, {p: tuple(dict.fromkeys(c)) for p, c in codes.items()}


def rank_of(key: str) -> Optional[str]:
    """The rank a normalized title names (None: not a minister's title)."""
    bare = re.sub(r"^(?:(?:de|het|le|la|l|au|aux|a la|a l|aan)\s+)+", "", key)
    if DEPUTY_RE.search(bare):
        return "deputy_prime_minister"
    if re.match(r"(?:premiere?\s+ministre|eerste\s*minister)\b", bare):
        return "prime_minister"
    if re.match(r"(?:secretaire\s+d\s*etat|staatssecretaris)\b", bare):
        return "state_secretary"
    if re.search(r"\b(?:ministre|minister)\b", bare):
        return "minister"
    return None


def _gender(word: str) -> str:
    return "f" if word.rstrip("s").endswith("e") else "m"


def _own_part(key: str) -> str:
    """A title less the minister a state secretary is attached to (see ATTACHED_RE)."""
    attached = ATTACHED_RE.search(key)
    if not attached:
        return key
    own, rest = key[:attached.start()], key[attached.end():]
    if attached.group("sec"):
        secretary = _gender(attached.group("sec"))
        minister = {"au": "m", "a la": "f"}.get(attached.group("to"), "")
        for charge in CHARGE_RE.finditer(rest):
            if _gender(charge.group("charge")) == secretary != minister:
                own += " " + rest[charge.start():]
                break
    return own


def read_title(title: Optional[str]) -> Reading:
    """The portfolios and the rank of an addressee's title, in either language."""
    key = title_key(title or "")
    if not key:
        return Reading((), None)
    rank = rank_of(key)
    own = DEPUTY_RE.sub(" ", " ".join(_own_part(part) for part in SECOND_TITLE_RE.split(key))).replace(",", " ")
    pattern, codes = _matcher()
    own = " ".join(own.split())
    charge = CHARGE_OWN_RE.search(own)
    found = [code for m in pattern.finditer(own) for code in codes[m.group()]]
    later = [code for m in pattern.finditer(own[charge.start():]) for code in codes[m.group()]] if charge else []
    main = set(found) - set(later)
    return Reading(tuple(dict.fromkeys(found)), rank, tuple(c for c in dict.fromkeys(later) if c not in main))


def label(code: str, language: str = "fr") -> str:
    """A portfolio's label in `language` (the code itself for one the table lacks)."""
    found = table().get(code)
    return found.label(language) if found else code


def lookup(text: str) -> list[str]:
    """The portfolios a user means by `text` (`justice`, `justitie`, `"fonction publique"`, a code):
    those it names exactly, else those whose label or a phrase holds all its words."""
    key = title_key(text).replace(",", " ").strip()
    if not key:
        return []
    items = table().values()
    exact = [p.code for p in items if key in (p.code, title_key(p.fr), title_key(p.nl), *p.phrases)]
    if exact:
        return exact
    words = key.replace("_", " ").split()
    named = [p for p in items for name in (p.code.replace("_", " "), title_key(p.fr), title_key(p.nl), *p.phrases)
             if all(re.search(rf"\b{re.escape(w)}", name) for w in words)]
    return list(dict.fromkeys(p.code for p in named))


def code_for(word: str) -> Optional[str]:
    """The portfolio a ministry page's address names: its code, or its label in either language with
    hyphens for spaces (`justitie`, `sociale-zaken`, `affaires-sociales`); None when none or several."""
    if word in table():
        return word
    key = title_key(word.replace("-", " ").replace("_", " "))
    exact = [p.code for p in table().values() if key in (title_key(p.fr), title_key(p.nl))]
    if len(exact) == 1:
        return exact[0]
    found = lookup(word.replace("-", " "))
    return found[0] if len(found) == 1 else None
