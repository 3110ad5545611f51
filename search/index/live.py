"""The live index of one process: the generation `index/current` names, opened once,
followed across swaps, and warmed before it serves anyone.

A serving engine (`background=True`, as the web app makes it) watches the link: when a
build swaps in a new generation, a background thread opens and warms it while requests
are still served by the old one, and the next requests get the new one. Only the
process's first opening is synchronous, and `create_app` does it at start. A library
engine (the default) opens a new generation when it first notices it.
"""
from __future__ import annotations

import os
import threading
import weakref
from pathlib import Path
from typing import Optional

from ..errors import NoIndex, OutdatedIndex, outdated_message
from .generation import Generation
from .schema import missing_fields
from .store import IndexStore


def open_generation(root: Path, path: Path) -> Generation:
    """Open one generation folder; OutdatedIndex when an older version wrote it."""
    missing = missing_fields(path)
    if missing:
        raise OutdatedIndex(outdated_message(root, missing))
    return Generation(path)


class LiveIndex:
    """The index at `root`, opened read-only, following `current` across swaps."""

    WATCH_SECONDS = 0.5  # how often a serving engine looks for a swapped-in generation

    def __init__(self, root: str | Path, background: bool = False):
        self.store = IndexStore(root)
        self.background = background
        self._generation: Optional[Generation] = None
        self._lock = threading.Lock()
        self._warming: Optional[Path] = None
        self._stopped = threading.Event()
        if background:  # the watcher holds the engine weakly: it ends with it, or at close()
            threading.Thread(target=_watch, args=(weakref.ref(self), self._stopped), name="watch-index",
                             daemon=True).start()

    def generation(self) -> Generation:
        """The live generation (or, while its successor warms up, the one before it). A serving engine's
        watcher looks for a swap, so that a request does not read the link itself (a page asks a dozen times);
        a request only checks that the generation it is given is still on disk."""
        gen = self._generation
        if self.background and gen is not None and not self._stopped.is_set() and os.path.exists(gen.path):
            return gen
        path = self.store.current()
        if path is None:
            raise NoIndex(f"no index in {self.store.root}/: build it with `python -m search build`")
        gen = self._generation
        if gen is not None and gen.path == path:
            return gen
        if self.background and gen is not None and gen.path.exists():
            self._warm_in_background(path)
            return gen
        with self._lock:
            if self._generation is None or self._generation.path != path:
                self._generation = self._open(path)
            return self._generation

    def _open(self, path: Path) -> Generation:
        gen = open_generation(self.store.root, path)
        gen.warm()
        self.warm(gen)
        return gen

    def warm(self, gen: Generation) -> None:
        """What to run on a generation before it serves anyone, beyond touching its arrays (a hook)."""

    def _warm_in_background(self, path: Path) -> None:
        with self._lock:
            if self._warming == path:
                return
            self._warming = path

        def work():
            try:
                gen = self._open(path)
            except Exception:  # an outdated or vanished generation: the next request reports it
                with self._lock:
                    self._generation, self._warming = None, None
                return
            with self._lock:
                self._generation, self._warming = gen, None

        threading.Thread(target=work, name="warm-generation", daemon=True).start()

    def close(self) -> None:
        self._stopped.set()
        if self._generation is not None:
            self._generation.close()


def _watch(ref: "weakref.ref[LiveIndex]", stopped: threading.Event) -> None:
    """Look for a swapped-in generation every WATCH_SECONDS and have it warmed in the background."""
    while not stopped.wait(LiveIndex.WATCH_SECONDS):
        engine = ref()
        if engine is None:
            return
        gen, path = engine._generation, engine.store.current()
        if gen is not None and path is not None and gen.path != path:
            engine._warm_in_background(path)
        del engine
