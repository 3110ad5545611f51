"""search.indexer.arrays: questions written as one segment of query arrays, and read back as they went in."""
from __future__ import annotations

import numpy as np

from search.index import codec
from search.indexer.arrays import SegmentWriter
from search.index.fields import GAP
from search.ingest.parse import parse_file
from search.text.bilingual import FRENCH, groups
from search.text.fold import fold
from search.text.tokens import base_words
from tests.conftest import SEED_8905, SEED_8917


def lexicon(folder, analysis) -> list[str]:
    blob, off = codec.load_bytes(folder, codec.lexicon_file(analysis)), codec.load(folder, codec.lexicon_offsets(analysis))
    return [blob[off[i]:off[i + 1]].decode() for i in range(len(off) - 1)]


def postings(folder, field, analysis, term):
    terms = lexicon(folder, analysis)
    i = terms.index(term)
    ptr = codec.load(folder, codec.field_array(field, "ptr"))
    doc, tf = codec.load(folder, codec.field_array(field, "doc")), codec.load(folder, codec.field_array(field, "tf"))
    return doc[ptr[i]:ptr[i + 1]].tolist(), tf[ptr[i]:ptr[i + 1]].tolist()


def test_a_segment_holds_each_question_as_it_was_added(tmp_path):
    questions = [parse_file(SEED_8917), parse_file(SEED_8905)]
    writer = SegmentWriter()
    for q in questions:
        writer.add(q)
    meta = writer.write(tmp_path)
    assert meta["rows"] == 2 and meta["passages"] == sum(len(q.passages) for q in questions)
    assert codec.load(tmp_path, "qkey").tolist() == [codec.key_of(q.id) for q in questions]
    assert lexicon(tmp_path, FRENCH) == sorted(lexicon(tmp_path, FRENCH))  # sorted: found by binary search
    # a word of both titles: both rows, in row order, each counted once
    (stem,) = {t for t in groups(FRENCH, ["sociaux"])[0]} & set(lexicon(tmp_path, FRENCH))
    assert postings(tmp_path, "title", FRENCH, stem) == ([0, 1], [1, 1])
    # the answer of 5-8917 says "Selor" in several passages: one posting, its count
    docs, tf = postings(tmp_path, "answer", FRENCH, "selor")
    assert docs == [0] and tf[0] == sum(base_words(p.text).count("selor") for p in questions[0].passages
                                        if p.part == "answer")


def test_positions_leave_a_gap_between_texts(tmp_path):
    """`exact` holds the title, then the descriptors, then the bodies: a phrase never runs across two of them."""
    q = parse_file(SEED_8917)
    writer = SegmentWriter()
    writer.add(q)
    writer.write(tmp_path)
    terms = lexicon(tmp_path, "exact")
    ppos = codec.load(tmp_path, codec.field_array("exact", "ppos"))
    pos = codec.load(tmp_path, codec.field_array("exact", "pos"))

    def where(word):
        i = terms.index(fold(word))
        return pos[ppos[i]:ppos[i + 1]].tolist()

    title = base_words(q.title)
    assert where(title[0])[0] == 0 and where(title[-1])[0] == len(title) - 1
    first_descriptor = base_words(q.descriptors[0])[0]
    assert min(where(first_descriptor)) == len(title) + GAP


def test_facets_are_written_as_row_value_pairs(tmp_path):
    writer = SegmentWriter()
    for q in (parse_file(SEED_8917), parse_file(SEED_8905)):
        writer.add(q)
    meta = writer.write(tmp_path)
    values = meta["facets"]["descriptors"]
    doc = codec.load(tmp_path, codec.facet_array("descriptors", "doc")).tolist()
    val = codec.load(tmp_path, codec.facet_array("descriptors", "val")).tolist()
    assert [values[v] for d, v in zip(doc, val) if d == 1] == parse_file(SEED_8905).descriptors
    assert np.all(np.diff(doc) >= 0)  # sorted by row: a row's values are read as one slice


def positions_by_row(folder, field, analysis, term) -> dict[int, list[int]]:
    """Each row's positions of `term`, read as the engine reads them: the term's first position, then each
    posting's run as long as its count."""
    i = lexicon(folder, analysis).index(term)
    ptr, ppos = codec.load(folder, codec.field_array(field, "ptr")), codec.load(folder, codec.field_array(field, "ppos"))
    doc, tf = codec.load(folder, codec.field_array(field, "doc")), codec.load(folder, codec.field_array(field, "tf"))
    pos, start, out = codec.load(folder, codec.field_array(field, "pos")), int(ppos[i]), {}
    for row, count in zip(doc[ptr[i]:ptr[i + 1]].tolist(), tf[ptr[i]:ptr[i + 1]].tolist()):
        out[row] = pos[start:start + count].tolist()
        start += count
    return out


def test_a_word_repeated_past_what_a_count_holds_leaves_the_other_rows_positions_right(tmp_path):
    """A count is 16 bits: a row that repeats a word 70,000 times keeps its first 65,535 positions, and the
    next rows' positions of that word, read from the counts, stay where they were."""
    import dataclasses

    from search.model import Passage

    base = parse_file(SEED_8917)
    flood = dataclasses.replace(base, passages=[Passage("question", 0, "encore " * 70_000 + "fin")])
    other = dataclasses.replace(parse_file(SEED_8905), passages=[Passage("question", 0, "Encore une fois, et encore.")])
    alone, both = tmp_path / "alone", tmp_path / "both"
    for folder, questions in ((alone, [other]), (both, [flood, other])):
        folder.mkdir()
        writer = SegmentWriter()
        for q in questions:
            writer.add(q)
        writer.write(folder)
    assert len(positions_by_row(both, "exact", "exact", "encore")[0]) == 65_535
    assert positions_by_row(both, "exact", "exact", "encore")[1] == positions_by_row(alone, "exact", "exact", "encore")[0]
    for word in base_words(other.title):
        term = fold(word)
        if term in lexicon(alone, "exact"):
            assert positions_by_row(both, "exact", "exact", term)[1] == positions_by_row(alone, "exact", "exact", term)[0]


def test_a_segment_inverted_a_few_postings_at_a_time_is_the_same_files(tmp_path, monkeypatch):
    """A segment's postings are inverted a range of terms at a time, their ids turned into ranks and each range
    found a part at a time (arrays.CHUNK, half a million postings): with parts of three postings, every file
    the segment writes is the same, byte for byte."""
    from search.indexer import arrays
    from tests.conftest import CORPUS

    questions = [parse_file(SEED_8917), parse_file(SEED_8905)] + [parse_file(p) for p in sorted(CORPUS.glob("*.txt"))[:20]]

    def written(folder, chunk):
        monkeypatch.setattr(arrays, "CHUNK", chunk)
        writer = SegmentWriter()
        for q in questions:
            writer.add(q)
        writer.write(folder)
        return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}

    whole, parts = written(tmp_path / "whole", arrays.CHUNK), written(tmp_path / "parts", 3)
    assert whole.keys() == parts.keys() and len(whole) > 40
    assert [name for name in whole if whole[name] != parts[name]] == []
