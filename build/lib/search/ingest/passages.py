"""Split question and answer bodies into the passages a reader would quote."""
from __future__ import annotations

import re
from typing import Iterable

from ..model import Passage

# A line that opens a numbered or bulleted item: `1)`, `1.`, `1.Qu'en`, `2 Partage`,
# `a)`, `- `, `• `, with or without leading spaces.
ITEM_RE = re.compile(
    r"^\s*(?:\d{1,2}\s*[.)°]|\d{1,2}\s+(?=[A-ZÀ-Ý«])|[a-zA-Z]\s*\)|[-–—•·*]\s*(?=\S))"
)


def split_passages(question_lines: Iterable[str], answer_lines: Iterable[str]) -> list[Passage]:
    """Paragraphs of both parts, each numbered or bulleted item its own passage."""
    passages: list[Passage] = []
    for part, lines in (("question", question_lines), ("answer", answer_lines)):
        for text in _items(lines):
            passages.append(Passage(part, len(passages), text))
    return passages


def _items(lines: Iterable[str]) -> list[str]:
    items: list[list[str]] = []
    fresh = True  # the previous line was blank: a new paragraph starts
    for raw in lines:
        line = raw.strip()
        if not line:
            fresh = True
            continue
        if fresh or ITEM_RE.match(line):
            items.append([line])
        else:
            items[-1].append(line)
        fresh = False
    return ["\n".join(item) for item in items]
