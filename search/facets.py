"""Every facet, declared once, with everything about it: the values a question carries (the index
column), what the URL and the search box call it in French and Dutch, which values it takes and
how a wrong one is refused, how it is counted, and its label and its values' labels in each
language of the site.

Every layer reads this table and none keeps a list of its own: the index writes one column per
facet (search.indexer.arrays) and reads it back (search.index.generation), the search box takes its
words (search.query.language), a request checks its values (search.service.request), a results
page counts it (`tally`), the site and the exports label it, the CLI offers it. Adding a facet
is one entry here plus its test.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Optional

import numpy as np

from .errors import Localized, QueryError
from .ministries import governments as govs
from .ministries import portfolios as ports
from .model import STATUSES, Question
from .text.fold import fold_key
from .text.languages import INTERFACE, LANGUAGES, NAMES as LANGUAGE_NAMES, language_code


@dataclass(frozen=True)
class FacetValue:
    value: str
    count: int
    selected: bool


@dataclass(frozen=True)
class Facet:
    name: str  # the key in the API, the JSON and the index; also the URL parameter
    label: dict[str, str]  # the sidebar's heading, per language of the site
    words: dict[str, tuple[str, ...]]  # the search box's field names per language (also accepted in URLs)
    values: Callable[[Question], list[str]]  # the values of one question
    order: str = "count"  # sidebar order: "count" (most frequent first), "value" (newest first), "closed" (table, last first)
    multi: bool = False  # a question can carry several values
    text_field: Optional[str] = None  # the index field that `word:…` searches in the search box
    sidebar: bool = True  # shown in the web page's sidebar (all are counted, in the API and the CLI)
    closed: Optional[dict[str, dict[str, str]]] = None  # its only values, each with its label per language
    typed: dict[str, str] = field(default_factory=dict)  # other words for a closed value (folded) -> the value
    check: Optional[Callable[[str, str], str]] = None  # a free value's rule: (value, example) -> value, or QueryError
    translated: bool = False  # values shown in the page's language, learned from the questions held in both
    paired: bool = False  # a value and its translation are one value: pairs learned from questions held in both
    lookup: Optional[Callable[[str], list[str]]] = None  # search box: the values a typed word means (OR)
    also: tuple[str, ...] = ()  # search box: where a word its lookup does not know is looked for next (a facet
    #                             with a lookup, or a text field)

    @property
    def aliases(self) -> tuple[str, ...]:
        """Every other name of the facet, in URLs and in the search box."""
        return tuple(dict.fromkeys(w for words in self.words.values() for w in words if w != self.name))

    def word(self, language: str = "fr") -> str:
        """The search box's field name in `language`: `annee`, `jaar`."""
        return (self.words.get(language) or self.words["fr"])[0]

    def accept(self, value: str, example: str, box: bool = False) -> str:
        """`value` as the index holds it, or QueryError saying what to write. `example` is how the user
        writes this filter (`year=…` in a URL, `annee:…` in the search box)."""
        if self.closed is not None:
            key = fold_key(value)
            if key not in self.closed and self.lookup is not None and (found := self.lookup(value)):
                key = found[0]
            found = self.typed.get(key) or self.typed.get(key.replace("-", " ")) or (key if key in self.closed else None)
            if found is not None:
                return found
            raise QueryError("valeur « %(value)s » inconnue pour le filtre %(name)s ; valeurs possibles : %(known)s",
                             value=value[:40], name=Localized(fr=self.word("fr"), nl=self.word("nl"), en=self.name),
                             known=self.known_values(box))
        return self.check(value, example) if self.check else value

    def known_values(self, box: bool = False) -> Localized:
        """A closed facet's values for a message: their labels in French and in Dutch (which a filter also
        takes; in the search box, hyphens for spaces: `en-attente`), the codes in English."""
        def words(lang: str) -> str:
            labels = (labels.get(lang, labels["fr"]) for labels in self.closed.values())
            return ", ".join(label.replace(" ", "-") if box else label for label in labels)

        return Localized(en=", ".join(self.closed), fr=words("fr"), nl=words("nl"))

    def value_label(self, value: str, language: str) -> str:
        """A closed value's label in `language` (the value itself for other facets)."""
        labels = (self.closed or {}).get(value)
        return labels.get(language, labels["fr"]) if labels else value

    def tally(self, column, docs: np.ndarray, rows: np.ndarray, chosen: set, limit: int,
              rest: Optional[np.ndarray] = None, firsts: Optional[np.ndarray] = None) -> list[FacetValue]:
        """Counts over the rows of mask `docs` (`rows` its indexes) of the index column of this facet
        (search.index.columns.FacetColumn): the `limit` most frequent values, then A-Z, the chosen
        ones always kept; a facet ordered by value (years) newest first. `rest`: the other rows, when known;
        `firsts`: the counts of the rows' first values, when counted with other facets' (FirstCodes)."""
        counts = column.count(docs, rows, rest, firsts)
        nonzero = counts.nonzero()[0]  # the arrays' methods: numpy's functions add a microsecond a call, 13 facets
        # most frequent, then A-Z: one key per value (ranks are distinct), the first `limit` partitioned out of
        # the hundreds a facet such as the descriptors holds, then only those sorted
        key = -counts[nonzero].astype(np.int64) * len(column.values) + column.rank[nonzero]
        if key.size > limit:
            top = key.argpartition(limit)[:limit]
            codes = nonzero[top[key[top].argsort()]]
        else:
            codes = nonzero[key.argsort()]
        values = column.values
        pairs = list(zip([values[i] for i in codes.tolist()], counts[codes].tolist()))
        if chosen:
            shown = {v for v, _ in pairs}
            if chosen - shown:  # a chosen value past the first `limit` is kept, in the same order
                later = [i for v in chosen - shown if (i := column.codes.get(v)) is not None and counts[i] > 0]
                later.sort(key=lambda i: (-int(counts[i]), int(column.rank[i])))
                pairs += [(values[i], int(counts[i])) for i in later]
            held = {v for v, _ in pairs}
            pairs += [(v, 0) for v in sorted(chosen - held)]  # chosen, and no row carries it
        if self.order == "value":
            pairs.sort(key=lambda kv: kv[0], reverse=True)
        elif self.order == "closed" and self.closed:
            place = {v: i for i, v in enumerate(self.closed)}
            pairs.sort(key=lambda kv: -place.get(kv[0], -1))
        return [FacetValue(v, c, v in chosen) for v, c in pairs]


def _one(value) -> list[str]:
    return [str(value)] if value not in (None, "") else []


def _languages(q: Question) -> list[str]:
    """The languages a question can be read in: its page's, and the other one's when the index has it."""
    other = (q.other_language or {}).get("language")
    return [q.language] + ([other] if other and other != q.language else [])


def _example(example, value: str):
    """How the user writes this filter (`annee:`, or one per language), followed by a value."""
    return Localized({k: v + value for k, v in example.items()}) if isinstance(example, Localized) else example + value


def _year(value: str, example) -> str:
    if not (value.isascii() and value.isdigit() and len(value) == 4):
        raise QueryError("année « %(value)s » : donnez quatre chiffres, par exemple %(example)s",
                         value=value[:40], example=_example(example, "2013"))
    return value


def _legislature(value: str, example) -> str:
    if not (value.isascii() and value.isdigit() and 0 < int(value) < 100):
        raise QueryError("législature « %(value)s » : donnez un numéro, par exemple %(example)s",
                         value=value[:40], example=_example(example, "5"))
    return str(int(value))


STATUS_LABELS = {  # in the order of precedence of search.model.STATUSES
    "answered": {"fr": "répondue", "nl": "beantwoord"},
    "withdrawn": {"fr": "retirée", "nl": "ingetrokken"},
    "requalified": {"fr": "requalifiée", "nl": "geherkwalificeerd"},
    "closed": {"fr": "clôturée", "nl": "afgesloten"},
    "lapsed": {"fr": "caduque", "nl": "vervallen"},
    "pending": {"fr": "en attente", "nl": "hangend"},
}
STATUS_WORDS = {  # what a user types for a status, folded (the labels above are also taken)
    "repondu": "answered", "reponse": "answered", "antwoord": "answered",
    "attente": "pending", "en-attente": "pending", "ouverte": "pending", "sans-reponse": "pending",
    "onbeantwoord": "pending", "in-behandeling": "pending", "wachtend": "pending",
    "caduc": "lapsed", "close": "closed", "classee": "closed", "gesloten": "closed",
    "retrait": "withdrawn",
}
RENDERINGS = {
    "web": {"fr": "page web", "nl": "webpagina"},
    "print": {"fr": "version imprimable", "nl": "printerversie"},
    "bilingual": {"fr": "version bilingue", "nl": "tweetalige versie"},
}


def _typed(closed: dict[str, dict[str, str]], extra: dict[str, str]) -> dict[str, str]:
    """A closed facet's words: each value's labels (folded, spaces as hyphens too), then `extra`."""
    out = {}
    for value, labels in closed.items():
        for label in labels.values():
            out[fold_key(label)] = out[fold_key(label).replace(" ", "-")] = value
    return {**out, **extra}


def _government(q: Question) -> list[str]:
    found = govs.government_on(q.asked_on)
    return [found.code] if found else []


def _lookup_government(text: str) -> list[str]:
    """The governments a user means: `di rupo`, `Michel I`, `michel` (both), a code."""
    key = fold_key(text).replace("_", " ").replace("-", " ")
    found = [g.code for g in govs.governments() if key in (g.code.replace("_", " "), fold_key(g.name))]
    return found or [g.code for g in govs.governments() if all(w in fold_key(g.name).split() for w in key.split())]


def _lookup_minister(text: str) -> list[str]:
    """The holders a user means by (part of) their name: `turtelboom`, `de block`."""
    words = fold_key(text).split()
    return [n for n in govs.names() if words and all(w in fold_key(n).split() for w in words)]


PORTFOLIO_LABELS = {p.code: {"fr": p.fr, "nl": p.nl} for p in ports.table().values()}
GOVERNMENT_LABELS = {g.code: {"fr": g.name, "nl": g.name} for g in govs.governments()}

FACETS: tuple[Facet, ...] = (
    Facet("status", {"fr": "Statut", "nl": "Status"}, {"fr": ("statut",), "nl": ("status",)},
          lambda q: [q.status], closed={s: STATUS_LABELS[s] for s in STATUSES},
          typed=_typed(STATUS_LABELS, STATUS_WORDS)),
    Facet("portfolio", {"fr": "Ministère", "nl": "Ministerie"},
          {"fr": ("ministere", "ministre", "portefeuille"), "nl": ("ministerie", "minister", "portefeuille")},
          lambda q: list(q.portfolios), multi=True, closed=PORTFOLIO_LABELS, lookup=ports.lookup,
          also=("holder", "addressee")),
    Facet("government", {"fr": "Gouvernement", "nl": "Regering"}, {"fr": ("gouvernement",), "nl": ("regering",)},
          _government, order="closed", closed=GOVERNMENT_LABELS, lookup=_lookup_government),
    Facet("holder", {"fr": "Ministre", "nl": "Minister"}, {"fr": ("titulaire",), "nl": ("bewindspersoon",)},
          lambda q: govs.holders_on(q.asked_on, q.portfolios, q.rank), multi=True, lookup=_lookup_minister),
    Facet("addressee", {"fr": "Titre du destinataire", "nl": "Titel van de geadresseerde"},
          {"fr": ("destinataire",), "nl": ("geadresseerde", "bestemmeling")}, lambda q: _one(q.addressee),
          text_field="addressee", translated=True, sidebar=False),
    Facet("author", {"fr": "Auteur", "nl": "Auteur"}, {"fr": ("auteur",), "nl": ("auteur",)},
          lambda q: _one(q.author), text_field="author"),
    Facet("party", {"fr": "Parti", "nl": "Partij"}, {"fr": ("parti",), "nl": ("partij",)},
          lambda q: _one(q.party), text_field="party"),
    Facet("year", {"fr": "Année", "nl": "Jaar"}, {"fr": ("annee", "année"), "nl": ("jaar",)},
          lambda q: _one(q.asked_on.year if q.asked_on else None), order="value", check=_year),
    Facet("legislature", {"fr": "Législature", "nl": "Zittingsperiode"},
          {"fr": ("legislature", "législature"), "nl": ("zittingsperiode", "legislatuur")},
          lambda q: _one(q.legislature), order="value", check=_legislature),
    Facet("descriptors", {"fr": "Descripteur", "nl": "Trefwoord"},
          {"fr": ("descripteur", "descriptor", "mot-cle"), "nl": ("trefwoord",)},
          lambda q: [d for d in q.descriptors if d], multi=True, text_field="descriptors", translated=True,
          paired=True),
    Facet("language", {"fr": "Langue", "nl": "Taal"}, {"fr": ("langue",), "nl": ("taal",)}, _languages, multi=True,
          closed={code: {lang: LANGUAGE_NAMES[code][lang] for lang in INTERFACE} for code in LANGUAGES},
          typed={word: code for word in ("francais", "neerlandais", "allemand", "frans", "nederlands", "duits",
                                         "french", "dutch", "german") for code in [language_code(word)]}),
    Facet("rendering", {"fr": "Version", "nl": "Versie"}, {"fr": ("version",), "nl": ("versie",)},
          lambda q: [q.rendering], sidebar=False, closed=RENDERINGS, typed=_typed(RENDERINGS, {})),
    Facet("rank", {"fr": "Rang", "nl": "Rang"}, {"fr": ("rang",), "nl": ("rang",)}, lambda q: _one(q.rank),
          sidebar=False, closed=ports.RANKS, typed=_typed(ports.RANKS, {})),
)
FACET_NAMES: tuple[str, ...] = tuple(f.name for f in FACETS)
BY_NAME: dict[str, Facet] = {f.name: f for f in FACETS}
ALIASES: dict[str, str] = {fold_key(alias): f.name for f in FACETS for alias in (f.name, *f.aliases)}


def facet_named(name: str) -> Optional[Facet]:
    """The facet a URL parameter or a search-box field names (any alias, accents or not), or None."""
    key = ALIASES.get(fold_key(name))
    return BY_NAME[key] if key else None


def count_facets(gen, base: np.ndarray, per_facet: dict[str, np.ndarray], filters: dict[str, list[str]],
                 limit: int, names: Optional[tuple[str, ...]] = None) -> dict[str, list[FacetValue]]:
    """Per facet (those of `names`, else every one), counts over the rows of `base` that every *other*
    active facet filter lets through (so that a count says what a click gives)."""
    out = {}
    wanted = [f for f in FACETS if names is None or f.name in names]
    groups: dict[tuple, list[Facet]] = {}  # the facets that apply the same filters count the same rows
    for facet in wanted:
        groups.setdefault(tuple(other for other in per_facet if other != facet.name), []).append(facet)
    batched = gen.first_codes()
    for others, members in groups.items():
        docs = base
        for other in others:
            docs = docs & per_facet[other]
        rows = np.flatnonzero(docs)
        rest = np.flatnonzero(~docs) if rows.size * 2 > docs.size else None
        firsts = {}
        if sum(f.name in batched.names for f in members) > 1:  # their first values counted at once
            firsts = batched.count(docs, rows, rest)
        for facet in members:
            column = gen.facets[facet.name]
            chosen = {column.canonical(v) for v in filters.get(facet.name, ())}  # a translation counts as its pair
            out[facet.name] = facet.tally(column, docs, rows, chosen, limit, rest, firsts.get(facet.name))
    return {f.name: out[f.name] for f in wanted}

