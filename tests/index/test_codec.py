"""search.index.codec: the one place that knows the index's file names and the id <-> key conversion."""
from __future__ import annotations

import io
import json
import zlib

import numpy as np
import pytest

from search.index import codec


@pytest.mark.parametrize("qid", ["5-8917", "3-1", "7-1503", "10-999999"])
def test_an_id_and_its_key_round_trip(qid):
    assert codec.id_of(codec.key_of(qid)) == qid


def test_key_order_is_id_order():
    ids = ["3-1204", "4-5", "4-888", "5-126", "5-8917", "7-1"]
    assert sorted(ids, key=codec.key_of) == ids
    assert codec.id_of(-1) == ""


def test_what_is_not_an_id():
    assert codec.is_id("5-8917") and not codec.is_id("x-1") and not codec.is_id("5-12345678")
    with pytest.raises(ValueError):
        codec.key_of("demande-5")


def test_a_saved_array_is_a_new_file(tmp_path):
    """An update hard-links a generation's files: writing through a shared inode would change the old one."""
    codec.save(tmp_path, "x", np.arange(5))
    (tmp_path / "linked.npy").hardlink_to(tmp_path / "x.npy")
    codec.save(tmp_path, "x", np.arange(3))
    assert codec.load(tmp_path, "x").tolist() == [0, 1, 2]
    assert codec.load(tmp_path, "linked").tolist() == [0, 1, 2, 3, 4]
    assert not list(tmp_path.glob("*.tmp"))


def test_arrays_are_read_as_memory_maps(tmp_path):
    codec.save(tmp_path, "x", np.arange(5))
    mapped = codec.load(tmp_path, "x")
    assert isinstance(mapped.base, np.memmap) and not isinstance(mapped, np.memmap)
    assert not isinstance(codec.load(tmp_path, "x", mmap=False).base, np.memmap)


def test_a_generation_names_its_format(tmp_path):
    assert codec.format_of(tmp_path) is None
    codec.save_json(tmp_path, codec.FORMAT_FILE, {"format": codec.FORMAT})
    assert codec.format_of(tmp_path) == codec.FORMAT


def test_segment_names_count_up():
    assert codec.segment_name(1) == "seg-0001"
    assert codec.next_segment(["seg-0001", "seg-0009"]) == "seg-0010"


def test_an_array_written_in_parts_is_the_file_save_writes(tmp_path):
    """A segment's large arrays are written a range of terms at a time: byte for byte what `save` writes of
    the whole array, and nothing at all when writing fails half-way."""
    values = np.arange(-5, 300_000, 7, dtype=np.int32)
    with codec.ArrayFile(tmp_path, "parts", np.int32) as out:
        for part in np.array_split(values, 5):
            out.write(part)
    assert (tmp_path / "parts.npy").read_bytes() == _saved(values)
    assert np.array_equal(codec.load(tmp_path, "parts"), values)
    with codec.ArrayFile(tmp_path, "empty", np.uint16):
        pass
    assert (tmp_path / "empty.npy").read_bytes() == _saved(np.zeros(0, np.uint16))
    with pytest.raises(RuntimeError):
        with codec.ArrayFile(tmp_path, "broken", np.int32) as out:
            out.write(values[:10])
            raise RuntimeError("disk full")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.npy", "parts.npy"]


def test_counts_positions_and_rows_are_written_as_narrow_as_they_fit(tmp_path):
    """An array written with `narrow` holds the same values in the narrowest unsigned type that holds them all
    (a segment's counts and positions: the index was a fifth smaller at 50,000 questions); never narrower, and
    not at all when one is negative."""
    for values, expected in ((np.arange(0, 256, dtype=np.int32), np.uint8),
                             (np.arange(0, 70_000, 3, dtype=np.int32), np.int32),
                             (np.array([0, 65_535], dtype=np.int32), np.uint16),
                             (np.array([-1, 3], dtype=np.int32), np.int32),
                             (np.array([2, 255], dtype=np.uint16), np.uint8)):
        with codec.ArrayFile(tmp_path, "narrow", values.dtype, narrow=True) as out:
            for part in np.array_split(values, 3):
                out.write(part)
        got = codec.load(tmp_path, "narrow")
        assert got.dtype == expected and np.array_equal(got, values), (values, got.dtype)
        assert codec.narrowest(values).dtype == expected and np.array_equal(codec.narrowest(values), values)


def test_records_are_packed_smaller_with_the_dictionary_their_like_teach(tmp_path):
    """A record packed with dictionaries learned from other records reads back the same, smaller than zlib alone
    makes it; the dictionaries are saved with a generation and read back from it; none: zlib alone."""
    records = [json.dumps({"id": f"7-{n}", "legislature": 7, "number": n, "author": "Anne Dumont", "party": "PS",
                           "addressee": "vice-première ministre et ministre des Affaires sociales et de la Santé publique",
                           "events": [{"date": "2021-03-04", "label": "Envoi question"}], "status": "answered"},
                          ensure_ascii=False).encode() for n in range(40)]
    packer = codec.Packer.learn(records[:30], [b'[{"raw": "Madame la Ministre", "part": "question"}]'])
    packer.save(tmp_path)
    again = codec.Packer.of(tmp_path)
    for record in records[30:]:
        packed = again.pack_record(record)
        assert again.record_of(packed) == record and packer.record_of(packed) == record
        assert len(packed) < len(zlib.compress(record, 6)) / 2
    plain = codec.Packer.of(tmp_path / "elsewhere")
    assert plain.record_of(plain.pack_record(records[0])) == records[0]
    texts = '[{"raw": "Madame la Ministre, quelles mesures ?", "part": "question"}]'.encode()
    assert again.texts_of(again.pack_texts(texts)) == texts


def _saved(values: np.ndarray) -> bytes:
    """What np.save (codec.save's writer) writes of `values`."""
    out = io.BytesIO()
    np.save(out, values, allow_pickle=False)
    return out.getvalue()
