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

from ..text.bilingual import french_then_dutch, language_of, leaning
from .vocabulary import LINK_RE

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


def split_title(line: str) -> tuple[str, Optional[str]]:
    """A bilingual page's French and Dutch titles, joined on one line: (fr, nl).

    Two columns leave a gap of spaces. Otherwise both titles usually have as many " - " parts, so
    the cut is inside the middle part: where the words turn from French to Dutch, else before its
    last capital. Titles with unequal parts are cut where the words turn Dutch, if they clearly do."""
    line = line.strip()
    gap = re.split(r"\s{2,}|\t+", line)
    if len(gap) == 2:
        return gap[0].strip(), gap[1].strip()
    words = line.split(" ")
    parts = re.split(r"\s+[-–]\s+", line)
    cut = None
    if len(parts) >= 3 and len(parts) % 2 == 1:
        start = len(" - ".join(parts[:len(parts) // 2]).split(" ")) + 1  # the middle part's first word
        middle = range(start + 1, start + len(parts[len(parts) // 2].split(" ")))
        cut = french_then_dutch(words, middle) if len(middle) else None
        if cut is not None and leaning_of(words[:cut]) < leaning_of(words[cut:]) or cut is None:
            caps = [k for k in middle if words[k][:1].isupper()]
            cut = caps[-1] if caps else cut
    if cut is None:
        cut = french_then_dutch(words)
    if cut is None:
        return line, None
    return " ".join(words[:cut]).strip(), " ".join(words[cut:]).strip()


def leaning_of(words: list[str]) -> float:
    return sum(leaning(w) for w in words)


def split_languages(paragraphs: list[str]) -> dict[str, list[str]]:
    """A bilingual body's paragraphs by language."""
    out: dict[str, list[str]] = {"fr": [], "nl": []}
    for paragraph in paragraphs:
        out[language_of(paragraph)].append(paragraph)
    return out
