"""What a query tree looks for, word by word: the terms each field is searched with, the
words snippets mark, the words passages are chosen by."""
from __future__ import annotations

from typing import Callable, Optional

from ..analysis import STOP_WORDS, base_words, fold, french_groups, french_terms
from ..index.fields import EXACT, FRENCH, analyse
from .language import PHRASE, PREFIX, WORD, And, Node, Not, Or, Text

Expand = Callable[[str], list[str]]


def word_groups(text: str) -> list[dict[str, tuple[str, ...]]]:
    """Per word of `text` that is not a stop word: its terms under each analysis."""
    words = [w for w in base_words(text) if w not in STOP_WORDS]
    return [{FRENCH: stems, EXACT: (fold(w),)} for w, stems in zip(words, french_groups(words))]


def has_text(node: Optional[Node]) -> bool:
    """Whether the query has words to rank by (not only filters and exclusions)."""
    if isinstance(node, (And, Or)):
        return any(has_text(n) for n in node.nodes)
    return isinstance(node, Text)


def _positive_texts(node: Optional[Node], unfielded_only: bool = True):
    if isinstance(node, (And, Or)):
        for child in node.nodes:
            yield from _positive_texts(child, unfielded_only)
    elif isinstance(node, Text) and (node.field is None or not unfielded_only):
        yield node


def passage_words(node: Optional[Node], expand: Expand) -> list[set[str]]:
    """The positive words of the query as passage terms, one set of accent variants per word."""
    out: list[set[str]] = []
    for n in _positive_texts(node):
        if n.kind == PREFIX:
            stems = {t for w in expand(fold(n.text).lower()) for t in french_terms(base_words(w))}
            if stems:
                out.append(stems)
        else:
            out.extend(set(group) for group in analyse(FRENCH, n.text))
    return out


def highlight_terms(node: Optional[Node]) -> tuple[frozenset, frozenset, tuple]:
    """What to mark in a passage: (stems, exact words, prefixes), from positive unfielded text clauses."""
    stems, words, prefixes = set(), set(), []
    for n in _positive_texts(node):
        if n.kind == WORD:
            stems.update(v for g in analyse(FRENCH, n.text) for v in g)
        elif n.kind == PHRASE:
            words.update(v for g in analyse(EXACT, n.text) for v in g)
        else:
            prefixes.append(fold(n.text).lower())
    return frozenset(stems), frozenset(words), tuple(prefixes)
