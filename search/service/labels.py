"""Facet values in the other language: the Dutch title of a minister whose questions the
index holds in French, and the other way round, read from the questions' own pages.

A question merged from a French and a Dutch rendering (or read from a bilingual page)
carries the other language's addressee and descriptors; the first such question of a
value gives its translation. Looked up on demand, a handful of records per value, and
remembered for the life of the generation.
"""
from __future__ import annotations

from typing import Iterable

import numpy as np

from ..facets import BY_NAME
from .engine import Engine

LOOKED_AT = 12  # records read per value before giving up


def translated_values(engine: Engine, facet: str, values: Iterable[str], language: str) -> dict[str, str]:
    """value -> its text in `language`, for the values of `facet` that the index has in that language."""
    if facet not in BY_NAME or not BY_NAME[facet].translated:
        return {}
    gen = engine.generation()
    if BY_NAME[facet].paired:  # the pairs the build learned: a value and its translation
        labels = gen.facets[facet].labels
        return {v: labels[v][language] for v in values if v in labels and labels[v][language] != v}
    memo = gen.cached(("translated", facet, language), dict)  # filled value by value below
    column = gen.facets[facet]
    codes = None
    out = {}
    for value in values:
        if value not in memo:
            if codes is None:
                codes = {v: i for i, v in enumerate(column.values)}
            memo[value] = _translation(gen, column, codes.get(value), facet, value, language)
        if memo[value]:
            out[value] = memo[value]
    return out


def _translation(gen, column, code, facet: str, value: str, language: str):
    if code is None:
        return None
    rows = column.doc[column.val == code]
    rows = rows[gen.live[rows]][:LOOKED_AT]
    for row in np.unique(rows).tolist():
        rec = gen.record(row)
        other = rec.get("other_language") or {}
        if rec.get("language") == language:
            return None  # the value is already in that language
        if other.get("language") != language:
            continue
        if facet == "addressee" and other.get("addressee"):
            return other["addressee"]
        if facet == "descriptors":
            own, theirs = rec.get("descriptors") or [], other.get("descriptors") or []
            if len(own) == len(theirs) and value in own:  # the two lists name the same subjects in order
                return theirs[own.index(value)]
    return None


def record_in_language(rec: dict, language: str) -> dict:
    """The record (or a result's fields) with its title, addressee and descriptors in `language` when it
    carries them (a question merged from renderings in both languages), and `language` set to what they are in.
    Descriptors are taken only when both lists name the same subjects, one for one."""
    other = rec.get("other_language") or {}
    own = rec.get("language", "fr")
    if own == language or other.get("language") != language:
        return {**rec, "language": own}
    mine, theirs = rec.get("descriptors") or [], other.get("descriptors") or []
    return {**rec, "language": language, "title": other.get("title") or rec["title"],
            "addressee": other.get("addressee") or rec.get("addressee"),
            "descriptors": theirs if len(theirs) == len(mine) else mine}
