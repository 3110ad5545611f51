"""Run the app with a production WSGI server.

gunicorn with one worker process per core (each opens the index once and keeps its
own searchers) and two threads each: one Python process is bound to one core by
the GIL, and a results page is CPU work, so that more threads only take turns on the
core (BENCHMARKS.md, 7 December 2026, 50,000 questions, 8 clients: two threads a worker
against four, the search page 146 -> 161 req/s, higher in every round; question pages no
change beyond the noise; lower tails); the second keeps a worker answering while one
request is slow. Where gunicorn cannot run (Windows), waitress serves with threads in one process.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import os

from . import create_app

M_TRIM_THRESHOLD, M_MMAP_THRESHOLD, M_ARENA_MAX = -1, -3, -8
MMAP_THRESHOLD = 4 << 20  # blocks from this size up are mapped apart and unmapped when freed
TRIM_THRESHOLD = 16 << 20  # free memory at the top of a heap kept for the next request, up to this


def return_freed_memory() -> None:
    """Make glibc give large freed blocks back to the system at once, and keep the rest for the next request.

    A query's scratch arrays (positions of a common phrase, masks) are large and short-lived; with glibc's
    default, freed ones stay in per-thread arenas and a worker's RSS climbs to its worst moment and stays
    there. Blocks of 4 MB and more are mapped apart and returned when freed; two arenas at most. The arrays
    of every row (200 KB to 1.6 MB from 50,000 to 200,000 questions) stay in the heap, and up to 16 MB of
    it is kept free rather than trimmed: mapped or trimmed, each such array was a fresh set of pages to fault
    in, which cost a results page about a fifth of its time (256 KB and the default trim, until December
    2026; measured in process over the bench mix, pinned pairs: commit b7ce6eb)."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)
        libc.mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD)
        libc.mallopt(M_ARENA_MAX, 2)
    except (OSError, AttributeError):  # not glibc
        pass


THREADS_PER_WORKER = 2


def serve(index: str, seeds: str, host: str = "127.0.0.1", port: int = 5000, threads: int = 0,
          workers: int = 0) -> None:
    """`threads`: in all, shared by the workers (0: THREADS_PER_WORKER each); `workers`: 0, one per core, at most 4."""
    config = {"INDEX_DIR": index, "SEEDS_DIR": seeds}
    workers = workers or min(4, os.cpu_count() or 1)
    threads = threads or THREADS_PER_WORKER * workers
    try:
        from gunicorn.app.base import BaseApplication
    except ImportError:  # not a POSIX system
        import waitress

        waitress.serve(create_app(config), host=host, port=port, threads=threads, ident="senate-search")
        return

    class Server(BaseApplication):
        def load_config(self):
            for key, value in {"bind": f"{host}:{port}", "workers": workers, "worker_class": "gthread",
                               "threads": max(1, threads // workers), "timeout": 60, "graceful_timeout": 5,
                               "accesslog": None, "errorlog": "-", "loglevel": "warning",
                               # no request-line cap of its own (default 4094 bytes: a long query
                               # got a raw "414"): the app refuses a long query with its own 400
                               "limit_request_line": 0}.items():
                self.cfg.set(key, value)

        def load(self):
            return_freed_memory()  # in each worker, before the app opens the index
            return create_app(config)

    Server().run()
