"""What the fields of a record mean, whatever the rendering: an event's French label, the date
of the answer, the status (FORMAT.md's order of precedence), the questions a body cites, the
portfolios and rank of the addressee."""
from __future__ import annotations

import re
from datetime import date
from typing import Optional

from ..ids import PATTERN
from ..ministries.portfolios import read_title
from ..model import Event, Link, Question
from .legislatures import ended
from ..text.fold import fold_key
from .vocabulary import EVENTS_NL, LINK_LABELS, kind_of

CITE_RE = re.compile(rf"\bn[°º]s?\s*({PATTERN}(?:\s*(?:,|;|&|et|ou)\s*{PATTERN})*)", re.I)
ID_RE = re.compile(PATTERN)


def link_of(match: re.Match) -> Optional[Link]:
    """The link a LINK_RE match names, None when nothing follows the colon."""
    if not match.group("id"):
        return None  # "Aussi posée à :" with nothing after the colon
    relation = next(rel for i, (_, rel) in enumerate(LINK_LABELS) if match.group(f"r{i}"))
    return Link(relation, kind(match.group("kind"), relation), match.group("id"))


def kind(text: Optional[str], relation: str) -> str:
    return kind_of(fold_key(text or ""), relation)


def citations(qid: str, text: str, links: list[Link]) -> list[Link]:
    """Questions cited inline in the bodies: `(n° 4-539, 4-2293 et 4-3266)`."""
    seen = {qid}
    cites = []
    for match in CITE_RE.finditer(text):
        before = text[max(0, match.start() - 40):match.start()]
        for cited in ID_RE.findall(match.group(1)):
            if cited not in seen:
                seen.add(cited)
                cites.append(Link("cites", kind(before[-30:], "cites"), cited))
    return cites


def event_label(event: Event) -> str:
    """The French folded label of an event, whatever the page's language."""
    return event_key(event.label)


def event_key(label: str) -> str:
    """"Verzending vraag", "Envoi  question" -> "envoi question"."""
    label = fold_key(label)
    return EVENTS_NL.get(label, label)


def answered_on(events: list[Event], answer_date: Optional[date]) -> Optional[date]:
    for wanted in ("reponse", "reponse complementaire"):
        dates = [e.date for e in events if event_label(e) == wanted]
        if dates:
            return min(dates)
        if wanted == "reponse" and answer_date:
            return answer_date
    return None


def status_of(q: Question) -> str:
    """The first that holds, in FORMAT.md's order of precedence; a question still waiting when its
    legislature ended lapsed with it, whether or not its page prints the end."""
    labels = {event_label(e) for e in q.events}
    if labels & {"reponse", "reponse complementaire"} or q.answer:
        return "answered"
    if "retrait question" in labels:
        return "withdrawn"
    if any(link.relation == "requalified_as" for link in q.links):
        return "requalified"
    if "dossier cloture" in labels:
        return "closed"
    if "fin de la legislature" in labels or ended(q.legislature):
        return "lapsed"  # printed, or a legislature that has ended without an answer (legislatures.csv)
    return "pending"


def addressee_portfolios(q: Question) -> tuple[list[str], Optional[str]]:
    """The portfolios and rank of the question's addressee (search.ministries.portfolios), read from
    its title in the page's language, else from the other language's title the record carries."""
    reading = read_title(q.addressee)
    other = (q.other_language or {}).get("addressee")
    if not reading.portfolios and other:
        found = read_title(other)
        if found.portfolios:
            reading = found
    return list(reading.portfolios), reading.rank
