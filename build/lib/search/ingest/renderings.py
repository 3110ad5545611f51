"""The renderings of a question page (FORMAT.md, "Other renderings"): which one a text is,
and its lines brought to the web page's shape before search.ingest.parse reads them.

    web        "Version à imprimer …" / "Tweetalige printerversie …" chrome, blank-line blocks
    print      "SÉNAT DE BELGIQUE" / "BELGISCHE SENAAT" header blocks between lines of underscores
    bilingual  both languages: "SÉNAT DE BELGIQUE BELGISCHE SENAAT", two columns of text, blocks
               written twice; or the pipe layout of table cells (also used by print versions)
"""
from __future__ import annotations

import re
from typing import Optional

from ..text.bilingual import language_of
from .vocabulary import LINK_RE, repair_dutch

FR_MARK = re.compile(r"Question\s+[ée]crite\s+n[°ºo]", re.I)
NL_MARK = re.compile(r"Schriftelijke\s+vraag\s+nr", re.I)
PRINT_MARK = re.compile(r"^\s*(?:S[ÉE]NAT\s+DE\s+BELGIQUE|BELGISCHE\s+SENAAT)\b|^\s*(?:S[ÉE]NAT|SENAAT)\s+"
                        r"(?:Question|Schriftelijke)", re.I | re.M)
SEPARATOR = re.compile(r"^[\s_|]*_{3,}[\s_|]*$")
PIPE_RUN = re.compile(r"\s*\|{2,}\s*$")
CELL = re.compile(r"\s+\|\s+")
HEAD_LINES = 40  # the renderings tell themselves apart in the first lines


def normalize(lines: list[str]) -> list[str]:
    """Pipe cells one per line, separator lines blank."""
    piped = sum(1 for line in lines if " | " in line or PIPE_RUN.search(line) or line.startswith("| "))
    out = []
    for line in lines:
        if SEPARATOR.match(line):
            out.append("")
            continue
        if piped >= 3:
            line = re.sub(r"[\s|]+$", "", line)
            line = re.sub(r"^\s*\|\s?", "", line)
            cells = [c.strip() for c in CELL.split(line)] if " | " in line else [line]
            if len(cells) > 1:
                out.extend(c for c in cells if c)
                continue
        out.append(line.rstrip())
    return out


def detect(lines: list[str]) -> tuple[str, str]:
    """(rendering, language) of a page's lines, after normalize()."""
    head = "\n".join(lines[:HEAD_LINES])
    fr, nl = FR_MARK.search(head), NL_MARK.search(head)
    both_senates = re.search(r"S[ÉE]NAT\s+DE\s+BELGIQUE", head, re.I) and re.search(r"BELGISCHE\s+SENAAT", head, re.I)
    if (fr and nl) or both_senates:
        return "bilingual", link_language(lines)
    rendering = "print" if PRINT_MARK.search(head) else "web"
    if fr and nl:
        return rendering, "fr" if fr.start() < nl.start() else "nl"
    return rendering, "nl" if nl and not fr else "fr"


def link_language(lines: list[str]) -> str:
    """A bilingual page's language: that of its link lines, else French (FORMAT.md)."""
    for line in lines:
        for match in LINK_RE.finditer(line):
            if match.group("id"):
                label = match.group("label").lower()
                return "nl" if re.match(r"(ook|soortgelijke|herindiening|heringediend|herkwalificatie|"
                                        r"geherkwalificeerd|verband)", label) else "fr"
    return "fr"


def repair(text: str, rendering: str, language: str) -> str:
    """Only the Dutch web page carries the mis-encoded characters; the others are clean."""
    return repair_dutch(text) if rendering == "web" and language == "nl" else text


def split_title(line: str) -> tuple[str, Optional[str]]:
    """A bilingual page's French and Dutch titles, joined on one line: (fr, nl).

    Two columns leave a gap of spaces; otherwise both titles have as many " - " parts, and
    the Dutch one starts with a capital in the middle part."""
    line = line.strip()
    gap = re.split(r"\s{2,}|\t+", line)
    if len(gap) == 2:
        return gap[0].strip(), gap[1].strip()
    parts = re.split(r"\s+[-–]\s+", line)
    if len(parts) >= 3 and len(parts) % 2 == 1:
        k = len(parts) // 2
        words = parts[k].split(" ")
        caps = [i for i, w in enumerate(words) if i and w[:1].isupper()]
        if caps:
            cut = caps[-1]
            fr = " - ".join(parts[:k] + [" ".join(words[:cut])])
            nl = " - ".join([" ".join(words[cut:])] + parts[k + 1:])
            return fr, nl
    return line, None


def split_languages(paragraphs: list[str]) -> dict[str, list[str]]:
    """A bilingual body's paragraphs by language."""
    out: dict[str, list[str]] = {"fr": [], "nl": []}
    for paragraph in paragraphs:
        out[language_of(paragraph)].append(paragraph)
    return out
