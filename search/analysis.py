"""French analysis for Whoosh: small picklable filters joined with `|`.

The schema pickles these classes into the index, so their import path
(`search.analysis`) is part of the index format: rename them and old indexes
no longer open.
"""
from __future__ import annotations

import re

import snowballstemmer
from unidecode import unidecode
from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer, StopFilter

from .inflection import FIXED_STEMS, STEM_ALIASES, base_forms

# An id like 5-8900 stays one token; other words split on hyphens, so that
# "administration-administré" and "a-t-elle" / "a t elle" meet. A word keeps
# an inner apostrophe so that ElisionFilter can see "l'" and "jusqu’".
TOKEN_PATTERN = r"\d{1,2}-\d{1,6}(?!\w)|\w+(?:['’´`]\w+)*"

ELISIONS = ("l", "d", "qu", "j", "n", "s", "c", "m", "t", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu")
ELISION_RE = re.compile(r"^(?:%s)['’´`](?=\w)" % "|".join(ELISIONS))

_STOP_WORDS = """
a à afin ai aie aient aies ait as au aucun aucune aupres auprès aussi autre autres aux avaient avais
avait avant avec avez aviez avions avoir avons ayant ayez ayons c ce ceci cela celle celles celui
ces cet cette ceux chaque ci comme comment d dans de des donc dont du elle elles en encore entre es
est et étaient étais était étant été êtes étions être eu eue eues eûmes eurent eus eusse eussent
eusses eussiez eussions eut eût eûtes eux furent fus fusse fussent fusses fussiez fussions fut fût
fûtes ici il ils j je jusqu l la le les leur leurs lui m ma mais me même mêmes mes moi mon n ne
ni nos notre nous on ont ou où par parce pas peu peut plus pour pourquoi qu quand que quel quelle
quelles quels qui s sa sans se sera serai seraient serais serait seras serez seriez serions serons
seront ses si son sont sous sur t ta te tes toi ton tous tout toute toutes très tu un une unes uns
vos votre vous y b e f g h i k o p q r u v w x z
"""
STOP_WORDS = frozenset(_STOP_WORDS.split()) | frozenset(unidecode(w) for w in _STOP_WORDS.split())

_stemmer = snowballstemmer.stemmer("french")  # uses PyStemmer's C code when it is installed
# Dutch: the Porter-style Snowball stemmer. The newer "dutch" one lengthens vowels
# (kinderbijslagen -> kinderbijslaag, but kinderbijslag -> kinderbijslag) and strips ge-
# (gevangenis -> vannis); tests/test_analysis.py holds the pairs that must meet.
_dutch_stemmer = snowballstemmer.stemmer("dutch_porter")
DUTCH_STOP_WORDS = frozenset("""
aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door dus een eens en er ge
geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in is ja je kan kon kunnen maar
me meer men met mij mijn moet na naar niet niets nog nu of om omdat ons ook op over reeds te tegen toch toen tot
u uit uw van veel voor want waren was wat werd wezen wie wil worden wordt zal ze zelf zich zij zijn zo zonder zou
""".split())
ALL_STOP_WORDS = STOP_WORDS | DUTCH_STOP_WORDS  # a query's words: its language is not known
_stem_cache: dict[str, tuple[str, ...]] = {}
_STEM_CACHE_MAX = 500_000


_fold_cache: dict[str, str] = {}


HOMOGLYPHS = str.maketrans({"ё": "ë", "Ё": "Ë", "і": "i", "ї": "ï"})  # Cyrillic letters typed for Latin ones


def fold(text: str) -> str:
    """Remove accents and other marks: `Média` -> `Media`, `Belgiё` (Cyrillic ё) -> `Belgie`."""
    if text.isascii():
        return text
    folded = _fold_cache.get(text)
    if folded is None:
        folded = unidecode(text.translate(HOMOGLYPHS))
        if len(_fold_cache) < _STEM_CACHE_MAX and len(text) < 40:
            _fold_cache[text] = folded
    return folded


def _reaccent(word: str) -> str:
    """Put back the accent of the past-participle endings a user typed without it.

    Snowball's French rules need the `é` of -ée/-ées/-és: `refugiee` stems to
    `refugie` but `réfugiée` to `réfugi`.
    """
    for plain, accented in (("ees", "ées"), ("ee", "ée"), ("es", "és"), ("e", "é")):
        if word.endswith(plain) and len(word) > len(plain) + 2:
            return word[: -len(plain)] + accented
    return word


def stem_variants(word: str) -> tuple[str, ...]:
    """Index terms for one lower-case word: stem-then-fold and fold-then-stem, of the word and of
    the singular and masculine forms Snowball misses (search.inflection).

    Stemming and folding disagree on accents (STYLE.md); emitting both, for
    documents and queries alike, makes `réfugiés`, `refugies` and `refugiee` meet.
    """
    cached = _stem_cache.get(word)
    if cached is not None:
        return cached
    variants = []
    for form in (word, *base_forms(word)):  # and its singular and masculine, where Snowball misses them
        folded = fold(form)
        fixed = FIXED_STEMS.get(folded)
        if fixed is not None:
            variants.append(fixed)
            continue
        variants += [fold(_stemmer.stemWord(form)), _stemmer.stemWord(folded)]
        if folded == form:  # typed without accents: also try the accented participle
            variants.append(fold(_stemmer.stemWord(_reaccent(folded))))
    result = tuple(dict.fromkeys(STEM_ALIASES.get(v, v) for v in variants if v))
    if len(_stem_cache) > _STEM_CACHE_MAX:
        _stem_cache.clear()
    _stem_cache[word] = result
    return result


_dutch_cache: dict[str, tuple[str, ...]] = {}


def dutch_variants(word: str) -> tuple[str, ...]:
    """Index terms for one lower-case Dutch word: stem-then-fold and fold-then-stem
    (`België`, `Belgie` and `Belgiё` meet)."""
    cached = _dutch_cache.get(word)
    if cached is None:
        folded = fold(word)
        cached = tuple(dict.fromkeys(v for v in (fold(_dutch_stemmer.stemWord(word)), _dutch_stemmer.stemWord(folded)) if v))
        if len(_dutch_cache) > _STEM_CACHE_MAX:
            _dutch_cache.clear()
        _dutch_cache[word] = cached
    return cached


def dutch_groups(words: list[str]) -> list[tuple[str, ...]]:
    """french_groups() for Dutch text: Dutch stop words dropped, Dutch stems."""
    return [(fold(w),) if w[:1].isdigit() else dutch_variants(w) for w in words if w not in DUTCH_STOP_WORDS]


def stem_groups(words: list[str], language: str) -> list[tuple[str, ...]]:
    """The stemmed terms of words in `language` ("nl" Dutch, anything else French), one tuple per position."""
    return dutch_groups(words) if language == "nl" else french_groups(words)


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


# -- the indexer's fast path ---------------------------------------------------------
# The same terms as french_analyzer() and exact_analyzer(), computed once per text
# without Whoosh's token objects. Whoosh fields accept such lists as pre-analysed
# values, so a passage is analysed once and its terms feed the passage document and
# the question document alike. tests/test_analysis.py holds both paths equal.

TOKEN_RE = re.compile(TOKEN_PATTERN)
_APOSTROPHES = str.maketrans({"’": "'", "´": "'", "`": "'"})


def base_words(text: str) -> list[str]:
    """Tokenized, lower-cased, apostrophes unified, elisions removed."""
    return [token_word(match.group().lower()) for match in TOKEN_RE.finditer(text)]


def token_word(token: str) -> str:
    """The word of one lower-cased token: apostrophes unified, elision removed."""
    if token.isalnum():
        return token
    token = token.translate(_APOSTROPHES)
    return ELISION_RE.sub("", token) if "'" in token else token


def french_terms(words: list[str]) -> list[str]:
    """french_analyzer()'s terms, from base_words()."""
    return [term for group in french_groups(words) for term in group]


def french_groups(words: list[str]) -> list[tuple[str, ...]]:
    """french_analyzer()'s terms grouped by position: one tuple of accent variants per
    word that is not a stop word (positions renumbered past stop words, as StopFilter does)."""
    out = []
    for word in words:
        if word in STOP_WORDS:
            continue
        out.append((fold(word),) if word[:1].isdigit() else stem_variants(word))
    return out


def exact_terms(words: list[str]) -> list[str]:
    """exact_analyzer()'s terms, from base_words()."""
    return [fold(word) for word in words]


def analyze(analyzer, text: str) -> list[str]:
    """The terms `analyzer` makes of `text`, for tests and debugging."""
    return [t.text for t in analyzer(text)]
