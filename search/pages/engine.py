"""The engine a process serves pages from: the live index (search.index.live), warmed with a
first query, and a cache of recent result pages."""
from __future__ import annotations

import threading
from collections import OrderedDict
from pathlib import Path

from ..index.live import LiveIndex
from ..index.reader import Generation
from ..matching.evaluator import Evaluator
from ..matching.scoring import norm
from ..query.language import parse_query


class ResultCache:
    """Recent result pages per (generation, request); size 0 turns it off."""

    def __init__(self, size: int):
        self.size = size
        self._pages: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):
        if not self.size:
            return None
        with self._lock:
            page = self._pages.get(key)
            if page is not None:
                self._pages.move_to_end(key)
            return page

    def put(self, key, page) -> None:
        if not self.size:
            return
        with self._lock:
            self._pages[key] = page
            while len(self._pages) > self.size:
                self._pages.popitem(last=False)


class Engine(LiveIndex):
    """The index at `root`, opened read-only; `cache_size` result pages kept per generation."""

    def __init__(self, root: str | Path, cache_size: int = 0, background: bool = False):
        self.cache = ResultCache(cache_size)
        super().__init__(root, background)

    def warm(self, gen: Generation) -> None:
        """Field norms, and the code paths of a first query, before anyone asks."""
        for field in (*gen.fields.values(), gen.passage_text):
            norm(gen, field)
            for part in field.parts:
                part.lexicon.backwards()  # for the compounds a word is part of (search.matching.evaluator)
        Evaluator(gen).run(parse_query("question"))
