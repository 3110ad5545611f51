"""The Whoosh analyzers: small picklable filters joined with `|`, making the same terms as
search.text.bilingual (tests/text/test_analyzers.py holds both paths equal).

The schema pickles these classes into the index, so this module's import path
(`search.text.analyzers`) and the classes' names are part of the index format
(search.index.codec.FORMAT): rename them and old indexes no longer open.
"""
from __future__ import annotations

from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer, StopFilter

from .fold import fold
from .french import STOP_WORDS, stem_variants
from .tokens import ELISION_RE, TOKEN_PATTERN


class ApostropheFilter(Filter):
    """Turn `’`, `´` and backquote into `'`."""

    def __call__(self, tokens):
        for t in tokens:
            if not t.text.isalnum():
                t.text = t.text.replace("’", "'").replace("´", "'").replace("`", "'")
            yield t


class ElisionFilter(Filter):
    """Drop elided articles and pronouns: `l'État` -> `État`, `jusqu'au` -> `au`."""

    def __call__(self, tokens):
        for t in tokens:
            if "'" in t.text:
                t.text = ELISION_RE.sub("", t.text)
            yield t


class FoldFilter(Filter):
    """Remove accents: `médias` -> `medias`."""

    def __call__(self, tokens):
        for t in tokens:
            t.text = fold(t.text)
            yield t


class FrenchStemFilter(Filter):
    """Snowball French stems, emitting each accent variant at the same position."""

    def __call__(self, tokens):
        for t in tokens:
            if t.stopped or t.text[:1].isdigit():
                t.text = fold(t.text)
                yield t
                continue
            for variant in stem_variants(t.text):
                t.text = variant
                yield t


def _base():
    return RegexTokenizer(TOKEN_PATTERN) | LowercaseFilter() | ApostropheFilter() | ElisionFilter()


def french_analyzer():
    """Stemmed, accent-folded, stop words removed: body text, titles, descriptors."""
    return _base() | StopFilter(stoplist=STOP_WORDS, minsize=1) | FrenchStemFilter()


def exact_analyzer():
    """Accent-folded words, unstemmed and with stop words kept: quoted phrases."""
    return _base() | FoldFilter()


def analyze(analyzer, text: str) -> list[str]:
    """The terms `analyzer` makes of `text`, for tests and debugging."""
    return [t.text for t in analyzer(text)]
