"""A generation held against its index of record: the query arrays must say what Whoosh says.

The build writes the same passages twice, as Whoosh's French-stemmed passage index and as the
arrays queries run on. `check` compares them: the live questions and passages each side
counts, the question each Whoosh record names, and, for every term (or a sample of them), the
passages Whoosh's postings list against those the arrays list. A disk error, a half-copied
generation or a bug in the build's inversion shows up here, not as wrong results.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

import numpy as np

from .generation import Generation


@dataclass
class CheckReport:
    questions: int = 0
    passages: int = 0
    terms: int = 0  # terms whose postings were compared
    of_terms: int = 0  # terms Whoosh's passage index holds
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        verdict = "ok" if not self.problems else f"{len(self.problems)} problem(s)"
        return (f"{verdict}: {self.questions} questions, {self.passages} passages, postings of {self.terms} of "
                f"{self.of_terms} terms compared with Whoosh's")


def check(gen: Generation, sample: int = 0, seed: int = 0) -> CheckReport:
    """Compare `gen`'s arrays with its Whoosh indexes; `sample` terms at random (0: every term)."""
    report = CheckReport(int(gen.live.sum()), int(gen.p_live.sum()))
    questions, passages = gen.whoosh()
    if questions.doc_count() != report.questions:
        report.problems.append(f"Whoosh holds {questions.doc_count()} questions, the arrays {report.questions}")
    if passages.doc_count() != report.passages:
        report.problems.append(f"Whoosh holds {passages.doc_count()} passages, the arrays {report.passages}")
    rows = np.flatnonzero(gen.live)
    for row in (rows if sample == 0 else rows[:: max(1, rows.size // max(sample, 1))]).tolist():
        named = gen.record(row)["id"]  # its packed record, read through the number the arrays keep
        if named != gen.id_of(row):
            report.problems.append(f"row {row}: the arrays say {gen.id_of(row)}, its Whoosh record {named}")
            break
    row_of = np.full(max(int(gen.whoosh_p.max(initial=-1)) + 1, 1), -1, dtype=np.int64)
    live = np.flatnonzero(gen.p_live)
    row_of[gen.whoosh_p[live]] = live
    reader = passages.reader()
    terms = [t.decode("utf-8") for t in reader.lexicon("text")]
    report.of_terms = len(terms)
    if sample and sample < len(terms):
        terms = random.Random(seed).sample(terms, sample)
    for term in terms:
        report.terms += 1
        theirs = set(row_of[np.fromiter(reader.postings("text", term).all_ids(), dtype=np.int64)].tolist()) - {-1}
        docs, _ = gen.passage_text.postings(term)
        ours = set(docs[gen.p_live[docs]].tolist())
        if theirs != ours:
            report.problems.append(f"term {term!r}: Whoosh lists {len(theirs)} passages, the arrays {len(ours)}"
                                   f" ({len(theirs - ours)} missing, {len(ours - theirs)} extra)")
            if len(report.problems) >= 20:
                report.problems.append("… (stopped after 20)")
                break
    return report


def check_index(root, sample: int = 0) -> CheckReport:
    """check() on the live generation of the index at `root` (NoIndex, OutdatedIndex as for a search)."""
    from .live import open_generation
    from .store import IndexStore

    store = IndexStore(root)
    gen = open_generation(store.root, store.require_current())
    try:
        return check(gen, sample)
    finally:
        gen.close()
