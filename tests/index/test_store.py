"""search.index.store: generations, the atomic swap of `current`, the writer lock."""
from __future__ import annotations

import os

import pytest

from search.api import IndexLocked
from search.index import codec
from search.index.store import IndexStore, link_copy


def publish(store: IndexStore, marker: str):
    with store.lock(), store.staged() as tmp:
        (tmp / "marker").write_text(marker)
        return store.publish(tmp)


def test_a_published_generation_becomes_current_in_one_step(tmp_path):
    store = IndexStore(tmp_path)
    assert store.current() is None
    first = publish(store, "one")
    assert store.current() == first and os.readlink(tmp_path / "current") == first.name
    second = publish(store, "two")
    assert store.current() == second and (second / "marker").read_text() == "two"


def test_a_failed_build_leaves_nothing_and_the_live_generation_in_place(tmp_path):
    store = IndexStore(tmp_path)
    live = publish(store, "live")
    with pytest.raises(RuntimeError), store.lock(), store.staged() as tmp:
        (tmp / "half").write_text("x")
        raise RuntimeError("killed")
    assert store.current() == live and not list(tmp_path.glob("gen-*.tmp"))


def test_a_killed_builds_leftovers_are_removed_by_the_next(tmp_path):
    store = IndexStore(tmp_path)
    (tmp_path / "gen-19990101T000000-1-000001.tmp").mkdir()
    publish(store, "x")
    assert not list(tmp_path.glob("gen-*.tmp"))


def test_the_live_generation_and_the_one_before_are_kept(tmp_path):
    store = IndexStore(tmp_path)
    made = [publish(store, str(i)) for i in range(4)]
    assert set(tmp_path.glob("gen-*")) == set(made[-2:])  # the two newest, whatever their names sort as


def test_one_writer_at_a_time(tmp_path, monkeypatch):
    monkeypatch.setattr("search.index.store.LOCK_GRACE", 0.1)
    store = IndexStore(tmp_path)
    with store.lock():
        with pytest.raises(IndexLocked, match="another build or update"):
            with IndexStore(tmp_path).lock():
                pass


def test_a_copy_links_the_files_and_writes_its_own_manifest(tmp_path):
    src, dst = tmp_path / "a", tmp_path / "b"
    (src / "seg-0001").mkdir(parents=True)
    (src / "seg-0001" / "x.npy").write_bytes(b"1")
    (src / codec.MANIFEST).write_bytes(b"")
    dst.mkdir()
    link_copy(src, dst)
    assert os.path.samefile(src / "seg-0001" / "x.npy", dst / "seg-0001" / "x.npy")
    assert not (dst / codec.MANIFEST).exists()
