""""Similar questions" measured on judged pairs: of the questions the question page lists as similar, how
many are on the same subject (precision), and how many of those it could list it does (recall).

    python -m tests.relevance.similar       # both judged sets, at several thresholds

A pair is judged similar when both questions are filed under the same main subject (tests/relevance:
`Q.subjects[0]`); a background question (on another topic, naming the subject in passing) never is.
The threshold is the share of the question's own score a similar one must reach
(search.service.question.SIMILAR_THRESHOLD).
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from statistics import mean

from .evaluate import build_index, judged_sets

THRESHOLDS = (0.0, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5)


def measure(index: Path, corpus, thresholds=THRESHOLDS) -> dict[float, tuple[float, float, float]]:
    """threshold -> (precision, recall, similar questions listed per question), over the subject questions."""
    from search.api import Engine
    from search.service.question import SIMILAR, similar

    gen = Engine(index).generation()
    subject = {q.id: q.subjects[0] for q in corpus}
    out = {}
    for threshold in thresholds:
        precisions, recalls, listed = [], [], []
        for q in corpus:
            if subject[q.id].startswith("bg-"):
                continue
            row = gen.row_of(q.id)
            record = gen.record(row)
            text = record["title"] + "\n" + "\n".join(
                p["raw"] for p in gen.passages(row) if p["part"] == "question")
            shown = [r.id for r in similar(gen, row, text, {q.id}, threshold, language=record["language"])]
            good = [other for other in shown if subject.get(other) == subject[q.id]]
            possible = min(SIMILAR, sum(1 for o in corpus if o.id != q.id and subject[o.id] == subject[q.id]))
            listed.append(len(shown))
            if shown:
                precisions.append(len(good) / len(shown))
            if possible:
                recalls.append(len(good) / possible)
        out[threshold] = (mean(precisions) if precisions else 0.0, mean(recalls) if recalls else 0.0, mean(listed))
    return out


def main() -> int:
    for judged in judged_sets().values():
        with tempfile.TemporaryDirectory() as tmp:
            figures = measure(build_index(Path(tmp), judged.pages), judged.questions())
        print(f"{judged.name} set: similar questions on the same main subject\n")
        print(f"{'threshold':>10} {'precision':>10} {'recall':>8} {'listed':>8}")
        for threshold, (p, r, n) in figures.items():
            print(f"{threshold:>10.2f} {p:>10.3f} {r:>8.3f} {n:>8.2f}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
