"""The query language of the search box (French words, their Dutch twins), parsed to a small tree.

    médias sociaux            words are ANDed
    asile OU migration        OU / OR / OF
    asile SAUF dublin         SAUF / NOT / NIET / a leading -
    "médias sociaux"          exact phrase (accents and case still ignored, no stemming)
    assur*                    prefix
    auteur:taelman  parti:"open vld"  ministre:intérieur  titre:…  descripteur:…
    statut:répondue  legislature:5  annee:2013  date:2013  date:2013-04  date:2012-01..2013-06
    5-8917                    alone: that question

The field names come from the facet table (search.facets) and TITLE_NAMES; the tree is
evaluated by search.matching.evaluator. Nothing here knows about the index.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field as attribute, replace
from datetime import datetime
from typing import Optional, Union

from ..errors import Localized, QueryError
from ..facets import BY_NAME as FACET_BY_NAME, FACETS, facet_named
from ..ids import is_id
from ..text.fold import INVISIBLE_RE, fold, fold_key

MAX_QUERY_CHARS = 1000
MAX_CLAUSES = 64
MIN_PREFIX = 2
MAX_PREFIX_TERMS = 200  # a prefix matches at most this many indexed words, the most frequent
WORD, PHRASE, PREFIX = "word", "phrase", "prefix"


# -- the tree -----------------------------------------------------------------------

# every node keeps the text it was parsed from (`typed`, not part of its value: two nodes that mean the same
# are equal), so that a rewritten tree (search.widening: a spelling fixed, a word dropped) is written back
# as the user wrote it wherever the rewrite left it alone (query_text)
TYPED = attribute(default="", compare=False, repr=False)

@dataclass(frozen=True)
class Text:
    """Words to find: `kind` is WORD (each word, stemmed), PHRASE (consecutive, unstemmed)
    or PREFIX; `field` an index field (search.index.fields), None for the whole question."""
    kind: str
    text: str
    field: Optional[str] = None
    typed: str = TYPED


@dataclass(frozen=True)
class Filter:
    """A fixed value: a facet (status, legislature, year), a date range, a question id."""
    field: str
    value: object
    typed: str = TYPED


@dataclass(frozen=True)
class Not:
    node: "Node"
    typed: str = TYPED


@dataclass(frozen=True)
class And:
    nodes: tuple
    typed: str = TYPED


@dataclass(frozen=True)
class Or:
    nodes: tuple
    typed: str = TYPED


Node = Union[Text, Filter, Not, And, Or]

# the search box's fields that are not facets: (index field or filter, names per language)
OTHER_FIELDS = (
    ("title", {"fr": ("titre", "title"), "nl": ("titel",)}),
    ("date", {"fr": ("date",), "nl": ("datum",)}),
    ("id", {"fr": ("numero", "id"), "nl": ("nummer",)}),
)
TITLE_NAMES = tuple(n for names in OTHER_FIELDS[0][1].values() for n in names)
# search-box field name (folded) -> index text field: the title, and the facets that have one
TEXT_FIELDS = {**{n: "title" for n in TITLE_NAMES},
               **{fold_key(alias): f.text_field for f in FACETS if f.text_field for alias in (f.name, *f.aliases)}}
FILTER_FIELDS = {**{fold_key(alias): f.name for f in FACETS if not f.text_field for alias in (f.name, *f.aliases)},
                 **{n: key for key, names in OTHER_FIELDS[1:] for ns in names.values() for n in ns}}


def field_names(language: str) -> str:
    """The search box's field names in `language`, for messages and help: `auteur, parti, …, date`."""
    names = [f.word(language) for f in FACETS] + [names.get(language, names["fr"])[0] for _, names in OTHER_FIELDS]
    return ", ".join(dict.fromkeys(names))


KNOWN_FIELDS = Localized(fr=field_names("fr"), nl=field_names("nl"), en=field_names("fr"))
OR_WORDS, AND_WORDS, NOT_WORDS = ("OU", "OR", "OF"), ("ET", "AND", "EN"), ("SAUF", "NOT", "NIET")
TOKEN_RE = re.compile(
    r'\s*(?:(?P<open>\()|(?P<close>\))|(?P<neg>-)(?=[\w"(])'
    r'|(?P<field>[^\W\d_][\w-]*):(?=\S)'
    r'|"(?P<phrase>[^"]*)"|(?P<quote>")'
    r'|(?P<word>[^\s()"]+))'
)
QUOTES = str.maketrans({"«": '"', "»": '"', "“": '"', "”": '"', "„": '"'})


def parse_query(text: str) -> Optional[Node]:
    """The tree of a query; None for an empty one (every question). Raises QueryError."""
    text = INVISIBLE_RE.sub(" ", text or "").translate(QUOTES).strip()
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError("requête trop longue (%(chars)d caractères, maximum %(limit)d) : raccourcissez-la",
                         chars=len(text), limit=MAX_QUERY_CHARS)
    if not text:
        return None
    parser = _Parser(_tokens(text), text)
    node = parser.expression()
    if parser.peek() is not None:
        raise QueryError("parenthèse fermante « ) » sans parenthèse ouvrante : retirez-la ou ajoutez « ( »")
    if _count(node) > MAX_CLAUSES:
        raise QueryError("requête trop complexe (plus de %(limit)d termes) : simplifiez-la", limit=MAX_CLAUSES)
    return node


def _tokens(text: str) -> list[tuple[str, str, int, int]]:
    """(kind, value, start, end): each token of the query and where it stands in `text` (quotes and the
    field's colon included)."""
    tokens = []
    for m in TOKEN_RE.finditer(text):
        kind = m.lastgroup
        if kind is None:
            continue
        if kind == "quote":
            raise QueryError("guillemet « \" » non fermé : ajoutez le guillemet fermant ou retirez-le")
        value = m.group(kind)
        start = m.start(kind) - (kind == "phrase")
        if kind == "word" and value.endswith(":") and _is_field(value[:-1]):
            kind, value = "field", value[:-1]  # `auteur:` at the end, or `auteur: taelman`: the field, its value next
        tokens.append((kind, value, start, m.end()))
    return tokens


def _is_field(name: str) -> bool:
    key = fold_key(name)
    return bool(key) and (key in TEXT_FIELDS or key in FILTER_FIELDS)


class _Parser:
    def __init__(self, tokens, text: str):
        self.tokens, self.text, self.i, self.depth = tokens, text, 0, 0

    def peek(self):
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self):
        self.i += 1
        return self.tokens[self.i - 1]

    def typed(self, node: Optional[Node], first: int) -> Optional[Node]:
        """`node` with the text of the tokens from `first` to the last one taken."""
        if node is None or first >= self.i:
            return node
        return replace(node, typed=self.text[self.tokens[first][2]:self.tokens[self.i - 1][3]])

    def expression(self) -> Optional[Node]:
        first = self.i
        branches = [self.conjunction()]
        while self._is_op(*OR_WORDS):
            self.take()
            branches.append(self.conjunction())
        branches = [b for b in branches if b is not None]
        if not branches:
            return None
        return branches[0] if len(branches) == 1 else self.typed(Or(tuple(branches)), first)

    def conjunction(self) -> Optional[Node]:
        first = self.i
        nodes = []
        while (tok := self.peek()) is not None and tok[0] != "close" and not self._is_op(*OR_WORDS):
            if self._is_op(*AND_WORDS):
                self.take()
                continue
            node = self.unary()
            if node is not None:
                nodes.append(node)
        if not nodes:
            return None
        return nodes[0] if len(nodes) == 1 else self.typed(And(tuple(nodes)), first)

    def unary(self) -> Optional[Node]:
        first = self.i
        if self._is_op(*NOT_WORDS) or (self.peek() and self.peek()[0] == "neg"):
            self.take()
            if self.peek() is None:
                raise QueryError("« SAUF » ou « - » doit être suivi d'un mot à exclure")
            inner = self.unary()
            return self.typed(Not(inner), first) if inner is not None else None
        return self.typed(self.primary(), first)

    def primary(self) -> Optional[Node]:
        kind, value, _, _ = self.take()
        if kind == "open":
            self.depth += 1
            if self.depth > 20:
                raise QueryError("trop de parenthèses imbriquées (20 au plus) : simplifiez la requête")
            node = self.expression()
            if self.peek() is None:
                raise QueryError("parenthèse « ( » non fermée : ajoutez « ) » ou retirez-la")
            self.take()
            self.depth -= 1
            return node
        if kind == "close":  # pragma: no cover - conjunction stops before ")"
            raise QueryError("parenthèse fermante « ) » sans parenthèse ouvrante")
        if kind == "field":
            return self.fielded(value)
        if kind == "phrase":
            return Text(PHRASE, value) if value.strip() else None
        if kind == "neg":  # a lone "-" between words
            return None
        return _word(value, None)

    def fielded(self, name: str) -> Optional[Node]:
        key = fold_key(name)
        if key not in TEXT_FIELDS and key not in FILTER_FIELDS:
            raise QueryError("champ inconnu « %(name)s: » ; champs possibles : %(known)s. "
                             "Pour chercher le mot lui-même, mettez-le entre guillemets : \"%(name)s:\"",
                             name=name, known=KNOWN_FIELDS)
        if self.peek() is None:
            raise QueryError("« %(name)s: » doit être suivi d'une valeur, par exemple %(name)s:valeur", name=name)
        kind, value, _, _ = self.take()
        if kind not in ("word", "phrase"):
            raise QueryError("« %(name)s: » doit être suivi d'un mot ou d'une \"expression entre guillemets\"", name=name)
        if key in TEXT_FIELDS:
            field = TEXT_FIELDS[key]
            return Text(PHRASE, value, field) if kind == "phrase" else _word(value, field)
        facet = FACET_BY_NAME.get(FILTER_FIELDS[key])
        if facet is not None and facet.lookup is not None:
            return _looked_up(facet, value.strip(), kind)
        return _filter(FILTER_FIELDS[key], value.strip(), name)

    def _is_op(self, *words) -> bool:
        tok = self.peek()
        return tok is not None and tok[0] == "word" and tok[1] in words


def _word(value: str, field: Optional[str]) -> Optional[Node]:
    if value.endswith("*"):
        stem = value.rstrip("*")
        if len(fold(stem).strip("'’-")) < MIN_PREFIX:
            raise QueryError("« %(value)s » : mettez au moins %(min)d lettres avant « * »", value=value, min=MIN_PREFIX)
        return Text(PREFIX, stem, field)
    if field is None and is_id(value):
        return Or((Filter("id", value), Text(WORD, value)))
    return Text(WORD, value, field)


def _looked_up(facet, value: str, kind: str) -> Node:
    """`ministre:justice`: the values of a facet the typed words mean (OR), else of the facets it says come
    next (`ministre:turtelboom`: a holder's name), else the words in the text field it names last."""
    for name in (facet.name, *facet.also):
        other = FACET_BY_NAME[name]
        if other.lookup is not None:
            found = other.lookup(value)
            if found:
                filters = tuple(Filter(other.name, v) for v in found)
                return filters[0] if len(filters) == 1 else Or(filters)
        elif other.text_field:
            return Text(PHRASE, value, other.text_field) if kind == "phrase" else _word(value, other.text_field)
    known = Localized(en=", ".join(list(facet.closed)[-5:]), **{
        lang: ", ".join(labels.get(lang, labels["fr"]) for labels in list(facet.closed.values())[-5:])
        for lang in ("fr", "nl")}) if facet.closed else ""
    raise QueryError("« %(value)s » ne correspond à aucune valeur du filtre %(name)s ; par exemple : %(known)s",
                     value=value[:40], name=Localized(fr=facet.word("fr"), nl=facet.word("nl"), en=facet.name),
                     known=known)


def _filter(key: str, value: str, typed: str) -> Node:
    """A filter of the search box: `typed` is the field name as the user wrote it."""
    if key == "id":
        if not is_id(value):
            raise QueryError("numéro « %(value)s » : donnez-le sous la forme 5-8917", value=value)
        return Filter("id", value)
    if key != "date":  # a facet: its value checked by the facet table
        return Filter(key, facet_named(key).accept(value, f"{typed}:", box=True))
    start, _, end = value.partition("..")
    return Filter("asked_on", date_range(start, end or start))


def date_range(start: str, end: str) -> tuple[Optional[datetime], Optional[datetime]]:
    """`2013`, `2013-04`, `2013-04-30`, either side may be empty: first and last day covered."""
    first, last = (_date_bound(start, first=True) if start else None, _date_bound(end, first=False) if end else None)
    if first and last and first > last:
        raise QueryError("dates à l'envers « %(value)s » : la première doit précéder la seconde, %(fixed)s",
                         value=f"{start}..{end}", fixed=f"{end}..{start}")
    return first, last


def _date_bound(text: str, first: bool) -> datetime:
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", text.strip())
    try:
        if not m:
            raise ValueError
        year, month, day = int(m.group(1)), m.group(2), m.group(3)
        if month is None:
            return datetime(year, 1, 1) if first else datetime(year, 12, 31)
        month = int(month)
        if day is None:
            return datetime(year, month, 1) if first else datetime(year, month, calendar.monthrange(year, month)[1])
        return datetime(year, month, int(day))
    except ValueError:
        raise QueryError("date « %(value)s » : écrivez 2013, 2013-04, 2013-04-30 ou un intervalle 2012-01..2013-06",
                         value=text) from None


# -- rewriting a tree, and writing it back ---------------------------------------------

FIELD_WORDS: dict[str, str] = {}  # index text field -> a search-box name for it (the first the table gives)
for _name, _field in TEXT_FIELDS.items():
    FIELD_WORDS.setdefault(_field, _name)


def rewrite(node: Optional[Node], leaf) -> Optional[Node]:
    """`node` with each word, phrase or prefix (not under an exclusion) given to `leaf`, which returns it,
    another node, a tuple of nodes (the words left of one) or None (dropped). What did not change is
    returned as it was (its text as typed kept); None when nothing is left."""
    out = _rewritten(node, leaf)
    if isinstance(out, tuple):  # a query of one word that became several
        return out[0] if len(out) == 1 else And(out) if out else None
    return out


def _rewritten(node: Optional[Node], leaf):
    if isinstance(node, Text):
        return leaf(node)
    if not isinstance(node, (And, Or)) or any(isinstance(child, Filter) for child in node.nodes):
        return node  # filters, exclusions, a question's number (its id or the word) stay as they are
    children = []
    for child in node.nodes:
        new = _rewritten(child, leaf)
        if isinstance(new, tuple) and len(new) > 1 and isinstance(node, Or):
            new = And(new)  # the words left of one branch: all of them, still one branch
        children.extend(new if isinstance(new, tuple) else () if new is None else (new,))
    if len(children) == len(node.nodes) and all(a is b for a, b in zip(children, node.nodes)):
        return node
    if not children:
        return None
    return children[0] if len(children) == 1 else type(node)(tuple(children))


def query_text(node: Optional[Node]) -> str:
    """The search-box text of a tree: as typed where it was parsed, written anew where a rewrite made it;
    parse_query(query_text(node)) == node."""
    if node is None:
        return ""
    if node.typed:
        return node.typed
    if isinstance(node, Text):
        body = f'"{node.text}"' if node.kind == PHRASE else node.text + ("*" if node.kind == PREFIX else "")
        return f"{FIELD_WORDS[node.field]}:{body}" if node.field else body
    if isinstance(node, Not):
        return "-" + _grouped(node.node)
    if isinstance(node, And):
        return " ".join(_grouped(child) for child in node.nodes)
    if isinstance(node, Or):
        return " OU ".join(_grouped(child) for child in node.nodes)
    raise ValueError(f"a filter is written back only as typed: {node!r}")  # rewrites never make one


def _grouped(node: Node) -> str:
    """A node inside another: in parentheses when it holds several (so that it parses back the same)."""
    text = query_text(node)
    several = isinstance(node, (And, Or)) and not (node.typed.startswith("(") and node.typed.endswith(")"))
    return f"({text})" if several else text


def _count(node) -> int:
    if isinstance(node, (And, Or)):
        return sum(_count(n) for n in node.nodes)
    if isinstance(node, Not):
        return _count(node.node)
    return 1
