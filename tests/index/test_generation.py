"""search.indexer.arrays and search.index.generation: what the build writes is what queries read."""
from __future__ import annotations

import json
import shutil

import numpy as np

from search.text.fold import fold
from search.text.tokens import base_words
from search.api import Engine, SearchRequest, build, parse_file, search, update
from search.indexer import build as build_module
from search.index.codec import SEGMENTS

from tests.conftest import CORPUS, SEEDS, VARIANTS, copy_corpus

QUERIES = ["prison", "médias sociaux", '"écart de pension"', "pension*", "auteur:taelman", "statut:en-attente",
           "titre:prisons", "asile OU migration", "ministre SAUF justice", ""]


def answers(index, q: str):
    page = search(Engine(index), SearchRequest(q, size=100, facet_limit=10_000))
    results = sorted((r.id, round(r.score, 3), r.matching_passages, len(r.siblings)) for r in page.results)
    facets = {name: sorted((v.value, v.count) for v in values) for name, values in page.facets.items()}
    return page.total, page.questions, results, facets


def test_the_arrays_hold_every_word_at_its_position(engine):
    gen = engine.generation()
    q = parse_file(SEEDS / "000_7920259182f321fb.txt")
    row = gen.row_of(q.id)
    words = [fold(w) for w in base_words(q.title)]
    exact = gen.fields["exact"]
    mask = np.zeros(gen.size, dtype=bool)
    mask[row] = True
    for i, word in enumerate(words):
        rows, positions = exact.positions(word, mask)
        assert i in positions.tolist(), word  # the title comes first, word by word
    assert gen.fields["exact"].lengths[row] > len(words)


def test_the_arrays_are_memory_maps(engine):
    """Mapped from the generation's files, not read into each process: workers share the pages."""
    gen = engine.generation()
    exact = gen.fields["exact"].parts[0]
    for array in (exact.doc, exact.tf, exact.pos, gen.qkey, gen.whoosh_q):
        assert isinstance(array.base, np.memmap) and str(gen.path) in str(array.base.filename)


def test_an_updated_index_answers_as_a_fresh_build(tmp_path):
    seeds = copy_corpus(tmp_path / "seeds", SEEDS, VARIANTS, CORPUS)
    held = sorted(seeds.glob("5-*.txt"))[:3]
    kept = {p: p.read_bytes() for p in held}
    for p in held:
        p.unlink()
    index = tmp_path / "updated"
    build(seeds, index)
    for p, data in kept.items():  # added back, one changed, one removed: two more segments
        p.write_bytes(data)
    update(seeds, index)
    changed = sorted(seeds.glob("6-*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8").replace("Chronologie", "Chronologie", 1) + "\nprison\n",
                       encoding="utf-8")
    sorted(seeds.glob("7-*.txt"))[0].unlink()
    update(seeds, index)
    live = Engine(index).generation()
    assert len(json.loads((live.path / SEGMENTS).read_text())["segments"]) == 3 and not live.live.all()
    fresh = tmp_path / "fresh"
    build(seeds, fresh)
    for q in QUERIES:
        assert answers(index, q) == answers(fresh, q), q


def test_a_build_in_several_segments_answers_as_a_build_in_one(tmp_path, monkeypatch):
    """A build writes a segment each SEGMENT_ROWS questions (what bounds its memory): the same answers,
    scores, counts and facets as one segment, and an update on top adds one more."""
    seeds = copy_corpus(tmp_path / "seeds", SEEDS, VARIANTS, CORPUS)
    whole = tmp_path / "whole"
    build(seeds, whole)
    monkeypatch.setenv("SEARCH_BUILD_SEGMENT_ROWS", "7")
    split = tmp_path / "split"
    build(seeds, split)
    listed = json.loads((Engine(split).generation().path / SEGMENTS).read_text())
    rows = Engine(whole).generation().size
    assert len(listed["segments"]) == -(-rows // 7) == listed["built"] > 2
    for q in QUERIES:
        assert answers(split, q) == answers(whole, q), q
    changed = sorted(seeds.glob("6-*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nprison\n", encoding="utf-8")
    update(seeds, split)
    update(seeds, whole)
    assert len(json.loads((Engine(split).generation().path / SEGMENTS).read_text())["segments"]) == listed["built"] + 1
    for q in QUERIES:
        assert answers(split, q) == answers(whole, q), q


def test_the_segments_of_a_build_count_as_one_towards_a_rebuild(tmp_path, monkeypatch):
    monkeypatch.setattr(build_module, "MAX_SEGMENTS", 2)
    monkeypatch.setenv("SEARCH_BUILD_SEGMENT_ROWS", "1")
    seeds = copy_corpus(tmp_path / "seeds", SEEDS)
    index = tmp_path / "index"
    build(seeds, index)

    def listed():
        found = json.loads((Engine(index).generation().path / SEGMENTS).read_text())
        return len(found["segments"]), found["built"]

    assert listed() == (2, 2)
    states = []
    for path in sorted(CORPUS.glob("*.txt"))[:3]:
        shutil.copy(path, seeds / path.name)
        update(seeds, index)
        states.append(listed())
    # one update on top of the build's two segments; the next would make two of its own: a rebuild (4 questions)
    assert states == [(3, 2), (4, 4), (5, 4)]
    assert search(Engine(index), SearchRequest()).questions == 5


def test_updates_that_pile_up_segments_rebuild_the_generation(tmp_path, monkeypatch):
    monkeypatch.setattr(build_module, "MAX_SEGMENTS", 2)
    seeds = copy_corpus(tmp_path / "seeds", SEEDS)
    index = tmp_path / "index"
    build(seeds, index)
    extra = sorted(CORPUS.glob("*.txt"))
    for k, path in enumerate(extra[:3]):
        shutil.copy(path, seeds / path.name)
        update(seeds, index)
        segments = json.loads((Engine(index).generation().path / SEGMENTS).read_text())["segments"]
        assert len(segments) <= 2
    assert search(Engine(index), SearchRequest()).questions == 5


def test_positions_of_a_few_rows_are_those_of_the_mask(relevance_engine):
    """Field.positions_in (binary search, for proximity) finds what positions() finds with a mask."""
    import numpy as np

    gen = relevance_engine.generation()
    rng = np.random.default_rng(7)
    for name, term in (("exact", "les"), ("exact", "prison"), ("title", "prison"), ("descriptors", "social"),
                       ("exact", "zzyzx")):
        field = gen.fields[name]
        rows = np.sort(rng.choice(gen.size, 60, replace=False))
        keep = np.zeros(gen.size, dtype=bool)
        keep[rows] = True
        expected = sorted(zip(*(a.tolist() for a in field.positions(term, keep))))
        assert sorted(zip(*(a.tolist() for a in field.positions_in(term, rows)))) == expected
        assert name != "exact" or term != "les" or expected  # a common word: something to compare


def test_facet_counts_are_the_same_whichever_way_they_are_taken(engine):
    """Few rows are counted directly; most rows as the column's totals less the others; a multi-valued facet
    whose rows carry a few values from its first few plus the rest; and the first values of every such column at
    once (FirstCodes, as a results page counts them)."""
    gen = engine.generation()
    together = gen.first_codes()
    assert {"status", "year", "author", "portfolio", "holder"} <= set(together.names)
    descriptors = gen.facets["descriptors"]  # counted with the others by its first values, then the values past them
    assert "descriptors" in together.names and descriptors.slots > 1 and descriptors.extra_doc is not None
    rng = np.random.default_rng(7)
    for share in (0.05, 0.4, 0.6, 0.97):
        mask = rng.random(gen.size) < share
        rows = np.flatnonzero(mask)
        firsts = together.count(mask, rows)
        for name, column in gen.facets.items():
            expected = np.zeros(len(column.values), dtype=np.int64)
            for row in rows.tolist():
                for value in set(column.values_of(row) if column.row_ptr.size else
                                 ([column.value(row)] if column.value(row) is not None else [])):
                    expected[column.values.index(column.canonical(value))] += 1
            got = column.count(mask, rows)
            if name in firsts:
                assert (column.count(mask, rows, firsts=firsts[name]) == got).all(), (name, share)
            if column.group is not None:
                got = np.array([got[column.values.index(column.canonical(v))] for v in column.values])
                expected = np.array([expected[column.values.index(column.canonical(v))] for v in column.values])
            assert (got == expected).all(), (name, share)


def test_a_generation_has_one_cache_made_once_under_its_lock(built):
    """What readers work out per generation (norms, the spelling lexicon, the overview…) is made once, even
    when several request threads ask for it at the same time."""
    import threading

    from search.index.generation import Generation
    from search.index.store import IndexStore

    index, _ = built
    gen = Generation(IndexStore(index).require_current())
    made = []

    def make():
        made.append(1)
        return len(made)

    threads = [threading.Thread(target=lambda: gen.cached("probe", make)) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert made == [1] and gen.cached("probe", make) == 1
    assert not hasattr(gen, "memo") and not hasattr(gen, "cache")  # one cache, not three


def test_stored_json_reads_the_same_with_orjson_and_falls_back_where_it_refuses():
    from search.index.generation import _decoded
    record = {"id": "5-8900", "title": "Médias « sociaux » – 😀", "delay": -1, "descriptors": ["été", "ĳ"]}
    assert _decoded(json.dumps(record, ensure_ascii=False).encode("utf-8")) == record
    assert _decoded(json.dumps(record).encode("ascii")) == record  # \u escapes, as an older build might write
    nan = _decoded(b'{"score": NaN}')["score"]  # orjson refuses NaN; the standard library reads it
    assert nan != nan


def test_a_terms_postings_within_ranges_of_rows_are_those_of_its_whole_list(engine):
    """postings_in reads a term's rows range by range (a results page's passages): the same rows and counts as its
    whole list cut to the ranges, in the ranges' order, whatever they are (empty, past the end, unsorted)."""
    gen = engine.generation()
    field = gen.passage_text
    rng = np.random.default_rng(11)
    n = gen.p_live.size
    assert field.postings("question")[0].size > 10  # a word many passages hold
    for term in ("question", "prison", "detenu", "ministr", "absent-from-every-passage"):
        docs, tf = field.postings(term)
        for _ in range(20):
            starts = rng.integers(0, n + 5, 12)
            ends = starts + rng.integers(0, 40, 12)
            got_docs, got_tf = field.postings_in(term, starts, ends)
            keep = [i for s, e in zip(starts.tolist(), ends.tolist()) for i in np.flatnonzero((docs >= s) & (docs < e))]
            assert got_docs.tolist() == docs[keep].tolist() and got_tf.tolist() == tf[keep].tolist()
