"""The ministry a question concerns, when its addressee's title covers several.

A title such as "vice-première ministre et ministre des Affaires sociales et de la Santé publique,
chargée de Beliris et des Institutions culturelles fédérales" names four portfolios; a question to
it is about one of them. Filing every such question under all four makes Beliris count hospital
questions. So each question is filed under the portfolio(s) of its title that its subject belongs
to, learned from the archive itself, over the whole generation once it is written (so that an
update files every question as a fresh build of the same files does):

1. a title naming one portfolio: that one;
2. the portfolios of the title that the question's own title or descriptors name, in the language
   they are written in, by a phrase of the portfolio table or one of the words it lists for the
   portfolio's subject ("Beliris - …", a descriptor "politique agricole", "hôpital", a Dutch compound
   "ambtenarenpensioen"), a longer name winning over a part of it, compared by stems ("sécurité sociale"
   is not "sécurité"; "fraude fiscale" is not "fiscalité");
3. else the portfolio its descriptors and title words point to: each of them (a French descriptor and
   its Dutch translation counted as one) shares one vote among the title's portfolios in proportion
   to the questions whose subject is known (addressed to one portfolio, or naming the one of their
   title's they are about) that carry it, a title word half as much as a descriptor; the title's
   portfolio with a clear majority of the votes wins (`MAJORITY`, from a title word's worth, `LEAST`);
4. else the title's main portfolios, those it names before any "chargé(e) de" / "belast met" (a
   minister's lesser charges are not where a question goes by default), or all of them.

The result replaces the ministry facet's column (search.index.generation); the title's own portfolios
stay in the stored record and the title stays searchable. tests/ministries/concerns.py measures it
on a judged set (README, Ministries and governments).
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np

from ..index import codec
from ..ministries.portfolios import read_title, table
from ..text.bilingual import stem_groups
from ..text.tokens import base_words

PRIME = "prime_minister"
MAJORITY = 0.6  # the share of the votes the winning portfolio must have
WEIGHT = {"d": 1.0, "t": 0.5}  # a descriptor's vote, a title word's
LEAST = 0.5  # the winner's votes: a title word's worth at least
COMPOUNDS = 10_000  # the compounds a Dutch subject word finds, at most (all, in practice)


def classify(folder: Path) -> None:
    """Write `folder`'s generation-level ministry column (codec.CONCERNS): see the module's doc."""
    from ..index.generation import (
        Generation,  # the generation as written, its ministry column still the titles'
    )

    for name in (codec.CONCERN_DOC, codec.CONCERN_VAL):
        (folder / f"{name}.npy").unlink(missing_ok=True)
    (folder / codec.CONCERNS).unlink(missing_ok=True)
    gen = Generation(folder)
    try:
        rows, values = concerns(gen)
    finally:
        gen.close()
    doc = np.array([r for r, found in enumerate(rows) for _ in found], dtype=np.int64)
    code = {v: i for i, v in enumerate(values)}
    val = np.array([code[v] for found in rows for v in found], dtype=np.int32)
    codec.save(folder, codec.CONCERN_DOC, doc)
    codec.save(folder, codec.CONCERN_VAL, val)
    codec.save_json(folder, codec.CONCERNS, values)


def concerns(gen) -> tuple[list[list[str]], list[str]]:
    """Per row of `gen`, the portfolios its question concerns; and every value, in first-seen order."""
    portfolio, addressee = gen.facets["portfolio"], gen.facets["addressee"]
    titles = [[p for p in portfolio.values_of(r) if p != PRIME] for r in range(gen.size)]
    several = [r for r in range(gen.size) if len(titles[r]) > 1 and gen.live[r]]
    named = _named(gen, {p for r in several for p in titles[r]})
    chosen: dict[int, list[str]] = {}
    for row in several:  # 2. what the question names
        hits = [p for p in titles[row] if row in named.get(p, ())]
        if hits:
            chosen[row] = _longest(hits, row, named)
    features = _features(gen)
    votes = _votes(gen, titles, chosen, features)
    readings: dict[str, tuple] = {}
    ptr, ids, descriptors = features
    for row in several:
        if row in chosen:
            continue
        own = titles[row]
        tally = Counter()
        for f in ids[ptr[row]:ptr[row + 1]].tolist():  # 3. what the questions that share its descriptors and title words are about
            among = {p: n for p in own if (n := votes.get((f, p)))}
            total = sum(among.values())
            for p, n in among.items():
                tally[p] += WEIGHT["d" if f < descriptors else "t"] * n / total
        if tally:
            best, n = tally.most_common(1)[0]
            if n >= LEAST and n >= MAJORITY * sum(tally.values()):
                chosen[row] = [best]
                continue
        title = addressee.value(row) or ""  # 4. the title's main portfolios
        if title not in readings:
            readings[title] = read_title(title).secondary
        chosen[row] = [p for p in own if p not in readings[title]] or own
    out = [chosen.get(r) or portfolio.values_of(r) for r in range(gen.size)]
    values = list(dict.fromkeys(v for found in out for v in found))
    return out, values


def _features(gen) -> tuple[np.ndarray, np.ndarray, int]:
    """Per row, what its subject is read from: its descriptors (a French one and its Dutch translation one
    feature) and the stemmed words of its title, each once, as ids: (ptr, ids, descriptors), row r's
    features being ids[ptr[r]:ptr[r + 1]], ascending, those below `descriptors` descriptors and the others
    title words. Arrays, not a set of tuples per row: at 200,000 questions those took 250 MB."""
    column = gen.facets["descriptors"]
    group = column.group if column.group is not None else np.arange(len(column.values))
    descriptors = len(column.values)
    rows = [np.asarray(column.doc, dtype=np.int64)]
    ids = [np.asarray(group, dtype=np.int64)[np.asarray(column.val, dtype=np.int64)]]
    words: dict[str, int] = {}  # a title word -> its feature id, less `descriptors`
    for part in gen.fields["title"].parts:
        counts = np.diff(np.asarray(part.ptr))
        if not counts.size:
            continue
        term = np.repeat(np.arange(counts.size), counts)
        found = np.unique(term)
        local = np.zeros(counts.size, dtype=np.int64)
        local[found] = [descriptors + words.setdefault(part.lexicon.term(i), len(words)) for i in found.tolist()]
        rows.append(np.asarray(part.doc).astype(np.int64) + part.offset)
        ids.append(local[term])
    width = descriptors + len(words) + 1
    key = np.unique(np.concatenate(rows) * width + np.concatenate(ids))  # each (row, feature) once, by row
    by_row = key // width
    ptr = np.r_[0, np.cumsum(np.bincount(by_row, minlength=gen.size))].astype(np.int64)
    return ptr, (key % width).astype(np.int32), descriptors


def _votes(gen, titles: list[list[str]], chosen: dict[int, list[str]], features) -> dict[tuple[int, str], int]:
    """Per (feature, portfolio), how many questions whose subject is known carry it: those addressed to one
    portfolio, and those that name the one of their title's they are about."""
    ptr, ids, _ = features
    known = np.full(gen.size, -1, dtype=np.int64)
    codes: dict[str, int] = {}
    for row, own in enumerate(titles):
        subject = own if len(own) == 1 else chosen.get(row) if row in chosen and len(chosen[row]) == 1 else None
        if subject and gen.live[row]:
            known[row] = codes.setdefault(subject[0], len(codes))
    names, width = list(codes), max(1, len(codes))
    carrier = np.repeat(known, np.diff(ptr))  # each feature's row's known portfolio
    held = carrier >= 0
    pairs, counts = np.unique(ids[held].astype(np.int64) * width + carrier[held], return_counts=True)
    return {(k // width, names[k % width]): n for k, n in zip(pairs.tolist(), counts.tolist())}


def _named(gen, wanted: set[str]) -> dict[str, dict[int, list[frozenset[tuple[str, ...]]]]]:
    """Per portfolio of `wanted`: the rows whose title or descriptors name it (its label or a word of its
    subject, each in its language's analysis, every word, in a question that can be read in that language:
    the Dutch "arts", a doctor, is not the French "arts"), with the phrases found, each as its words' stems."""
    out: dict[str, dict[int, list[frozenset[tuple[str, ...]]]]] = {}
    column = gen.facets["language"]
    readable = {}  # per language: which rows can be read in it
    for i, code in enumerate(column.values):
        readable[code] = np.zeros(gen.size, dtype=bool)
        readable[code][np.asarray(column.doc)[np.asarray(column.val) == i]] = True
    for code in wanted:
        portfolio = table().get(code)
        if portfolio is None:
            continue
        found: dict[int, list[frozenset[tuple[str, ...]]]] = {}
        for language, label in (("fr", portfolio.fr), ("nl", portfolio.nl)):
            if language not in readable:  # no question of the archive is in this language
                continue
            for phrase in dict.fromkeys((label,) + portfolio.subjects.get(language, ())):
                words = base_words(phrase.lower())
                groups = [g for g in stem_groups(words, language) if g]
                if not groups:
                    continue
                for name in ("title", "descriptors"):
                    rows = _rows_with_all(gen.fields[name], groups, language == "nl")
                    for row in rows[readable[language][rows]].tolist():
                        found.setdefault(row, []).append(frozenset(groups))
        out[code] = found
    return out


def _rows_with_all(field, groups: list[tuple[str, ...]], compounds: bool = False) -> np.ndarray:
    """The rows of `field` that hold a term of every group; with `compounds`, a word also found in the compounds
    that hold it (Dutch writes them whole: `ambtenarenpensioen`, `ziekenhuisfinanciering`; its stem five letters
    at least, as the search's own compounds, search.matching.evaluator)."""
    rows = None
    for group in groups:
        if compounds:
            group = tuple(dict.fromkeys(group + tuple(c for t in group if len(t) >= 5
                                                      for c in field.compounds(t, limit=COMPOUNDS))))
        hit = np.unique(np.concatenate([field.postings(term)[0] for term in group]))
        rows = hit if rows is None else np.intersect1d(rows, hit, assume_unique=True)
        if not rows.size:
            break
    return rows if rows is not None else np.zeros(0, np.int64)


def _longest(hits: list[str], row: int, named: dict) -> list[str]:
    """The portfolios named in a question, less those named only by words that a longer name of another
    one holds ("sécurité" inside "sécurité sociale"; "fiscalité" inside "lutte contre la fraude fiscale et
    sociale": a word is held by another with a stem in common)."""
    phrases = {p: named[p][row] for p in hits}
    kept = []
    for p in hits:
        others = [w for q in hits if q != p for w in phrases[q]]
        if not all(any(_inside(mine, theirs) for theirs in others) for mine in phrases[p]):
            kept.append(p)
    return kept or hits


def _inside(mine: frozenset, theirs: frozenset) -> bool:
    """Whether a phrase (its words' stems) is part of a longer one: each of its words shares a stem with one of
    the longer phrase's words."""
    return len(mine) < len(theirs) and all(any(set(word) & set(other) for other in theirs) for word in mine)
