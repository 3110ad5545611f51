"""SIGKILL at many moments of build and update: the index is always the old or the new one.

Each kill point is a named fail-point (search/index/failpoints.py) where the real build process
SIGKILLs itself, so the moment is exact, including each step of the swap; the last tests
kill at timed moments from outside as well. After every kill the live index must be one
complete generation (the previous or the new one), and a plain build must succeed with
no cleanup by hand.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from whoosh.filedb.filestore import FileStorage

from search.api import Engine
from search.api import build
from search.api import SearchRequest, search
from search.api import IndexStore

from tests.conftest import ROOT, VARIANTS
from tests.indexer.test_build import clones

pytestmark = pytest.mark.slow

OLD, NEW = 30, 450  # questions in the live index, and in the build that gets killed
BUILD_POINTS = ["locked", "staged", "added#1", "added#120", "added#449", "committing", "committed-questions",
                "committed", "arrays", "manifest", "publish", "fsynced", "renamed", "linked", "swapped", "pruned"]
UPDATE_POINTS = ["locked", "staged", "copied", "deleted#1", "deleted#4", "added#2", "committing",
                 "committed-questions", "committed", "arrays", "manifest", "renamed", "linked", "swapped"]
AFTER_SWAP = ("swapped", "pruned")


def small_clones(dest: Path, count: int, start: int = 1) -> Path:
    """`count` short questions (one passage each) under ids 8-<n>."""
    dest.mkdir(parents=True, exist_ok=True)
    text = (VARIANTS / "closed.txt").read_text(encoding="utf-8")
    for n in range(start, start + count):
        (dest / f"q_{n:05d}.txt").write_text(text.replace("5-4012", f"8-{n}"), encoding="utf-8")
    return dest


def run_cli(*args, crash: str | None = None, wait: bool = True):
    """`python -m search ARGS`: its CompletedProcess, or the running Popen when not `wait`."""
    env = {k: v for k, v in os.environ.items() if k != "SEARCH_CRASH_AT"}
    if crash:
        env["SEARCH_CRASH_AT"] = crash
    cmd = [sys.executable, "-m", "search", *args]
    if wait:
        return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    return subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def whole(index: Path) -> int:
    """Questions in the live index, after checking that it is one complete generation."""
    live = IndexStore(index).current()
    assert live is not None and not live.name.endswith(".tmp")
    manifest = IndexStore(index).read_manifest(live)
    storage = FileStorage(str(live), readonly=True)
    questions = storage.open_index("questions").doc_count()
    passages = storage.open_index("passages").doc_count()
    assert questions == len(manifest) and passages == sum(e["passages"] for e in manifest.values())
    engine = Engine(index)
    try:
        assert search(engine, SearchRequest()).questions == questions
    finally:
        engine.close()
    return questions


@pytest.fixture(scope="module")
def corpora(tmp_path_factory):
    root = tmp_path_factory.mktemp("crash")
    return small_clones(root / "old", OLD), small_clones(root / "new", NEW)


def fresh_index(path: Path, seeds: Path) -> Path:
    build(seeds, path)
    build(seeds, path)  # two generations, so that the next build prunes one
    return path


@pytest.mark.parametrize("point", BUILD_POINTS)
def test_build_killed(point, corpora, tmp_path):
    old, new = corpora
    index = fresh_index(tmp_path / "index", old)
    proc = run_cli("build", "--seeds", str(new), "--index", str(index), crash=point)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert whole(index) == (NEW if point in AFTER_SWAP else OLD)
    proc = run_cli("build", "--seeds", str(old), "--index", str(index))
    assert proc.returncode == 0, proc.stderr
    assert whole(index) == OLD
    assert not list(index.glob("*.tmp")) and not list(index.glob(".current.*"))


@pytest.mark.parametrize("point", UPDATE_POINTS)
def test_update_killed(point, corpora, tmp_path):
    old, _ = corpora
    seeds = small_clones(tmp_path / "seeds", OLD)
    index = fresh_index(tmp_path / "index", seeds)
    small_clones(seeds, 20, start=1000)  # 20 new questions
    for path in sorted(seeds.glob("q_0000*.txt"))[:5]:  # 5 changed
        path.write_text(path.read_text(encoding="utf-8") + "\nUn ajout.\n", encoding="utf-8")
    proc = run_cli("update", "--seeds", str(seeds), "--index", str(index), crash=point)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert whole(index) == (OLD + 20 if point in AFTER_SWAP else OLD)
    proc = run_cli("update", "--seeds", str(seeds), "--index", str(index))
    assert proc.returncode == 0, proc.stderr
    assert whole(index) == OLD + 20 and not list(index.glob("*.tmp"))


@pytest.mark.parametrize("delay", [0.3, 0.6, 0.9, 1.2, 1.6, 2.0])
def test_build_killed_from_outside(delay, corpora, tmp_path):
    old, new = corpora
    index = fresh_index(tmp_path / "index", old)
    proc = run_cli("build", "--seeds", str(new), "--index", str(index), wait=False)
    time.sleep(delay)
    proc.kill()
    proc.communicate()
    assert whole(index) in (OLD, NEW)
    assert run_cli("build", "--seeds", str(old), "--index", str(index)).returncode == 0
    assert whole(index) == OLD


def test_two_builds_at_once(corpora, tmp_path):
    old, _ = corpora
    big = clones(tmp_path / "big", 1200)  # long enough to outlast the second build's grace period
    index = fresh_index(tmp_path / "index", old)
    first = run_cli("build", "--seeds", str(big), "--index", str(index), wait=False)
    deadline = time.monotonic() + 30
    while not list(index.glob("gen-*.tmp")) and time.monotonic() < deadline:
        time.sleep(0.02)
    second = run_cli("build", "--seeds", str(old), "--index", str(index))
    assert second.returncode == 1
    assert "another build or update is writing" in second.stderr and "pass --wait" in second.stderr
    waiting = run_cli("build", "--wait", "--seeds", str(old), "--index", str(index))
    first.communicate(timeout=120)
    assert first.returncode == 0 and waiting.returncode == 0
    assert whole(index) == OLD  # the waiting build ran last
