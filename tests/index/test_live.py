"""search.index.live: the served generation is opened and warmed before anyone is served by it."""
from __future__ import annotations

import shutil
import threading
import time

from search.index import live
from search.api import Engine, SearchRequest, build, search, update

from tests.indexer.test_build import clones


def test_a_swapped_in_generation_is_warmed_in_the_background(tmp_path, monkeypatch):
    seeds, index = clones(tmp_path / "seeds", 2), tmp_path / "index"
    build(seeds, index)
    opened_by: list[str] = []
    real = live.open_generation

    release = threading.Event()

    def watching(root, path):  # the real opening, noting which thread did it; the warming one waits for the test
        opened_by.append(threading.current_thread().name)
        if threading.current_thread().name == "warm-generation":
            release.wait(10)
        return real(root, path)

    monkeypatch.setattr(live, "open_generation", watching)
    engine = Engine(index, background=True)
    assert search(engine, SearchRequest()).questions == 2
    assert opened_by == [threading.current_thread().name]  # the process's first opening: at start

    clones(seeds, 3, start=10)
    update(seeds, index)
    # while the new generation is held warming, requests are served at once, by the old one
    assert search(engine, SearchRequest()).questions == 2
    release.set()
    deadline = time.monotonic() + 5
    while search(engine, SearchRequest()).questions != 5:
        assert time.monotonic() < deadline, "the new generation never served"
        time.sleep(0.02)
    assert opened_by[1:] == ["warm-generation"]  # no request thread opened it
    assert engine.generation().path == engine.store.current()



def test_a_serving_engine_leaves_a_generation_gone_from_disk_at_once(tmp_path, monkeypatch):
    """A serving engine's requests do not read the index link (its watcher does), but one whose generation was
    pruned (two builds while it was warming the first) opens the live one at once, not at the watcher's round."""
    monkeypatch.setattr(live.LiveIndex, "WATCH_SECONDS", 60.0)  # the watcher stays asleep
    seeds, index = clones(tmp_path / "seeds", 2), tmp_path / "index"
    build(seeds, index)
    engine = Engine(index, background=True)
    first = engine.generation().path
    clones(seeds, 3, start=10)
    update(seeds, index)
    assert engine.generation().path == first  # the swap is the watcher's to notice
    shutil.rmtree(first)
    assert engine.generation().path == engine.store.current() != first
    assert search(engine, SearchRequest()).questions == 5
    engine.close()
