"""The ministry a question concerns, measured on the judged set (tests/ministries/judged_concerns.py).

    python -m tests.ministries.concerns            # precision and recall, this project and "every portfolio of the title"
    python -m tests.ministries.concerns --verbose  # every question filed where it was not judged to belong

The set's pages are written in the real web layout (French or Dutch) into a temporary seeds folder
with the questions to one portfolio that the archive learns from, an index is built, and each
judged question's ministries (the ministry facet's values) are held against the judgment.
Precision: the share of the ministries a question is filed under that it was judged to concern;
recall: the share of those judged that it is filed under; both over all judged questions. A
"wrong" filing is a question counted by a ministry it was judged not to concern.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from search.api import Engine, build
from search.ingest.legislatures import legislatures
from search.ministries.portfolios import read_title

from .judged_concerns import (HELD_OUT, HELD_OUT_2, HELD_OUT_3, HELD_OUT_4, HELD_OUT_5, HELD_OUT_6, JUDGED, OFFICES,
                              SINGLE)

MONTHS = {"fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                 "novembre", "décembre"],
          "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                 "november", "december"]}


@dataclass(frozen=True)
class Page:
    id: str
    language: str
    asked: date
    addressee: str
    title: str
    descriptors: tuple[str, ...]
    judged: tuple[str, ...] = ()
    held_out: int = 0  # 1: written after the first rules were frozen (judged_concerns.HELD_OUT); 2: after they
    # were read, before the subject words were widened (HELD_OUT_2); 3: before the subject's language, Dutch
    # compounds and a title word's vote were changed, on 2026-12-07 (HELD_OUT_3); 4: after the stems of a held name
    # were compared, before it was measured (HELD_OUT_4); 5: before the portfolios' subject words were filled from
    # their sources (HELD_OUT_5); 6: after the Middle Classes' subject words, before the next change (HELD_OUT_6)


def _legislature(day: date) -> int:
    ended = sorted((row.end, n) for n, row in legislatures().items() if row.end)
    return next((n for end, n in ended if day < end), max(legislatures()))


def _judged(specs, held_out: int, number) -> list[Page]:
    out = []
    for office, language, title, descriptors, judged in specs:
        day, fr, nl = OFFICES[office]
        asked = date.fromisoformat(day)
        out.append(Page(number(asked), language, asked, fr if language == "fr" else nl, title,
                        tuple(d.strip() for d in descriptors.split(";")), tuple(judged.split("+")), held_out))
    return out


def pages() -> list[Page]:
    """The judged questions, then those to one portfolio, numbered per legislature."""
    numbers: Counter = Counter()
    out = []

    def number(day: date) -> str:
        leg = _legislature(day)
        numbers[leg] += 1
        return f"{leg}-{9000 + numbers[leg]}"

    for held_out, specs in ((0, JUDGED), (1, HELD_OUT), (2, HELD_OUT_2), (3, HELD_OUT_3)):
        out += _judged(specs, held_out, number)
    for day, addressee, language, title, descriptors in SINGLE:
        asked = date.fromisoformat(day)
        out.append(Page(number(asked), language, asked, addressee, title, tuple(d.strip() for d in descriptors.split(";"))))
    out += _judged(HELD_OUT_4, 4, number)  # numbered after the others, which keep theirs
    out += _judged(HELD_OUT_5, 5, number)
    out += _judged(HELD_OUT_6, 6, number)
    return out


def page_text(p: Page) -> str:
    """A page in the real web layout of its language (FORMAT.md)."""
    said = f"{p.asked.day} {MONTHS[p.language][p.asked.month - 1]} {p.asked.year}"
    sent = f"{p.asked.day}/{p.asked.month}/{p.asked.year}"
    if p.language == "nl":
        head = ["Tweetalige printerversie Eentalige printerversie", f"Schriftelijke vraag nr. {p.id}",
                f"van Anne Dumont (PS) d.d. {said}", p.addressee, p.title, "\n".join(p.descriptors), "Chronologie",
                f"{sent} Verzending vraag", f"Vraag nr. {p.id} d.d. {said} : (Vraag gesteld in het Nederlands)",
                f"Kan de minister mij meer vertellen over dit onderwerp: {p.title.lower()}?"]
    else:
        head = ["Version à imprimer bilingue Version à imprimer unilingue", f"Question écrite n° {p.id}",
                f"de Anne Dumont (PS) du {said}", p.addressee, p.title, "\n".join(p.descriptors), "Chronologie",
                f"{sent}Envoi question", f"Question n° {p.id} du {said} : (Question posée en français)",
                f"Le ministre peut-il me renseigner sur ce sujet : {p.title.lower()} ?"]
    return "\n\n".join(head) + "\n"


def write_pages(folder: Path) -> list[Page]:
    folder.mkdir(parents=True, exist_ok=True)
    found = pages()
    for p in found:
        (folder / f"{p.id}.txt").write_text(page_text(p), encoding="utf-8")
    return found


@dataclass
class Figures:
    precision: float
    recall: float
    wrong: Counter  # ministry -> questions it counts that were judged to concern another
    misfiled: list  # (page, filed under)


def measure(filed: dict[str, list[str]], judged: list[Page]) -> Figures:
    correct = given = wanted = 0
    wrong: Counter = Counter()
    misfiled = []
    for p in judged:
        under = set(filed.get(p.id, []))
        right = under & set(p.judged)
        correct += len(right)
        given += len(under)
        wanted += len(p.judged)
        for ministry in under - set(p.judged):
            wrong[ministry] += 1
        if under != set(p.judged):
            misfiled.append((p, sorted(under)))
    return Figures(correct / given if given else 0.0, correct / wanted if wanted else 0.0, wrong, misfiled)


def filed_by_index(index: Path) -> dict[str, list[str]]:
    engine = Engine(index)
    try:
        gen = engine.generation()
        return {gen.id_of(r): gen.facets["portfolio"].values_of(r) for r in range(gen.size) if gen.live[r]}
    finally:
        engine.close()


def in_passing(p: Page) -> bool:
    """A question to a title that names Beliris or the federal cultural institutions after "chargé(e) de"."""
    return bool({"beliris", "federal_cultural_institutions"} & set(read_title(p.addressee).secondary))


def evaluate(workdir: Path) -> dict[str, tuple[Figures, Figures]]:
    """Per part of the set (all, held out, …): (this project, every portfolio of the title)."""
    found = write_pages(workdir / "seeds")
    build(workdir / "seeds", workdir / "index")
    filed = filed_by_index(workdir / "index")
    out = {}
    parts = (("all", [p for p in found if p.judged]), ("written with the rules", [p for p in found if p.judged and not p.held_out]),
             ("held out", [p for p in found if p.held_out == 1]), ("held out 2", [p for p in found if p.held_out == 2]),
             ("held out 3", [p for p in found if p.held_out == 3]), ("held out 4", [p for p in found if p.held_out == 4]),
             ("held out 5", [p for p in found if p.held_out == 5]),
             ("held out 6", [p for p in found if p.held_out == 6]),
             ("Beliris or culture in passing", [p for p in found if p.judged and in_passing(p)]))
    for part, judged in parts:
        out[part] = (measure(filed, judged),
                     measure({p.id: list(read_title(p.addressee).portfolios) for p in judged}, judged))
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        figures = evaluate(Path(tmp))
    judged = [p for p in pages() if p.judged]
    held = [p for p in judged if p.held_out == 1]
    held2 = [p for p in judged if p.held_out == 2]
    held3 = [p for p in judged if p.held_out == 3]
    held4 = [p for p in judged if p.held_out == 4]
    held5 = [p for p in judged if p.held_out == 5]
    held6 = [p for p in judged if p.held_out == 6]
    print(f"{len(judged)} judged questions ({sum(p.language == 'nl' for p in judged)} Dutch; {len(held)} held out from "
          f"the first rules, {len(held2)} from the widened subject words, {len(held3)} from the changes of 2026-12-07, "
          f"{len(held4)} from the held names' stems, {len(held5)} from the subject words' sources, {len(held6)} from the "
          f"change after the Middle Classes' words) "
          f"to titles naming several portfolios; {len(pages()) - len(judged)} to one portfolio, learned from")
    print(f"{'':60} precision  recall  questions a ministry counts that concern another")
    for part, (ours, titles) in figures.items():
        for name, f in ((f"this project, {part}", ours), (f"every portfolio of the title, {part}", titles)):
            print(f"{name:60} {f.precision:9.3f}  {f.recall:6.3f}  {sum(f.wrong.values())}")
    ours = figures["all"][0]
    if ours.wrong:
        print("wrong filings by ministry: " + ", ".join(f"{m} {n}" for m, n in ours.wrong.most_common()))
    if args.verbose:
        for p, under in ours.misfiled:
            print(f"  {p.id} [{p.language}]{f' (held out {p.held_out})' if p.held_out else ''} {p.title!r}: judged "
                  f"{'+'.join(p.judged)}, filed under {'+'.join(under)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
