"""The words of the pages in both languages: months, event and link labels, kinds of documents.

FORMAT.md: French and Dutch pages use the same layout with their own words; a Dutch event
or link means what its French counterpart means, so each maps to the French folded label
that the status rules and the relations are written against (folded by search.text.fold.fold_key).
"""
from __future__ import annotations

from ..ids import PATTERN

import re


MONTHS = {
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    # typos seen on real pages, once folded
    "fevier": 2, "avirl": 4, "juilet": 7, "setpembre": 9, "septmbre": 9, "decmbre": 12,
    # Dutch
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6,
    "juli": 7, "augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
    # abbreviated, in either language (a dot after them is allowed)
    "janv": 1, "jan": 1, "fevr": 2, "fev": 2, "feb": 2, "avr": 4, "apr": 4, "mrt": 3, "juil": 7, "jul": 7,
    "jun": 6, "aug": 8, "sept": 9, "sep": 9, "oct": 10, "okt": 10, "nov": 11, "dec": 12,
}

# Dutch event labels (folded) -> the French label (folded) they stand for
EVENTS_NL = {
    "verzending vraag": "envoi question",
    "antwoord": "reponse",
    "aanvullend antwoord": "reponse complementaire",
    "voorlopig antwoord": "reponse provisoire",
    "rappel": "rappel",
    "herkwalificatie": "requalification",
    "dossier gesloten": "dossier cloture",
    "einde zittingsperiode": "fin de la legislature",
    "intrekking vraag": "retrait question",
    "vraag ingetrokken": "retrait question",
}

APOS = "['’´`]"
# link labels, longest first ("Question similaire aussi posée à" contains "Aussi posée à")
LINK_LABELS = (
    (r"Question\s+similaire\s+aussi\s+pos[ée]e\s+[àa]", "similar_also_asked_to"),
    (r"Soortgelijke\s+vraag\s+ook\s+gesteld\s+aan", "similar_also_asked_to"),
    (r"Aussi\s+pos[ée]e\s+[àa]", "also_asked_to"),
    (r"Ook\s+gesteld\s+aan", "also_asked_to"),
    (r"R[ée]introduite\s+comme", "reintroduced_as"),
    (r"Heringediend\s+als", "reintroduced_as"),
    (r"R[ée]introduction\s+de", "reintroduction_of"),
    (r"Herindiening\s+van", "reintroduction_of"),
    (r"Requalification\s+de", "requalified_from"),
    (r"Herkwalificatie\s+van", "requalified_from"),
    (r"Requalifi[ée]e\s+en", "requalified_as"),
    (r"Geherkwalificeerd\s+als", "requalified_as"),
    (r"Lien\s+avec\s+une\s+autre\s+question", "linked_to"),
    (r"Verband\s+met\s+een\s+andere\s+vraag", "linked_to"),
)
KINDS = (r"question\s+[ée]crite|demande\s+d" + APOS + r"\s*explications?|question\s+orale"
         r"|schriftelijke\s+vraag|vraag\s+om\s+uitleg|mondelinge\s+vraag")
# the marker of a page's question, before its id: "Question écrite n°", "Schriftelijke vraag nr."
MARKER = r"(?:Question\s+[ée]crite\s+n[°ºo]|Schriftelijke\s+vraag\s+nr\.?)"
LINK_RE = re.compile(
    "(?P<label>" + "|".join(f"(?P<r{i}>{p})" for i, (p, _) in enumerate(LINK_LABELS)) + r")"
    r"\s*:\s*(?P<kind>" + KINDS + r")?"
    r"\s*(?:n[°ºr]\.?\s*)?(?P<id>" + PATTERN + ")?",
    re.I,
)


def kind_of(folded: str, relation: str) -> str:
    """The kind of a linked document, from the folded words before its id."""
    if "demande" in folded or "uitleg" in folded or (not folded and relation.startswith("requalifi")):
        return "demande d'explications"
    if "orale" in folded or "mondelinge" in folded:
        return "question orale"
    return "question écrite"

