"""French: stop words and Snowball stems, each word's accent variants and guessed base forms.

Stop words and the Snowball French stemmer expect accented words, but users type without
accents, and the two orders disagree (folding first breaks réfugiés/réfugiée; stemming
first makes a bare "refugies" stem differently). Each word is therefore stemmed both
ways, and both terms stand at its position; so are its singular and masculine forms
where Snowball misses them (search.text.inflection).
"""
from __future__ import annotations

import snowballstemmer
from unidecode import unidecode

from .fold import fold
from .inflection import FIXED_STEMS, STEM_ALIASES, base_forms

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
_cache: dict[str, tuple[str, ...]] = {}
_CACHE_MAX = 500_000


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
    the singular and masculine forms Snowball misses (search.text.inflection)."""
    cached = _cache.get(word)
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
    if len(_cache) > _CACHE_MAX:
        _cache.clear()
    _cache[word] = result
    return result


def french_groups(words: list[str]) -> list[tuple[str, ...]]:
    """The stemmed terms of base words, one tuple of accent variants per word that is not a
    stop word (positions renumbered past stop words, as Whoosh's StopFilter does)."""
    out = []
    for word in words:
        if word in STOP_WORDS:
            continue
        out.append((fold(word),) if word[:1].isdigit() else stem_variants(word))
    return out


def french_terms(words: list[str]) -> list[str]:
    """french_groups() flattened."""
    return [term for group in french_groups(words) for term in group]
