"""The engine a process serves pages from: the live index (search.index.live), warmed with a
first query, and a cache of recent result pages (SizedCache)."""
from __future__ import annotations

import threading
from pathlib import Path

from cachetools import LRUCache

from ..index.live import LiveIndex
from ..index.generation import Generation
from ..matching.evaluator import Evaluator
from ..matching.scoring import norm
from ..query.language import parse_query


class SizedCache:
    """The least recently used dropped first (cachetools' LRUCache, behind a lock: request threads share it):
    at most `size` entries, or `size` bytes by `getsizeof`; what is larger than the whole is not kept; size 0
    keeps nothing. The engine's recent result pages; a generation's telling terms (search.service.question)."""

    def __init__(self, size: int, getsizeof=None):
        self.size = size
        self._items = LRUCache(maxsize=size, getsizeof=getsizeof) if size else None
        self._lock = threading.Lock()

    def get(self, key):
        if self._items is None:
            return None
        with self._lock:
            return self._items.get(key)

    def put(self, key, value) -> None:
        if self._items is None:
            return
        with self._lock:
            try:
                self._items[key] = value
            except ValueError:  # larger than the whole cache
                pass


class Engine(LiveIndex):
    """The index at `root`, opened read-only; `cache_size` result pages kept per generation."""

    def __init__(self, root: str | Path, cache_size: int = 0, background: bool = False):
        self.cache = SizedCache(cache_size)  # result pages per (generation, request)
        super().__init__(root, background)

    def warm(self, gen: Generation) -> None:
        """Field norms, and the code paths of a first query, before anyone asks."""
        for field in (*gen.fields.values(), gen.passage_text):
            norm(gen, field)
            for part in field.parts:
                part.lexicon.backwards()  # for the compounds a word is part of (search.matching.evaluator)
        Evaluator(gen).run(parse_query("question"))
