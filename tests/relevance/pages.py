"""The relevance corpus's questions as data, and their pages in the real French web layout.

Each question names the subjects a human indexer would file it under (`subjects`: the
first is its main subject, the others secondary); a query's judged results are the
questions filed under the query's subjects (tests/relevance/queries.py). The pages in
`pages/` are written from this data and committed, so that any tool can index them:

    python -m tests.relevance.pages        # rewrite tests/relevance/pages/*.txt
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

PAGES = Path(__file__).parent / "pages"
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]

AUTHORS = {
    "dumont": "Anne Dumont (PS)", "claes": "Bart Claes (N-VA)", "verhaegen": "Sophie Verhaegen (CD&V)",
    "lambert": "Olivier Lambert (MR)", "peeters": "Els Peeters (Open Vld)", "benali": "Karim Benali (Ecolo)",
    "janssens": "Hilde Janssens (sp.a)", "wauters": "Marc Wauters (Vlaams Belang)",
    "mathieu": "Christine Mathieu (cdH)", "broeck": "Jef Van den Broeck (Groen)",
    "leroy": "Nathalie Leroy (MR)", "desmet": "Pieter De Smet (N-VA)", "fontaine": "Louis Fontaine (PS)",
    "maes": "Ann Maes (CD&V)", "renard": "Julie Renard (Ecolo)",
}

MINISTERS = {
    "emploi": "au ministre de l'Emploi",
    "emploi_eco": "à la ministre de l'Emploi, de l'Économie et des Consommateurs, chargée du Commerce extérieur",
    "social": "à la ministre des Affaires sociales et de la Santé publique",
    "sante": "à la ministre de la Santé publique",
    "pensions": "au ministre des Pensions",
    "independants": "au ministre des Classes moyennes, des Indépendants, des PME et de l'Agriculture",
    "justice": "au ministre de la Justice",
    "interieur": "au vice-premier ministre et ministre de la Sécurité et de l'Intérieur, chargé de la Régie des bâtiments",
    "interieur2": "à la ministre de l'Intérieur",
    "asile": "au secrétaire d'État à l'Asile et la Migration",
    "finances": "au ministre des Finances",
    "budget": "à la ministre du Budget",
    "mobilite": "au ministre de la Mobilité",
    "energie": "à la ministre de l'Énergie, de l'Environnement et du Développement durable",
    "premier": "au premier ministre",
    "defense": "au ministre de la Défense",
    "fonction": "au ministre de la Fonction publique",
    "cooperation": "au ministre de la Coopération au développement",
    "egalite": "à la secrétaire d'État à l'Égalité des genres et à l'Égalité des chances",
    "agriculture": "au ministre de l'Agriculture",
    "fraude": "au secrétaire d'État à la Lutte contre la fraude sociale",
    "vieprivee": "au secrétaire d'État à la Protection de la vie privée",
    "economie": "au ministre de l'Économie",
    "etrangeres": "au vice-premier ministre et ministre des Affaires étrangères",
    "handicap": "à la secrétaire d'État aux Personnes handicapées",
    "entreprises": "au ministre des Entreprises publiques",
}


@dataclass
class Q:
    id: str
    author: str  # key of AUTHORS
    asked: str  # d/m/yyyy
    to: str  # key of MINISTERS
    title: str
    descriptors: str  # " ; " between them
    subjects: tuple  # the subjects it is filed under, main one first
    question: str  # paragraphs separated by blank lines
    answer: str = ""
    answered: str = ""  # d/m/yyyy
    also: tuple = ()  # the same question sent to other ministers: their ids


def words(d: str) -> str:
    day, month, year = (int(x) for x in d.split("/"))
    return f"{'1er' if day == 1 else day} {MONTHS[month - 1]} {year}"


def _due(d: str) -> str:
    """The answer deadline the Senate prints on legislature 4, 6 and 7 pages: 35 days later."""
    from datetime import date, timedelta

    day, month, year = (int(x) for x in d.split("/"))
    due = date(year, month, day) + timedelta(days=35)
    return f"{due.day}/{due.month}/{due.year}"


def page(q: Q) -> str:
    """The page of one question, as the Senate's French web rendering lays it out."""
    leg = q.id.split("-")[0]
    deadline = f" (Fin du délai de réponse: {_due(q.asked)})" if leg != "5" else ""
    lines = ["Version à imprimer bilingue Version à imprimer unilingue", "", f"Question écrite n° {q.id}", "",
             f"de {AUTHORS[q.author]} du {words(q.asked)}", "",
             MINISTERS[q.to], "", q.title, "", *q.descriptors.split(" ; "), "", "Chronologie", "",
             f"{q.asked}Envoi question{deadline}"]
    if q.answered:
        lines.append(f"{q.answered}Réponse")
    lines.append("")
    if q.also:
        lines += [f"Aussi posée à : question écrite {other}" for other in q.also] + [""]
    lines += [f"Question n° {q.id} du {words(q.asked)} : (Question posée en français)", ""]
    lines += [p.strip() + "\n" for p in q.question.strip().split("\n\n")]
    if q.answer:
        lines += [f"Réponse reçue le {words(q.answered)} :", ""]
        lines += [p.strip() + "\n" for p in q.answer.strip().split("\n\n")]
    return "\n".join(lines).rstrip() + "\n"


def questions() -> list[Q]:
    """Every question of the corpus: the subject modules', then the background's."""
    from . import background, health, justice, social, state

    out = [q for module in (social, justice, health, state) for q in module.QUESTIONS] + background.questions()
    ids = [q.id for q in out]
    duplicates = {i for i in ids if ids.count(i) > 1}
    assert not duplicates, f"ids used twice: {sorted(duplicates)}"
    return out


def write_pages(dest: Path = PAGES, corpus: list[Q] = None, writer=None) -> int:
    """Write one page per question of `corpus` (this set's by default) into `dest` with `writer` (the French
    web layout by default), removing pages of questions no longer there."""
    dest.mkdir(parents=True, exist_ok=True)
    writer = writer or page
    wanted = {f"{q.id}.txt": writer(q) for q in (corpus if corpus is not None else questions())}
    for old in dest.glob("*.txt"):
        if old.name not in wanted:
            old.unlink()
    for name, text in wanted.items():
        (dest / name).write_text(text, encoding="utf-8")
    return len(wanted)


if __name__ == "__main__":
    print(f"{write_pages()} pages written to {PAGES}")
