"""Named points where a build or update can be killed on purpose, for the crash tests.

`SEARCH_CRASH_AT=renamed` (or `added#40`, the 40th pass) makes the process SIGKILL
itself there: the same death as a power cut or an OOM kill, at a moment chosen
exactly, such as between two steps of the swap. Unset, a point costs one dict lookup.
"""
from __future__ import annotations

import os
import signal

_passes: dict[str, int] = {}


def checkpoint(name: str) -> None:
    wanted = os.environ.get("SEARCH_CRASH_AT")
    if not wanted:
        return
    point, _, nth = wanted.partition("#")
    if point != name:
        return
    _passes[name] = _passes.get(name, 0) + 1
    if _passes[name] >= int(nth or 1):
        os.kill(os.getpid(), signal.SIGKILL)
