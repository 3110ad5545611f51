"""The production server under load: rebuilds swapped in while it serves, and a soak.

Loopback only, bounded in requests and time. The figures are printed (run with -s to
see them) and copied into RELIABILITY.md.
"""
from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import threading
import time
from urllib.parse import quote

import pytest

from search.api import build
from search.tools.synth import synthesize

from tests.conftest import ROOT
from tests.serving import Server
from tests.system.test_crash import small_clones

pytestmark = pytest.mark.slow


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]


def rebuild(seeds, index):
    done = subprocess.run([sys.executable, "-m", "search", "build", "--seeds", str(seeds), "--index", str(index)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr


def test_rebuilds_under_load(tmp_path):
    seeds, index = small_clones(tmp_path / "seeds", 60), tmp_path / "index"
    build(seeds, index)
    outcomes, failures = [], []
    stop = threading.Event()

    def client(k: int) -> None:
        for i in range(600):  # bounded
            if stop.is_set():
                return
            try:
                status, body = server.get(f"/api/search?q=urgences&page={1 + (i % 3)}&size=10")
                outcomes.append(json.loads(body)["questions"] if status == 200 else None)
                if status != 200:
                    failures.append((status, body[:200]))
            except Exception as exc:  # a dropped connection is a failure too
                failures.append(repr(exc))

    with Server(index) as server:
        threads = [threading.Thread(target=client, args=(k,)) for k in range(6)]
        for t in threads:
            t.start()
        time.sleep(0.5)
        small_clones(seeds, 40, start=1000)
        rebuild(seeds, index)  # a separate process, as a nightly rebuild would be
        time.sleep(0.5)
        small_clones(seeds, 50, start=2000)
        rebuild(seeds, index)
        time.sleep(1.0)
        stop.set()
        for t in threads:
            t.join()
        status, body = server.get("/api/search?q=urgences")
        final = json.loads(body)["questions"]
    print(f"\nrebuild under load: {len(outcomes)} requests, {len(failures)} failed, "
          f"sizes seen {sorted(set(outcomes))}, after the rebuilds {final}")
    assert failures == []
    assert set(outcomes) <= {60, 100, 150} and final == 150  # new documents visible without a restart
    assert len(outcomes) > 100


def soak_urls(ids: list[str], rng: random.Random) -> list[tuple[str, set[int]]]:
    """(path, acceptable statuses): pages, API, exports, and requests that must fail cleanly."""
    words = ["ministre", "sécurité", "prison", "dette publique", '"plan national"', "assur*", "emploi des jeunes",
             "statut:en-attente", "auteur:peeters", "date:2013", "legislature:6 santé", "retard -train"]
    urls = []
    for i in range(300):
        q = quote(rng.choice(words))
        kind = i % 12
        if kind < 4:
            urls.append((f"/?q={q}&page={1 + i % 3}", {200, 302}))  # 302: past the last page, to the last
        elif kind == 4:
            urls.append((f"/?q={q}&status=answered&legislature=6&sort=newest", {200}))
        elif kind == 5:
            urls.append((f"/question/{rng.choice(ids)}?q={q}", {200}))
        elif kind == 6:
            urls.append((f"/api/search?q={q}&size=50", {200}))
        elif kind == 7:
            urls.append((f"/stats?q={q}", {200}))
        elif kind == 8:
            urls.append((f"/feed.atom?q={q}", {200}))
        elif kind == 9:
            export = "export.csv" if i % 24 == 9 else "export.xlsx"  # the workbook goes through a temporary file
            urls.append((f"/{export}?q={q}&legislature=7", {200}))
        elif kind == 10:
            urls.append((rng.choice(["/question/9-999999", "/nope", "/api/question/1-1"]), {404}))
        else:
            urls.append((rng.choice(["/?q=%28asile", "/?page=0", "/api/search?size=999", "/?q=x:y"]), {400}))
    return urls


def test_soak(tmp_path):
    seeds, index = tmp_path / "seeds", tmp_path / "index"
    specs = synthesize(1000, seeds, seed=5)
    build(seeds, index)
    rng = random.Random(1)
    urls = soak_urls([s.id for s in specs], rng)
    total, clients = 3000, 16
    latencies, failures = [], []
    counter = iter(range(total))
    lock = threading.Lock()

    def client() -> None:
        for i in counter:
            path, ok = urls[i % len(urls)]
            started = time.perf_counter()
            try:
                status, _ = server.get(path)
            except Exception as exc:
                status = repr(exc)
            with lock:
                latencies.append((time.perf_counter() - started) * 1000)
                if status not in ok:
                    failures.append((path, status))

    with Server(index, threads=clients) as server:
        warm = iter(urls)  # warm up on every URL once, from several clients so every worker
        # opens the index and fills its bounded caches (result pages, decoded postings)

        def warm_up() -> None:
            for path, _ in warm:
                server.get(path)

        helpers = [threading.Thread(target=warm_up) for _ in range(clients)]
        for t in helpers:
            t.start()
        for t in helpers:
            t.join()
        rss_start, files_start = server.rss_mb(), server.open_files()
        started = time.perf_counter()
        threads = [threading.Thread(target=client) for _ in range(clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - started
        rss_end, files_end = server.rss_mb(), server.open_files()
    print(f"\nsoak: {len(latencies)} requests, {clients} clients, {len(failures)} unexpected, "
          f"{len(latencies) / wall:.0f} req/s, p50 {statistics.median(latencies):.0f} ms, "
          f"p99 {percentile(latencies, 99):.0f} ms, server memory {rss_start:.0f} -> {rss_end:.0f} MB, "
          f"open files {files_start} -> {files_end}")
    assert failures == []
    assert len(latencies) == total
    assert rss_end - rss_start < 100, "memory grew by more than 100 MB once warm"
    assert files_end - files_start < 20, "file descriptors leaked (about 120 workbooks went through temporary files)"
