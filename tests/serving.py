"""Helpers for tests and benchmarks that talk to the real production server."""
from __future__ import annotations

import http.client
import os
import subprocess
import sys
import time
from pathlib import Path

from bench.procs import descendants, free_port, tree_rss_kb  # noqa: F401  (tests import them from here)

ROOT = Path(__file__).resolve().parent.parent


class Server:
    """`python -m search serve` on a free loopback port, stopped on exit."""

    def __init__(self, index: Path, threads: int = 0, env: dict | None = None):
        """`threads`: in all (0: `serve`'s default, two per worker)."""
        self.port = free_port()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "search", "serve", "--index", str(index), "--port", str(self.port),
             *(["--threads", str(threads)] if threads else [])], cwd=ROOT, stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env={**os.environ, **(env or {})})
        self.wait_ready()

    def wait_ready(self, seconds: float = 30) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                self.get("/api/search?size=1")
                return
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("the server did not start: " + self.proc.stderr.read().decode(errors="replace"))

    def get(self, path: str, timeout: float = 30) -> tuple[int, bytes]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request("GET", path)
            response = conn.getresponse()
            return response.status, response.read()
        finally:
            conn.close()

    def rss_mb(self) -> float:
        return tree_rss_kb(self.proc.pid) / 1024

    def open_files(self) -> int:
        """File descriptors open in the server's processes (Linux), to see that none leak."""
        count = 0
        for pid in [self.proc.pid, *descendants(self.proc.pid)]:
            try:
                count += len(os.listdir(f"/proc/{pid}/fd"))
            except OSError:
                continue
        return count

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()
