"""What a query tree looks for, word by word: the terms each field is searched with, the
words snippets mark, the words passages are chosen by."""
from __future__ import annotations

import functools

from typing import Callable, Optional

from ..text.bilingual import ALL_STOP_WORDS, EXACT, FRENCH, analyse, query_groups
from ..text.dutch import dutch_groups
from ..text.french import french_groups
from ..text.dutch_inflection import singular as dutch_singular
from ..text.fold import fold
from ..text.inflection import base_forms
from ..text.synonyms import synonyms
from ..text.tokens import base_words
from .language import PHRASE, PREFIX, WORD, And, Node, Or, Text

Expand = Callable[[str], list[str]]


SYNONYMS = True  # a word also looks for the words the archive uses for the same thing (search.text.synonyms)


def word_groups(text: str) -> list[dict[str, tuple[str, ...]]]:
    """Per word of `text` that is not a stop word (in French or Dutch): its terms under each analysis (the
    stemmed ones with those of its synonyms)."""
    return [{FRENCH: _terms(w, SYNONYMS), EXACT: (fold(w),)} for w in base_words(text) if w not in ALL_STOP_WORDS]


@functools.lru_cache(maxsize=65536)
def _terms(w: str, with_synonyms: bool) -> tuple[str, ...]:
    """One word's stemmed terms (a word's own, whatever the words around it), worked out once: a search asks
    for them in every field and again for its snippets."""
    # an inflected word also looks for its base forms' terms in both analyses (`gevangenissen` for
    # those of `gevangenis`), so that it finds what they find; then its synonyms'
    # (a French base form in French analysis, a Dutch singular in Dutch analysis: the other language's
    # stemmer would make noise of it)
    group = query_groups([w])[0]
    base = [t for g in french_groups([f for f in base_forms(w) if f not in ALL_STOP_WORDS]) for t in g] + \
        [t for g in dutch_groups([f for f in dutch_singular(w) if f not in ALL_STOP_WORDS]) for t in g]
    others = tuple(o for o in (synonyms(w) if with_synonyms else ()) if o not in ALL_STOP_WORDS and o != w)
    return tuple(dict.fromkeys(group + tuple(base) + tuple(t for g in query_groups(list(others)) for t in g)))


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
            found = {t for w in expand(fold(n.text).lower()) for g in word_groups(w) for t in g[FRENCH]}
            if found:
                out.append(found)
        else:
            out.extend(set(g[FRENCH]) for g in word_groups(n.text))
    return out


def highlight_terms(node: Optional[Node]) -> tuple[frozenset, frozenset, tuple]:
    """What to mark in a passage: (stems, exact words, prefixes), from positive unfielded text clauses."""
    marked, words, prefixes = set(), set(), []
    for n in _positive_texts(node):
        if n.kind == WORD:
            marked.update(v for g in word_groups(n.text) for v in g[FRENCH])
        elif n.kind == PHRASE:
            words.update(v for g in analyse(EXACT, n.text) for v in g)
        else:
            prefixes.append(fold(n.text).lower())
    return frozenset(marked), frozenset(words), tuple(prefixes)
