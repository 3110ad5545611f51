"""Where the index lives on disk, and how a new one replaces it atomically.

A build writes a new generation folder (`gen-….tmp`) beside the live one, renames it and swaps
the `current` symlink with one os.replace; one writer at a time holds a flock on `.lock`
(the names are search.index.codec's). A reader resolves `current` once and opens that folder, so it sees a complete
generation or the previous one, never a mix. A killed build leaves a `.tmp`
folder that the next build removes; the kernel drops the flock with the process,
so no lock is ever stale.
"""
from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import shutil
import time
import zlib
from pathlib import Path
from typing import Iterator, Optional

from ..errors import IndexLocked, NoIndex
from . import codec
from .codec import CURRENT, MANIFEST
from .failpoints import checkpoint

KEEP = 2  # the live generation and the one before it (a reader may still hold it)
LOCK_GRACE = 3.0  # seconds a build waits for the lock before refusing: a killed build's helpers are dying


class IndexStore:
    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)

    def current(self) -> Optional[Path]:
        """The live generation's folder, or None when nothing was built yet."""
        link = self.root / CURRENT
        try:
            target = os.readlink(link)
        except OSError:
            return None
        path = self.root / target
        return path if path.is_dir() else None

    def require_current(self) -> Path:
        path = self.current()
        if path is None:
            raise NoIndex(f"no index in {self.root}/: build it with `python -m search build --index {self.root}`")
        return path

    @contextlib.contextmanager
    def lock(self, wait: bool = False) -> Iterator[None]:
        """Hold the writer lock: one build or update at a time."""
        self.root.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.root / codec.LOCK, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            if not _acquire(fd, LOCK_GRACE if not wait else None):
                holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "?"
                raise IndexLocked(
                    f"another build or update is writing {self.root}/ (pid {holder}); "
                    "wait for it to finish, or pass --wait"
                )
            os.ftruncate(fd, 0)
            os.pwrite(fd, str(os.getpid()).encode(), 0)
            checkpoint("locked")
            yield
        finally:
            os.close(fd)  # closing drops the flock

    def new_generation(self) -> Path:
        """A fresh `.tmp` folder to write a generation into (call under the lock)."""
        for stale in self.root.glob(f"{codec.GENERATION}*{codec.STAGED}"):  # left by a killed build
            shutil.rmtree(stale, ignore_errors=True)
        for stale in self.root.glob(f".{CURRENT}.*"):  # a link a killed build made but did not swap in
            stale.unlink(missing_ok=True)
        stamp = time.strftime("%Y%m%dT%H%M%S")
        path = self.root / codec.generation_name(stamp, os.getpid(), time.monotonic_ns() % 10**6)
        path.mkdir(parents=True)
        return path

    @contextlib.contextmanager
    def staged(self) -> Iterator[Path]:
        """A new generation folder to write; removed if anything fails before publish()."""
        tmp = self.new_generation()
        checkpoint("staged")
        try:
            yield tmp
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise

    def publish(self, tmp: Path) -> Path:
        """Make a complete `.tmp` generation the live one, atomically."""
        checkpoint("publish")
        _fsync_tree(tmp)
        checkpoint("fsynced")
        final = tmp.with_name(tmp.name[: -len(codec.STAGED)])
        os.rename(tmp, final)
        checkpoint("renamed")
        link_tmp = self.root / f".{CURRENT}.{os.getpid()}"
        with contextlib.suppress(FileNotFoundError):
            os.unlink(link_tmp)
        os.symlink(final.name, link_tmp)
        checkpoint("linked")
        os.replace(link_tmp, self.root / CURRENT)  # the atomic step
        checkpoint("swapped")
        _fsync_dir(self.root)
        self.prune()
        return final

    def prune(self) -> None:
        live = self.current()
        generations = sorted((p for p in self.root.glob(f"{codec.GENERATION}*")
                              if p.is_dir() and not p.name.endswith(codec.STAGED)),
                             key=lambda p: (p.stat().st_mtime_ns, p.name))  # names within one second do not sort
        old = [p for p in generations if p != live]
        for path in old[: max(0, len(old) - (KEEP - 1))]:
            shutil.rmtree(path, ignore_errors=True)
            checkpoint("pruned")

    def read_manifest(self, generation: Path) -> dict:
        try:
            return codec.load_json(generation, MANIFEST)
        except (OSError, ValueError, EOFError, zlib.error):  # missing, or not whole
            return {}


def _acquire(fd: int, grace: Optional[float]) -> bool:
    """flock `fd`, waiting forever (grace None) or up to `grace` seconds."""
    deadline = None if grace is None else time.monotonic() + grace
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if deadline is None else fcntl.LOCK_NB))
            return True
        except OSError as exc:
            if exc.errno not in (errno.EAGAIN, errno.EACCES):
                raise
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.05)


def write_manifest(generation: Path, manifest: dict) -> None:
    """Write the manifest as a new file (never through an inode another generation shares)."""
    codec.save_json(generation, MANIFEST, manifest)


def link_copy(src: Path, dst: Path) -> None:
    """Copy a generation's index files by hard link: Whoosh never rewrites a segment file.

    The manifest is not linked: the new generation writes its own.
    """
    for item in src.iterdir():
        if item.is_dir():  # a segment of query arrays: immutable once written, like Whoosh's
            (dst / item.name).mkdir()
            link_copy(item, dst / item.name)
        elif item.is_file() and not item.name.endswith("_LOCK") and not item.name.startswith(MANIFEST):
            try:
                os.link(item, dst / item.name)
            except OSError:
                shutil.copy2(item, dst / item.name)


def _fsync_tree(path: Path) -> None:
    for item in path.iterdir():
        if item.is_dir():
            _fsync_tree(item)
        elif item.is_file():
            fd = os.open(item, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
    _fsync_dir(path)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
