"""Read one written-question page, in any rendering and either language, into a Question record.

The layout, its variants and its renderings are described in FORMAT.md (shared with the
archive); search.ingest.renderings tells the renderings apart and brings their lines to the web
page's shape, search.ingest.vocabulary holds the words of both languages.
Every failure is a ParseError naming the file and the line, so a build can report
the document and go on with the rest.
"""
from __future__ import annotations

import os
import re
from datetime import date
from typing import Iterable, Optional

from rapidfuzz.distance import Levenshtein

from ..ids import SPACED
from ..text.bilingual import french_then_dutch
from ..text.fold import INVISIBLE_RE, fold_key
from ..text.languages import language_code
from .documents import ParseError, read_document
from ..model import Event, Link, Question
from .passages import split_passages
from .encoding import repair
from .renderings import detect, normalize, split_languages, split_title
from .rules import addressee_portfolios, answered_on, citations, event_label, link_of, status_of
from .vocabulary import LINK_RE, MARKER, MONTHS

APOS = "['’´`]"
HEADER_RE = re.compile(MARKER + r"\s*" + SPACED, re.I)
DATE_WORDS = r"(1er|\d{1,2})\s+([^\W\d_]+)\.?\s+(\d{4})"
AUTHOR_RE = re.compile(r"^(?:de|van)\s+(?P<who>.+)\s+(?:du|d\.?\s?d\.?)\s+" + DATE_WORDS + r"\s*$", re.I)
AUTHOR_NO_DATE_RE = re.compile(r"^(?:de|van)\s+(?P<who>.+?)\s*$", re.I)
WHO_RE = re.compile(r"^(?P<name>.*?)\s*\((?P<party>[^()]*)\)\s*$")
PREPOSITION_RE = re.compile(r"^(?:aux|au|à\s+la|a\s+la|à\s+l" + APOS + r"|a\s+l" + APOS + r"|à|aan)\s*", re.I)
ADDRESSEE_RE = re.compile(r"^(?:aux|au|à|a\s+la|a\s+l" + APOS + r"|aan)\s", re.I)
CHRONO_RE = re.compile(r"^Chronologie\s*:?(?:\s+Chronologie\s*:?)?\s*$", re.I)  # twice: two columns
EVENT_RE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})\s*(.*)$")
EVENTS_RE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})(?!\s*\))\s*(.*?)(?=\s*\b\d{1,2}/\d{1,2}/\d{4}(?!\s*\))|$)")
DEADLINE_RE = re.compile(r"\(\s*(?:Fin du d[ée]lai de r[ée]ponse|Einde van de antwoordtermijn)\s*:\s*"
                         r"(\d{1,2})/(\d{1,2})/(\d{4})\s*\)", re.I)
BODY_RE = re.compile(r"^(?:S[ÉE]NAT\s+|SENAAT\s+)?(?:Question\s+(?:[ée]crite\s+)?n[°ºo]|(?:Schriftelijke\s+)?vraag\s+nr\.?)"
                     r"\s*" + SPACED + r"\b(?P<rest>.*)$", re.I)
BODY_DATE_RE = re.compile(r"^\s*(?:du|d\.?\s?d\.?)\s+" + DATE_WORDS, re.I)
LONE_DATE_RE = re.compile(r"^\s*\|?\s*" + DATE_WORDS + r"\b")  # a print page's header block: "30 avril 2013"
LANGUAGE_RE = re.compile(r"\(\s*(?:Question\s+pos[ée]e\s+en|Vraag\s+gesteld\s+in\s+het)\s+([^\W\d_]+)\s*\)", re.I)
DESCRIPTORS_APART = re.compile(r"\s*;\s*|\s{2,}|\t")
ANSWER_RE = re.compile(r"^(?:R[ée]ponse\s+re[çc]ue\s+le|Antwoord\s+ontvangen\s+op)\s+" + DATE_WORDS + r"\s*:?", re.I)


def parse_file(path: str | os.PathLike) -> Question:
    """Parse one page from disk."""
    text, _ = read_document(path)
    return parse_text(text, str(path))


def parse_text(text: str, path: str = "<text>") -> Question:
    """Parse the text of one page; `path` only names it in errors."""
    return _Parser(text, path).parse()


def parse_date(day: str, month: str, year: str, path: str, line: int) -> date:
    """`30`, `avril`, `2013` (also `1er`, `aôut`, `april`) -> date."""
    number = MONTHS.get(fold_key(month)) or _misspelt_month(fold_key(month))
    if number is None:
        raise ParseError(path, line, f"unknown month {month!r} (expected a French or Dutch month name)")
    return _date(int(year), number, int(day.rstrip("erER") or 1), path, line)


def _misspelt_month(word: str) -> Optional[int]:
    """A month name typed with one or two letters wrong (`feburari`, `setpembre`): the month whose names are
    nearest, when it is the only one that near; None otherwise."""
    if len(word) < 4:
        return None
    near = {MONTHS[name] for name in MONTHS if len(name) >= 4 and Levenshtein.distance(word, name, score_cutoff=2) <= 2}
    return near.pop() if len(near) == 1 else None


def _date(year: int, month: int, day: int, path: str, line: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise ParseError(path, line, f"invalid date {day}/{month}/{year}") from None


class _Parser:
    def __init__(self, text: str, path: str):
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        text = INVISIBLE_RE.sub("", text)
        lines = normalize(text.split("\n"))
        self.rendering, self.language = detect(lines)
        text = repair("\n".join(lines), self.language, self.rendering).replace("\u00a0", " ").replace("\u202f", " ")
        self.lines = [line.rstrip() for line in text.split("\n")]
        self.path = path
        self.i = 0

    # -- helpers -------------------------------------------------------------
    def error(self, reason: str, index: Optional[int] = None) -> ParseError:
        index = self.i if index is None else index
        return ParseError(self.path, min(index, len(self.lines) - 1) + 1, reason)

    def next_line(self, expected: str) -> str:
        """Skip blank lines, return the next one and step past it."""
        while self.i < len(self.lines) and not self.lines[self.i].strip():
            self.i += 1
        if self.i >= len(self.lines):
            raise self.error(f"page ends early: expected {expected}")
        self.i += 1
        return self.lines[self.i - 1].strip()

    def peek(self) -> str:
        k = self.i
        while k < len(self.lines) and not self.lines[k].strip():
            k += 1
        return self.lines[k].strip() if k < len(self.lines) else ""

    def last_line(self) -> int:
        return max((k for k, line in enumerate(self.lines) if line.strip()), default=0)

    def find(self, pattern: re.Pattern, start: int, stop: Optional[int] = None) -> Optional[int]:
        for index in range(start, len(self.lines) if stop is None else stop):
            if pattern.search(self.lines[index].strip()):
                return index
        return None

    def find_body(self, start: int) -> Optional[int]:
        """The body's header: the marker again, followed by its date or a colon."""
        for index in range(start, len(self.lines)):
            m = BODY_RE.match(self.lines[index].strip())
            if m and (":" in m.group("rest") or BODY_DATE_RE.match(m.group("rest"))):
                return index
        return None

    # -- the page, top to bottom --------------------------------------------------
    def parse(self) -> Question:
        header = self.find(HEADER_RE, 0)
        if header is None:
            raise ParseError(self.path, 1, "not a written question page: no line 'Question écrite n° <leg>-<num>' "
                                           "or 'Schriftelijke vraag nr. <leg>-<num>'")
        match = HEADER_RE.search(self.lines[header])
        legislature, number = int(match.group(1)), int(match.group(2))
        header_date = self.header_date(header, match)
        self.i = header + 1
        while HEADER_RE.match(self.peek()):  # the pipe layout's other column: the header in the other language
            self.next_line("")
        author, party, asked_on = self.author_line()
        addressees = self.addressees()
        chrono = self.find(CHRONO_RE, self.i)
        body = self.find_body(self.i if chrono is None else chrono + 1)
        end = len(self.lines) if body is None else body
        stop = chrono if chrono is not None else self.chronology_start(end)
        titles, descriptors = self.title_and_descriptors(stop, required=body is not None)
        events, answer_due, links = self.chronology(stop, end)
        if body is None:  # cut short, or served without its text: the header's fields, marked incomplete
            language, question_lines, answer_lines, answer_date, asked_body = None, [], [], None, None
        else:
            language, question_lines, answer_lines, answer_date, asked_body = self.bodies(body)
        asked_on = asked_on or asked_body or next((e.date for e in events if event_label(e) == "envoi question"), None) \
            or header_date
        question_lines, answer_lines, other = self.split_bilingual(question_lines, answer_lines, titles,
                                                                   addressees, descriptors)
        question_text = _paragraphs(question_lines)
        answer_text = _paragraphs(answer_lines) or None
        incomplete = not question_text
        if asked_on is None and not incomplete:
            raise self.error("no date for the question: none on the author line, the body's header, the chronology or "
                             "the page's header", body)
        qid = f"{legislature}-{number}"
        links += citations(qid, question_text + "\n" + (answer_text or ""), links)
        record = Question(
            id=qid, legislature=legislature, number=number, author=author, party=party,
            asked_on=asked_on, addressee=addressees.get(self.language) or addressees.get("any"),
            title=titles[0], descriptors=other.pop("own_descriptors", descriptors), events=events,
            answer_due=answer_due, answered_on=answered_on(events, answer_date), links=links,
            original_language=language, question=question_text, answer=answer_text,
            language=self.language, rendering=self.rendering, other_language=other or None,
            incomplete=incomplete,
        )
        record.status = status_of(record)
        record.portfolios, record.rank = addressee_portfolios(record)
        record.passages = split_passages(question_lines, answer_lines)
        return record

    def header_date(self, header: int, match: re.Match) -> Optional[date]:
        """A date the page's header shows, for a page whose author line, body header and chronology show
        none: the marker line's own ("Question écrite n° 5-4711 du 17 février 2012"), else a print page's
        header block ("30 avril 2013" between the separators above the marker)."""
        dated = BODY_DATE_RE.match(self.lines[header][match.end():])
        if dated:
            return parse_date(*dated.groups(), self.path, header + 1)
        for k in range(header - 1, max(-1, header - 8), -1):
            lone = LONE_DATE_RE.match(self.lines[k])
            if lone:
                try:
                    return parse_date(*lone.groups(), self.path, k + 1)
                except ParseError:
                    return None  # "1 Session 2010" and the like: not a date
        return None

    def author_line(self) -> tuple[Optional[str], Optional[str], Optional[date]]:
        if not self.peek() or ADDRESSEE_RE.match(self.peek()):
            return None, None, None  # a page cut after its header, or one that names no author
        line = self.next_line("'de <author> (<party>) du <date>'")
        match = AUTHOR_RE.match(line)
        asked_on = None
        if match:
            asked_on = parse_date(match.group(2), match.group(3), match.group(4), self.path, self.i)
            who = match.group("who").strip()
        elif plain := AUTHOR_NO_DATE_RE.match(line):
            who = plain.group("who").strip()  # print versions: the date is the body header's (or the events')
        else:
            raise self.error(f"expected 'de <author> (<party>) du <d> <mois> <yyyy>' or 'van <author> (<party>) "
                             f"d.d. <d> <maand> <yyyy>', found {line[:80]!r}", self.i - 1)
        if re.match(r"^(?:de|van)\s", self.peek(), re.I) and not ADDRESSEE_RE.match(self.peek()):
            self.next_line("")  # a bilingual page names the author twice: "de …", then "van …"
        party_match = WHO_RE.match(who)
        if party_match:
            return party_match.group("name").strip() or None, party_match.group("party").strip() or None, asked_on
        return who or None, None, asked_on

    def addressees(self) -> dict[str, str]:
        """The addressee line (both, "au …" and "aan …", on a bilingual page), without its preposition."""
        out: dict[str, str] = {}
        if not self.peek():
            return out  # a page cut before its addressee
        line = self.next_line("the addressee ('au ministre …')")
        while True:
            key = "nl" if re.match(r"aan\s", line, re.I) else "fr"
            out.setdefault(key if self.rendering == "bilingual" else "any", PREPOSITION_RE.sub("", line, count=1))
            if self.rendering != "bilingual" or not ADDRESSEE_RE.match(self.peek()):
                return out
            line = self.next_line("the addressee")

    def chronology_start(self, body: int) -> int:
        """Without a 'Chronologie' line: the first dated event or link line before the body."""
        for index in range(self.i, body):
            line = self.lines[index].strip()
            if EVENT_RE.match(line) or LINK_RE.match(line):
                return index
        return body

    def title_and_descriptors(self, stop: int, required: bool = True) -> tuple[list[str], list[str]]:
        blocks: list[list[str]] = [[]]
        for line in self.lines[self.i:stop]:
            if line.strip():
                blocks[-1].append(line.strip())
            elif blocks[-1]:
                blocks.append([])
        blocks = [b for b in blocks if b]
        if not blocks:
            if not required:  # a page cut before its title
                return [""], []
            raise self.error("no title between the addressee and 'Chronologie'", stop)
        if self.rendering != "web" and len(blocks) == 1 and len(blocks[0]) > 1:
            head = blocks[0]
            # print versions: no blank line after the title; the pipe layout puts the Dutch title
            # in a cell of its own, on the next line (a title is capitalised, a descriptor is not)
            two = self.rendering == "bilingual" and len(head) > 2 and head[1][:1].isupper()
            blocks = [head[:2] if two else head[:1], head[2:] if two else head[1:]]
        # one per line; the pipe layout collapses them onto one line per language, apart by ";" or a gap
        descriptors = [d.strip() for block in blocks[1:] for line in block for d in DESCRIPTORS_APART.split(line)
                       if d.strip()]
        if self.rendering != "bilingual":  # a bilingual page's two lists can share a word: halved first
            descriptors = list(dict.fromkeys(descriptors))
        return ["  ".join(blocks[0]) if len(blocks[0]) == 2 and self.rendering == "bilingual" else " ".join(blocks[0])], \
            descriptors

    def chronology(self, start: int, stop: int) -> tuple[list[Event], Optional[date], list[Link]]:
        events: list[Event] = []
        links: list[Link] = []
        answer_due = None
        for index in range(start, stop):
            line = self.lines[index].strip()
            deadline = DEADLINE_RE.search(line)
            if deadline:
                d, m, y = (int(g) for g in deadline.groups())
                answer_due = _date(y, m, d, self.path, index + 1)
                line = DEADLINE_RE.sub(" ", line).strip()
            found = list(LINK_RE.finditer(line))
            head = line[: found[0].start()].strip() if found else line
            links += [link for m in found if (link := link_of(m))]
            if not EVENT_RE.match(head):
                continue  # "Réponse provisoire (pdf)" and other chrome
            for day, month, year, label in EVENTS_RE.findall(head):  # two columns: two events on a line
                label = " ".join(label.split())
                if label:
                    event = Event(_date(int(year), int(month), int(day), self.path, index + 1), label)
                    if all((e.date, event_label(e)) != (event.date, event_label(event)) for e in events):
                        events.append(event)  # a bilingual page writes the chronology twice
        return events, answer_due, list(dict.fromkeys(links))

    def bodies(self, body: int) -> tuple[Optional[str], list[str], list[str], Optional[date], Optional[date]]:
        header = self.lines[body].strip()
        rest = BODY_RE.match(header).group("rest")
        dated = BODY_DATE_RE.match(rest)
        asked = parse_date(*dated.groups(), self.path, body + 1) if dated else None
        language_match = LANGUAGE_RE.search(header)
        first = body + 1
        if not language_match:  # the note alone on the next line
            nxt = next((k for k in range(body + 1, len(self.lines)) if self.lines[k].strip()), None)
            if nxt is not None and (m := LANGUAGE_RE.fullmatch(self.lines[nxt].strip())):
                language_match, first = m, nxt + 1
        language = language_code(language_match.group(1)) if language_match else None
        while first < len(self.lines) and (self.find_body(first) == first or BODY_RE.match(self.lines[first].strip())):
            first += 1  # the other language's body header, on a bilingual page
        answer = self.find(ANSWER_RE, first)
        if answer is None:
            return language, self.lines[first:], [], None, asked
        m = ANSWER_RE.match(self.lines[answer].strip())
        answered = parse_date(m.group(1), m.group(2), m.group(3), self.path, answer + 1)
        after = answer + 1
        while after < len(self.lines) and ANSWER_RE.match(self.lines[after].strip()):
            after += 1  # "Antwoord ontvangen op …" under "Réponse reçue le …"
        return language, self.lines[first:answer], self.lines[after:], answered, asked

    def split_bilingual(self, question: list[str], answer: list[str], titles: list[str],
                        addressees: dict[str, str], descriptors: list[str]) -> tuple[list[str], list[str], dict]:
        """A bilingual page: its own language's paragraphs, and the other language's under other_language."""
        if self.rendering != "bilingual":
            return question, answer, {}
        own, other = self.language, "nl" if self.language == "fr" else "fr"
        q, a = split_languages(_blocks(question)), split_languages(_blocks(answer))
        fr_title, nl_title = split_title(titles[0])
        half = len(descriptors) // 2 if len(descriptors) % 2 == 0 else french_then_dutch(descriptors)
        half = len(descriptors) if half is None else half
        by_language = {"fr": list(dict.fromkeys(descriptors[:half])), "nl": list(dict.fromkeys(descriptors[half:]))}
        titles[0] = fr_title if own == "fr" else (nl_title or fr_title)
        return _lines(q[own] or q[other]), _lines(a[own] or a[other]), {
            "own_descriptors": by_language[own] or list(dict.fromkeys(descriptors)),
            "language": other, "title": nl_title if own == "fr" else fr_title,
            "addressee": addressees.get(other), "descriptors": by_language[other],
            "question": "\n\n".join(q[other]) or None, "answer": "\n\n".join(a[other]) or None,
        }


def _blocks(lines: list[str]) -> list[str]:
    return [p for p in _paragraphs(lines).split("\n\n") if p]


def _lines(paragraphs: list[str]) -> list[str]:
    out: list[str] = []
    for paragraph in paragraphs:
        out += paragraph.split("\n") + [""]
    return out


def _paragraphs(lines: Iterable[str]) -> str:
    """Blank-line separated paragraphs, each line stripped, joined by one blank line."""
    text = "\n".join(line.strip() for line in lines)
    return "\n\n".join(p.strip() for p in re.split(r"\n\s*\n", text) if p.strip())
