"""Run the app with a production WSGI server.

gunicorn with one worker process per core (each opens the index once and keeps its
own searchers) and a few threads each: one Python process is bound to one core by
the GIL, and a results page is CPU work. Where gunicorn cannot run (Windows),
waitress serves with threads in one process.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import os

from . import create_app

M_MMAP_THRESHOLD, M_ARENA_MAX = -3, -8


def return_freed_memory() -> None:
    """Make glibc give large freed blocks back to the system at once.

    A query's scratch arrays (positions of a common phrase, masks) are large and short-lived;
    with glibc's default, freed ones stay in per-thread arenas and a worker's RSS climbs to
    its worst moment and stays there. Served from mmap, they are returned when freed."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.mallopt(M_MMAP_THRESHOLD, 256 * 1024)
        libc.mallopt(M_ARENA_MAX, 2)
    except (OSError, AttributeError):  # not glibc
        pass


def serve(index: str, seeds: str, host: str = "127.0.0.1", port: int = 5000, threads: int = 8,
          workers: int = 0) -> None:
    config = {"INDEX_DIR": index, "SEEDS_DIR": seeds}
    workers = workers or min(4, os.cpu_count() or 1)
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
