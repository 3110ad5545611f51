"""Build and update the index from a folder of source documents."""
from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from whoosh import index as whoosh_index

from whoosh.query import Term

from .model import Question
from .parse import ParseError, parse_text, read_document
from .schema import PASSAGES, QUESTIONS, documents, passage_schema, question_schema
from .store import IndexStore, link_copy, write_manifest
from .failpoints import checkpoint
from .workers import BoundWriter

PARALLEL_FROM = 400  # below this many files, sub-writer processes cost more than they save
CORES = min(2, os.cpu_count() or 1)
WRITER_MB = 256
SUB_WRITER_MB = 256  # per sub-writer; 4 of them (2 indexes x 2 cores). Less spills runs to disk: 160 took 1.5x longer


class BuildError(Exception):
    """A build that cannot start or must not be published."""


@dataclass
class Skipped:
    path: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}"


@dataclass
class BuildReport:
    questions: int = 0  # questions in the published index
    passages: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    seconds: float = 0.0
    generation: str = ""
    added: int = 0
    changed: int = 0
    removed: int = 0

    def summary(self, verb: str = "built") -> str:
        line = (f"{verb} {self.generation}: {self.questions} questions, {self.passages} passages, "
                f"{len(self.skipped)} skipped in {self.seconds:.1f} s")
        if verb == "updated":
            line += f" ({self.added} added, {self.changed} changed, {self.removed} removed)"
        return line


Progress = Callable[[int], None]


def source_files(seeds: str | os.PathLike) -> list[Path]:
    """Every `*.txt` below `seeds`, in a stable order; a clear error when there is none."""
    root = Path(seeds)
    if not root.is_dir():
        raise BuildError(f"seeds folder {root}/ does not exist: pass --seeds DIR or set SEARCH_SEEDS_DIR")
    files = sorted(p for p in root.rglob("*.txt") if not any(part.startswith(".") for part in p.relative_to(root).parts))
    if not files:
        raise BuildError(f"seeds folder {root}/ holds no *.txt document: nothing to index")
    return files


def _parse_one(args: tuple[str, str]) -> tuple[str, str, object]:
    path, name = args
    try:
        text, digest = read_document(path)
        return name, digest, parse_text(text, name)
    except ParseError as exc:
        return name, "", Skipped(name, exc.line, exc.reason)


def writer_procs(count: int) -> int:
    """Sub-writers for a build of `count` documents: both cores once it pays
    (SEARCH_BUILD_PROCS overrides, for measuring)."""
    override = os.environ.get("SEARCH_BUILD_PROCS")
    if override:
        return max(1, int(override))
    return CORES if count >= PARALLEL_FROM else 1


def parse_all(files: list[Path], seeds: Path) -> Iterator[tuple[str, str, object]]:
    """(relative name, sha256, Question or Skipped) for each file. Parsing is a small
    part of a build (the sub-writers' analysis and postings are the rest), so it stays
    in the main process: a pool measured no faster and cost memory."""
    return map(_parse_one, ((str(p), _relative(p, seeds)) for p in files))


def _relative(path: Path, seeds: Path) -> str:
    return path.relative_to(seeds).as_posix()


def build(seeds: str | os.PathLike, index: str | os.PathLike, strict: bool = False,
          progress: Optional[Progress] = None, wait: bool = False) -> BuildReport:
    """Index every document of `seeds` into a new generation and swap it in."""
    started = time.perf_counter()
    seeds = Path(seeds)
    files = source_files(seeds)
    store = IndexStore(index)
    with store.lock(wait=wait), store.staged() as tmp:
        qix = whoosh_index.create_in(tmp, question_schema(), indexname=QUESTIONS)
        pix = whoosh_index.create_in(tmp, passage_schema(), indexname=PASSAGES)
        report, manifest = BuildReport(), {}
        with _writers(qix, pix, procs=writer_procs(len(files))) as (qw, pw):
            _add_parsed(parse_all(files, seeds), qw, pw, report, manifest, {}, progress)
        _check_strict(report, strict)
        write_manifest(tmp, manifest)
        checkpoint("manifest")
        report.generation = store.publish(tmp).name
    report.added = report.questions
    report.seconds = time.perf_counter() - started
    return report


def update(seeds: str | os.PathLike, index: str | os.PathLike, strict: bool = False,
           progress: Optional[Progress] = None, wait: bool = False) -> BuildReport:
    """Add new and changed documents, remove deleted ones (by content hash), swap in."""
    started = time.perf_counter()
    seeds = Path(seeds)
    store = IndexStore(index)
    if store.current() is None:
        return build(seeds, index, strict, progress, wait)
    files = source_files(seeds)
    with store.lock(wait=wait):
        live = store.require_current()
        old = store.read_manifest(live)
        on_disk = {_relative(p, seeds): p for p in files}
        todo = [name for name, p in on_disk.items() if name not in old or _digest(p) != old[name]["hash"]]
        gone = [name for name in old if name not in on_disk]
        manifest = {name: entry for name, entry in old.items() if name in on_disk and name not in todo}
        report = BuildReport(generation=live.name)
        if todo or gone:
            with store.staged() as tmp:
                link_copy(live, tmp)
                checkpoint("copied")
                qix = whoosh_index.open_dir(tmp, indexname=QUESTIONS)
                pix = whoosh_index.open_dir(tmp, indexname=PASSAGES)
                with _writers(qix, pix, merge=False) as (qw, pw):
                    for name in gone + todo:
                        qw.delete_by_term("source", name)
                        if name in old:
                            pw.delete_by_term("qid", old[name]["id"])
                        checkpoint("deleted")
                    taken = {entry["id"]: name for name, entry in manifest.items()}
                    _add_parsed(parse_all([on_disk[n] for n in todo], seeds), qw, pw, report, manifest, taken, progress)
                _check_strict(report, strict)
                write_manifest(tmp, manifest)
                checkpoint("manifest")
                report.generation = store.publish(tmp).name
    report.removed = len(gone)
    report.changed = sum(1 for name in todo if name in old and name in manifest)
    report.added -= report.changed
    report.questions = len(manifest)
    report.passages = sum(entry.get("passages", 0) for entry in manifest.values())
    report.seconds = time.perf_counter() - started
    return report


class _writers:
    """Both writers committed together, or both cancelled."""

    def __init__(self, qix, pix, merge: bool = True, procs: int = 1):
        self.qix, self.pix, self.merge, self.procs = qix, pix, merge, procs

    def __enter__(self):
        if self.procs > 1:  # a full build: one sub-writer per core, segments kept as written
            self.qw = BoundWriter(self.qix, procs=self.procs, multisegment=True, limitmb=SUB_WRITER_MB)
            self.pw = BoundWriter(self.pix, procs=self.procs, multisegment=True, limitmb=SUB_WRITER_MB)
        else:
            self.qw = self.qix.writer(limitmb=WRITER_MB)
            self.pw = self.pix.writer(limitmb=WRITER_MB)
        return self.qw, self.pw

    def __exit__(self, kind, exc, tb):
        if kind is not None:
            self.qw.cancel()
            self.pw.cancel()
            return False
        checkpoint("committing")
        if self.procs > 1:
            self.qw.commit()
            checkpoint("committed-questions")
            self.pw.commit()
        else:
            self.qw.commit(merge=self.merge)
            checkpoint("committed-questions")
            self.pw.commit(merge=self.merge)
        checkpoint("committed")
        return False


def _add_parsed(parsed: Iterable[tuple[str, str, object]], qw, pw, report: BuildReport,
                manifest: dict, taken: dict, progress: Optional[Progress]) -> None:
    for name, digest, result in parsed:
        if progress:
            progress(1)
        if isinstance(result, Skipped):
            report.skipped.append(result)
            continue
        q: Question = result
        if q.id in taken:
            report.skipped.append(Skipped(name, 1, f"question {q.id} is already indexed from {taken[q.id]}"))
            continue
        taken[q.id] = name
        question, passages = documents(q, name)
        checkpoint("added")
        qw.add_document(**question)
        for doc in passages:
            pw.add_document(**doc)
        manifest[name] = {"hash": digest, "id": q.id, "passages": len(q.passages)}
        report.questions += 1
        report.passages += len(q.passages)
        report.added += 1


def _check_strict(report: BuildReport, strict: bool) -> None:
    if strict and report.skipped:
        listing = "\n".join(str(s) for s in report.skipped)
        raise BuildError(f"--strict: {len(report.skipped)} document(s) could not be indexed; the live index is unchanged:\n{listing}")


def _digest(path: Path) -> str:
    try:
        return read_document(path)[1]
    except ParseError:
        return ""
