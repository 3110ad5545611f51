"""What each relevance lever is worth: the judged set with everything on, then with one lever off.

    python -m tests.relevance.levers

Each set is measured as written, then with its pages' descriptors removed (only their words can
find them, as on recent pages and print versions). A lever is turned off by setting the library's own switch for it (a weight to 0, a step
replaced by one that does nothing) in this process only; the inflection lever needs an index
built without it, so it builds another. The widening steps (part of the words, same subject)
recover much of what the others miss on this small set, so each other lever is also measured
with those two off.
"""
from __future__ import annotations

import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

from .evaluate import build_index, evaluate, means, ours


@contextmanager
def patched(*changes):
    """Set (object, attribute, value) triples for the block, then put the old values back."""
    old = [(obj, name, getattr(obj, name)) for obj, name, _ in changes]
    for obj, name, value in changes:
        setattr(obj, name, value)
    try:
        yield
    finally:
        for obj, name, value in old:
            setattr(obj, name, value)


def levers():
    import search.matching.evaluator as evaluator
    import search.service.search as page
    import search.text.dutch as dutch
    import search.text.french as analysis
    import search.widening.widen as widening
    from search.matching import scoring

    flat = dict(scoring.WEIGHTS, title=1.0, descriptors=1.0)
    weights = [(scoring, "WEIGHTS", flat), (scoring, "SUBJECT_WEIGHT", 0.0)]
    part = [(widening, "_part_of_the_words", lambda sel, *a: (sel, None))]
    subject = [(widening, "_same_subject", lambda sel, *a: (sel, None))]
    inflection = [(analysis, "base_forms", lambda word: ()), (analysis, "FIXED_STEMS", {}),
                  (analysis, "STEM_ALIASES", {})]
    dutch_inflection = [(dutch, "singular", lambda word: [])]
    compounds = [(evaluator, "COMPOUNDS", False)]
    import search.query.terms as terms
    import search.widening.relax as relax
    pair = [(relax, "PAIR_ALONE", False)]
    synonyms = [(terms, "SYNONYMS", False)]
    feedback = [(widening, "FEEDBACK", True)]
    return {  # name -> (changes, baseline: the row it is compared with)
        "title/descriptor weighting (3, 2 -> 1, 1; no extra term)": (weights, None),
        "proximity": ([(scoring, "PROXIMITY_WEIGHT", 0.0)], None),
        "part of the words": (part, None),
        "same subject": (subject, None),
        "spelling": ([(page, "suggest", lambda *a: None)], None),
        "inflection (index built without)": (inflection, None),
        "Dutch inflection (index built without)": (dutch_inflection, None),
        "compound parts": (compounds, None),
        "the rarer of two words alone": (pair, None),
        "synonyms": (synonyms, None),
        "+ feedback (RM3's idea; off)": (feedback, None),
        "part of the words and same subject": (part + subject, None),
        "  and inflection too": (part + subject + inflection, "part of the words and same subject"),
        "  and the weighting too": (part + subject + weights, "part of the words and same subject"),
        "  and proximity too": (part + subject + [(scoring, "PROXIMITY_WEIGHT", 0.0)], "part of the words and same subject"),
    }


def main() -> int:
    import search.query.terms as query_terms
    import search.text.dutch as dutch
    import search.text.french as analysis

    from .evaluate import JudgedSet, judged_sets, without_descriptors

    plain = list(judged_sets().values())
    for judged in plain + [JudgedSet(j.name + " (no descriptors)", None, j.questions, j.queries) for j in plain]:
        corpus = judged.questions()
        scores = {}
        with tempfile.TemporaryDirectory() as tmp:
            if judged.pages is None:  # the same set's pages without their descriptors
                source = next(j for j in plain if judged.name.startswith(j.name))
                judged = JudgedSet(judged.name, without_descriptors(source, Path(tmp) / "pages"), judged.questions,
                                   judged.queries)
            index = build_index(Path(tmp) / "all", judged.pages)
            scores["everything on"] = means(evaluate(ours(index), corpus, judged.queries), queries=judged.queries)
            for name, (changes, _) in levers().items():
                with patched(*changes):
                    used = index
                    if any(obj is analysis or obj is dutch for obj, _, _ in changes):
                        analysis._cache.clear()
                        dutch._cache.clear()
                        query_terms._terms.cache_clear()  # a query word's terms, made of the stems above
                        used = build_index(Path(tmp) / f"build-{len(scores)}", judged.pages)
                    scores[name] = means(evaluate(ours(used), corpus, judged.queries), queries=judged.queries)
                analysis._cache.clear()
                dutch._cache.clear()
                query_terms._terms.cache_clear()
        print(f"{judged.name} set: recall@10, precision@10, nDCG@10; in brackets, the change from the row it is "
              f"compared with\n")
        print(f"{'':<66} {'recall':>7} {'P@10':>6} {'nDCG':>6}")
        plan = levers()
        for name, s in scores.items():
            compared = plan[name][1] if name in plan else None
            base = scores[compared or "everything on"]
            delta = "" if name == "everything on" else f"  ({s.recall - base.recall:+.3f} / {s.ndcg - base.ndcg:+.3f})"
            label = name if name.startswith("  ") or name == "everything on" else \
                f"with {name[2:]}" if name.startswith("+ ") else f"without {name}"
            print(f"{label:<66} {s.recall:>7.3f} {s.precision:>6.3f} {s.ndcg:>6.3f}{delta}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
