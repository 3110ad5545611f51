"""Build and update the index from a folder of source documents.

Each question is parsed and analysed once, in this process: its terms feed Whoosh's
documents (the index of record) and the segment of query arrays alike
(search.indexer.arrays). `build` writes a segment per SEGMENT_ROWS questions (so that the
postings it holds in memory are one segment's, however large the archive); `update` adds
one with the new and changed documents and marks the rows it replaces as deleted, until
MAX_SEGMENTS (the build's counting as one) make it rebuild the whole generation.
"""
from __future__ import annotations

import gc
import os
import time
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

import numpy as np
from whoosh import index as whoosh_index

from ..errors import BuildError
from ..index import codec
from ..index.codec import PASSAGES, QUESTIONS
from ..index.failpoints import checkpoint
from ..index.generation import Generation
from ..index.schema import documents, missing_fields, passage_schema, question_schema, record_json, texts_json
from ..index.store import IndexStore, link_copy, write_manifest
from ..ingest.documents import ParseError, read_document
from ..ingest.merge import merge, order
from ..ingest.parse import parse_text
from ..ingest.sources import Source, group_sources, scan_id, source_files
from ..ingest.thesaurus import Thesaurus, collapsible
from ..ministries import governments as govs
from ..model import Question
from .arrays import SegmentWriter
from .concerns import classify
from .finish import finish
from .history import record
from .workers import BoundWriter, libc

PARALLEL_FROM = 400  # below this many files, sub-writer processes cost more than they save
CORES = min(2, os.cpu_count() or 1)
WRITER_MB = 256
SUB_WRITER_MB = 32  # per passage sub-writer (one per core), before it spills a run to disk; the question index is small and stays in process
MAX_SEGMENTS = 8  # an update that would make more (the build's counting as one) rebuilds the generation whole
SEGMENT_ROWS = 50_000  # questions per segment of a build: what bounds its memory (SEARCH_BUILD_SEGMENT_ROWS overrides)


def segment_rows() -> int:
    return max(1, int(os.environ.get("SEARCH_BUILD_SEGMENT_ROWS") or SEGMENT_ROWS))


class Segments:
    """The query arrays a build or an update writes: a new segment folder each `limit` questions, so that
    only one segment's postings are held in memory at a time."""

    def __init__(self, folder: Path, names: list[str], limit: int):
        self.folder, self.names, self.limit = folder, list(names), limit
        self.writer = SegmentWriter()

    @property
    def rows(self) -> int:
        return self.writer.rows

    def add(self, q: Question) -> list[list[str]]:
        if self.writer.rows >= self.limit:
            self.flush()
        return self.writer.add(q)

    def flush(self) -> list[str]:
        """Write the segment being filled, if it holds anything; every segment's name, in row order."""
        if self.writer.rows:
            name = codec.next_segment(self.names) if self.names else codec.segment_name(1)
            self.writer.write(self.folder / name)
            self.names.append(name)
            self.writer = SegmentWriter()
            _give_back_memory()
        return self.names


def _give_back_memory() -> None:
    """Hand the freed heap of a written segment back to the system (glibc keeps it otherwise, and a build's
    memory would grow segment after segment); nothing where the C library has no malloc_trim."""
    gc.collect()
    try:
        libc().malloc_trim(0)
    except (OSError, AttributeError):
        pass


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
    files: int = 0  # the documents they came from (renderings of one question make one)
    passages: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    seconds: float = 0.0
    generation: str = ""
    added: int = 0
    changed: int = 0
    removed: int = 0
    unmapped: dict[str, list] = field(default_factory=dict)  # title -> [questions, a file]: no portfolio names it
    # (title, government) -> [questions, a file, first day]: a federal office's title the offices table names no one for
    unheld: dict[tuple[str, str], list] = field(default_factory=dict)

    def summary(self, verb: str = "built") -> str:
        line = (f"{verb} {self.generation}: {self.questions} questions from {self.files} files, "
                f"{self.passages} passages, {len(self.skipped)} skipped in {self.seconds:.1f} s")
        if verb == "updated":
            line += f" ({self.added} added, {self.changed} changed, {self.removed} removed)"
        return line


Progress = Callable[[int], None]


def _parse_one(source: Source) -> tuple[Source, str, object]:
    try:
        text, digest = read_document(source.path)
        return source, digest, parse_text(text, source.name)
    except ParseError as exc:
        return source, "", Skipped(source.name, exc.line, exc.reason)


def writer_procs(count: int) -> int:
    """Sub-writers for a build of `count` documents: both cores once it pays
    (SEARCH_BUILD_PROCS overrides, for measuring)."""
    override = os.environ.get("SEARCH_BUILD_PROCS")
    if override:
        return max(1, int(override))
    return CORES if count >= PARALLEL_FROM else 1


Parsed = tuple[list[tuple[Source, str]], Optional[Question], list["Skipped"]]


def parse_groups(groups: Iterable[list[Source]]) -> Iterator[Parsed]:
    """Per question: (its files with their sha256, the merged record or None, what was skipped).

    Parsing is a small part of a build (analysis and postings are the rest), so it stays in
    the main process: a pool measured no faster and cost memory."""
    for group in groups:
        records: dict[str, list[tuple[Source, str, Question]]] = {}
        skipped: list[Skipped] = []
        for source, digest, result in map(_parse_one, group):
            if isinstance(result, Skipped):
                skipped.append(result)
            else:
                records.setdefault(result.id, []).append((source, digest, result))
        if not records:
            yield [], None, skipped
        for found in records.values():
            kept: dict[tuple[str, str], Source] = {}
            used = []
            for source, digest, q in sorted(found, key=lambda f: f[2].incomplete):  # a complete twin first
                twin = kept.get((q.rendering, q.language))
                if twin is not None:
                    why = "an incomplete page (its question text is missing): " if q.incomplete else ""
                    skipped.append(Skipped(source.name, 1, f"{why}question {q.id} is already indexed from {twin.name}"))
                    continue
                kept[(q.rendering, q.language)] = source
                used.append((source, digest, q))
            ordered = order([(s.name, q) for s, _, q in used])
            by_name = {s.name: (s, d) for s, d, _ in used}
            merged = merge(ordered)
            if merged.asked_on is None:  # an incomplete page that shows no date, and no other rendering
                skipped += [Skipped(s.name, 1, f"an incomplete page: question {merged.id} shows no date; "
                                              f"it is indexed once a complete page of it is there") for s, _, _ in used]
                yield [], None, skipped
            else:
                yield [by_name[name] for name, _ in ordered], merged, skipped
            skipped = []


def split_descriptors(parsed: Iterable[Parsed], known: Iterable[str] = ()) -> Iterator[Parsed]:
    """The parsed questions, those that may hold a collapsed descriptor line last, split into the
    descriptors the others (and `known`, an updated index's) hold (search.ingest.thesaurus)."""
    thesaurus, later = Thesaurus(known), []
    for files, q, skipped in parsed:
        if q is not None and collapsible(q):
            later.append((files, q, skipped))
            continue
        if q is not None:
            thesaurus.learn(q)
        yield files, q, skipped
    for files, q, skipped in later:
        yield files, thesaurus.split_question(q), skipped


def build(seeds: str | os.PathLike, index: str | os.PathLike, strict: bool = False,
          progress: Optional[Progress] = None, wait: bool = False) -> BuildReport:
    """Index every document of `seeds` into a new generation and swap it in."""
    started = time.perf_counter()
    files = source_files(Path(seeds))
    store = IndexStore(index)
    with store.lock(wait=wait):
        report = _build_locked(store, files, strict, progress)
    report.seconds = time.perf_counter() - started
    return report


def _build_locked(store: IndexStore, files: list[Source], strict: bool, progress: Optional[Progress]) -> BuildReport:
    with store.staged() as tmp:
        qix = whoosh_index.create_in(tmp, question_schema(), indexname=QUESTIONS)
        pix = whoosh_index.create_in(tmp, passage_schema(), indexname=PASSAGES)
        report, manifest, segments = BuildReport(), {}, Segments(tmp, [], segment_rows())
        with _writers(qix, pix, procs=writer_procs(len(files))) as (qw, pw):
            packer = _add_parsed(split_descriptors(parse_groups(group_sources(files))), qw, pw, segments, report,
                                 manifest, progress)
            # the last segment written before Whoosh's helpers commit, not after: its postings leave memory while
            # they finish (at 200,000 questions the build's peak was this process's last segment beside them)
            names = segments.flush() or [_empty_segment(tmp)]
        _check_strict(report, strict)
        packer.save(tmp)
        checkpoint("arrays")
        finish(tmp, names, np.zeros(0, dtype=np.int64), built=len(names))
        classify(tmp)
        record(tmp, store.current())  # what changed since the live generation, if there is one
        write_manifest(tmp, manifest)
        checkpoint("manifest")
        report.generation = store.publish(tmp).name
    report.added = report.questions
    return report


def update(seeds: str | os.PathLike, index: str | os.PathLike, strict: bool = False,
           progress: Optional[Progress] = None, wait: bool = False) -> BuildReport:
    """Add new and changed documents (size and mtime, then content hash), remove deleted ones, swap in."""
    started = time.perf_counter()
    seeds = Path(seeds)
    store = IndexStore(index)
    live = store.current()
    if live is None or missing_fields(live):  # nothing to update, or an older format: build it all
        return build(seeds, index, strict, progress, wait)
    files = source_files(seeds)
    with store.lock(wait=wait):
        live = store.require_current()
        old = store.read_manifest(live)
        on_disk = {source.name: source for source in files}
        todo = [name for name, source in on_disk.items() if _changed(source, old.get(name))]
        gone = [name for name in old if name not in on_disk]
        manifest = {name: {**entry, "size": on_disk[name].size, "mtime": on_disk[name].mtime}  # stats of today
                    for name, entry in old.items() if name in on_disk and name not in todo}
        report = BuildReport(generation=live.name)
        segments = codec.segments_of(live)
        built = codec.built_segments(live)
        if (todo or gone) and len(segments) - (built - 1) >= MAX_SEGMENTS:  # the build's segments count as one
            report = _build_locked(store, files, strict, progress)
            report.seconds = time.perf_counter() - started
            return report
        if todo or gone:
            with store.staged() as tmp:
                link_copy(live, tmp)
                checkpoint("copied")
                # every question a changed, added or removed file renders is indexed again from all its files
                scanned = {name: scan_id(on_disk[name]) for name in todo}
                affected = {old[name]["id"] for name in gone + todo if name in old} | {i for i in scanned.values() if i}
                names_of: dict[str, list[str]] = {}
                for name, entry in manifest.items():
                    names_of.setdefault(entry["id"], []).append(name)
                again = sorted({n for qid in affected for n in names_of.get(qid, [])} | set(todo))
                ids = {**{n: manifest[n]["id"] for n in again if n in manifest}, **scanned}
                for name in again:
                    manifest.pop(name, None)
                before = Generation(live)
                replaced = np.isin(before.qkey, [codec.key_of(qid) for qid in affected])
                deleted = np.union1d(codec.load(live, codec.DELETED, mmap=False), np.flatnonzero(replaced))
                qix = whoosh_index.open_dir(tmp, indexname=QUESTIONS)
                pix = whoosh_index.open_dir(tmp, indexname=PASSAGES)
                since = (qix.doc_count_all(), pix.doc_count_all())
                segment = Segments(tmp, segments, segment_rows())
                with _writers(qix, pix, merge=False) as (qw, pw):
                    for row in np.flatnonzero(replaced & before.live).tolist():  # by the Whoosh numbers the arrays keep
                        qw.delete_document(int(before.whoosh_q[row]))
                        start = int(before.pstart[row])
                        for doc in before.whoosh_p[start:start + int(before.pcount[row])].tolist():
                            pw.delete_document(doc)
                        checkpoint("deleted")
                    groups = group_sources([on_disk[n] for n in again], ids)
                    known = before.facets["descriptors"].values
                    _add_parsed(split_descriptors(parse_groups(groups), known), qw, pw, segment, report, manifest,
                                progress, codec.Packer.of(tmp))
                _check_strict(report, strict)
                segments = segment.flush()
                checkpoint("arrays")
                finish(tmp, segments, deleted.astype(np.int64), previous=live, since=since, built=built)
                classify(tmp)
                record(tmp, live)
                write_manifest(tmp, manifest)
                checkpoint("manifest")
                report.generation = store.publish(tmp).name
    report.removed = len(gone)
    report.changed = sum(1 for name in todo if name in old)
    report.added = len(todo) - report.changed
    report.questions = len({entry["id"] for entry in manifest.values()})
    report.files = len(manifest)
    report.passages = sum(entry.get("passages", 0) for entry in manifest.values())
    report.seconds = time.perf_counter() - started
    return report


class _writers:
    """Both writers committed together, or both cancelled. A full build of many documents
    gives the passage index one sub-writer per core; the question index is small."""

    def __init__(self, qix, pix, merge: bool = True, procs: int = 1):
        self.qix, self.pix, self.merge, self.procs = qix, pix, merge, procs

    def __enter__(self):
        # compound=False: Whoosh reads a sub-file of a compound segment into memory, once per
        # searcher (the passage texts: ~90 MB per thread at 50,000 questions); plain files are read in place
        if self.procs > 1:  # a full build: one sub-writer per core, segments kept as written
            self.qw = self.qix.writer(limitmb=WRITER_MB, compound=False)
            self.pw = BoundWriter(self.pix, procs=self.procs, multisegment=True, limitmb=SUB_WRITER_MB, compound=False)
        else:
            self.qw = self.qix.writer(limitmb=WRITER_MB, compound=False)
            self.pw = self.pix.writer(limitmb=WRITER_MB, compound=False)
        return self.qw, self.pw

    def __exit__(self, kind, exc, tb):
        if kind is not None:
            self.qw.cancel()
            self.pw.cancel()
            return False
        checkpoint("committing")
        if self.procs > 1:
            self.qw.commit(merge=False)
            checkpoint("committed-questions")
            self.pw.commit()
        else:
            self.qw.commit(merge=self.merge)
            checkpoint("committed-questions")
            self.pw.commit(merge=self.merge)
        checkpoint("committed")
        return False


def _add_parsed(parsed: Iterable[Parsed], qw, pw, segment: Segments, report: BuildReport,
                manifest: dict, progress: Optional[Progress], packer: Optional[codec.Packer] = None) -> codec.Packer:
    """Add the parsed questions in order. A full build (no `packer`) first learns the dictionaries its records
    and texts are packed with from its first questions (codec.Packer.SAMPLE); an update packs with the live
    generation's. Returns the packer."""
    questions = _questions(parsed, report, progress)
    if packer is None:
        first = list(islice(questions, codec.Packer.SAMPLE))
        packer = codec.Packer.learn([record_json(q, files[0][0].name, [s.name for s, _ in files]) for files, q in first],
                                    [texts_json(q) for _, q in first])
        questions = chain(first, questions)
    for files, q in questions:
        _add_one(files, q, qw, pw, segment, report, manifest, packer)
    return packer


def _questions(parsed: Iterable[Parsed], report: BuildReport, progress: Optional[Progress]):
    """The parsed questions with their files, the skipped ones counted and the progress told as they go by."""
    for files, q, skipped in parsed:
        if progress:
            progress(len(files) + len(skipped))
        report.skipped += skipped
        if q is not None:
            yield files, q


def _add_one(files, q: Question, qw, pw, segment: Segments, report: BuildReport, manifest: dict,
             packer: codec.Packer) -> None:
    names = [source.name for source, _ in files]
    question, passages = documents(q, names[0], segment.add(q), packer, sources=names)
    checkpoint("added")
    qw.add_document(**question)
    for doc in passages:
        pw.add_document(**doc)
    for k, (source, digest) in enumerate(files):  # the passages are counted once, on the first file
        manifest[source.name] = {"hash": digest, "id": q.id, "passages": len(q.passages) if k == 0 else 0,
                                 "size": source.size, "mtime": source.mtime}
    report.questions += 1
    report.files += len(files)
    report.passages += len(q.passages)
    if q.addressee and not q.portfolios:  # the portfolio table lacks this title's words
        report.unmapped.setdefault(q.addressee, [0, names[0]])[0] += 1
    elif _unheld(q):
        entry = report.unheld.setdefault((q.addressee, govs.government_on(q.asked_on).code), [0, names[0], q.asked_on])
        entry[0] += 1
        entry[2] = min(entry[2], q.asked_on)


def _empty_segment(folder: Path) -> str:
    """The one segment of a build that indexed nothing (every document skipped)."""
    name = codec.segment_name(1)
    SegmentWriter().write(folder / name)
    return name


def _unheld(q: Question) -> bool:
    """Whether a title that names a federal office, asked under a government the table knows, gets no holder."""
    return bool(q.portfolios and q.rank and govs.government_on(q.asked_on)
                and not govs.holders_on(q.asked_on, q.portfolios, q.rank))


def _check_strict(report: BuildReport, strict: bool) -> None:
    if strict and report.skipped:
        listing = "\n".join(str(s) for s in report.skipped)
        raise BuildError(f"--strict: {len(report.skipped)} document(s) could not be indexed; the live index is unchanged:\n{listing}")


def _changed(source: Source, entry: Optional[dict]) -> bool:
    """New, or different content. Same size and mtime: unchanged without reading it
    (as git does); otherwise the content hash decides."""
    if entry is None:
        return True
    if (entry.get("size"), entry.get("mtime")) == (source.size, source.mtime):
        return False
    try:
        return read_document(source.path)[1] != entry["hash"]
    except ParseError:
        return True
