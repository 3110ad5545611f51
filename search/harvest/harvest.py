"""One harvest: written questions fetched from senate.be into a seeds folder, politely, incrementally.

For each legislature, numbers are visited upwards: a number the state has not seen, or whose page
failed, came incomplete or is a question still waiting for an answer that is due a new visit
(search.harvest.state.due), is fetched (its web page in each language asked, then the print and
bilingual versions asked); past the highest number the site has, the run goes on until `stop_after`
numbers in a row answer "no such question". A page is kept as the bytes served, written to a
temporary file and renamed into place, and only then recorded: a run killed at any moment loses at
most the page in flight, and never leaves a half-written file.
"""
from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional

from ..errors import BuildError
from ..ingest.documents import ParseError
from ..ingest.html import html_to_text, is_html
from ..ingest.parse import HEADER_RE, parse_text
from .client import Disallowed, GaveUp, PoliteClient
from .state import HarvestState, Page, due, read_highest
from .urls import BASE_URL, FOLDER, page_file, page_url

STOP_AFTER = 30  # numbers in a row with no question, past the highest known, that end a legislature
LEGISLATURES = (3, 4, 5, 6, 7, 8)
FAILED_IN_A_ROW = 10  # question numbers whose page failed, one after the other, that end a run


@dataclass
class HarvestReport:
    requests: int = 0  # HTTP requests sent (robots.txt included)
    new: int = 0  # pages kept for the first time
    changed: int = 0  # pages whose bytes changed since the last fetch (an answer published, say)
    unchanged: int = 0  # 304 Not Modified, or the same bytes
    absent: int = 0  # numbers the site has no question for
    incomplete: int = 0  # pages served without their body: fetched again next run
    failed: int = 0  # no good answer after the tries: fetched again next run
    disallowed: int = 0  # robots.txt forbids them: never fetched
    seconds: float = 0.0
    stopped: str = ""  # why a run ended early
    highest: dict = field(default_factory=dict)  # legislature -> its highest question number

    @property
    def kept(self) -> int:
        return self.new + self.changed

    def summary(self) -> str:
        line = (f"harvested {self.new} new and {self.changed} changed page(s), {self.unchanged} unchanged, "
                f"{self.absent} number(s) without a question, {self.incomplete} incomplete, {self.failed} failed, "
                f"{self.disallowed} disallowed by robots.txt; {self.requests} request(s) in {self.seconds:.1f} s")
        if self.highest:
            line += "; highest: " + ", ".join(f"{leg}-{n}" for leg, n in sorted(self.highest.items()))
        return line + (f"; stopped: {self.stopped}" if self.stopped else "")


Progress = Callable[[int, int, int, int], None]  # (numbers visited, pages fetched, legislature, number)


def harvest(seeds: str | os.PathLike, legislatures: Iterable[int], first: Optional[int] = None,
            last: Optional[int] = None, languages: Iterable[str] = ("fr",), renderings: Iterable[str] = ("web",),
            base_url: str = BASE_URL, delay: float = 1.0, contact: str = "", timeout: float = 30.0, tries: int = 3,
            stop_after: int = STOP_AFTER, revisit: bool = True, progress: Optional[Progress] = None,
            client: Optional[PoliteClient] = None) -> HarvestReport:
    """Fetch the written questions of `legislatures` (numbers `first` to `last`, or on until `stop_after`
    absent ones past the highest known) into `seeds`; revisit pending questions when `revisit`."""
    started = time.perf_counter()
    seeds = Path(seeds)
    if seeds.exists() and not seeds.is_dir():
        raise BuildError(f"{seeds} is not a folder: pass --seeds DIR")
    seeds.mkdir(parents=True, exist_ok=True)
    state = HarvestState(seeds)  # holds the seeds folder's harvest lock until closed
    report = HarvestReport()
    try:
        _remove_leftovers(seeds)
        client = client or PoliteClient(base_url, delay=delay, contact=contact, timeout=timeout, tries=tries)
        if client.robots.disallow_all:
            report.stopped = "robots.txt forbids this client, or could not be read: nothing fetched"
            return report
        run = _Run(seeds, state, client, report, list(languages), list(renderings), revisit, progress)
        for legislature in legislatures:
            run.legislature(int(legislature), first, last, stop_after)
    except GaveUp as exc:
        report.stopped = str(exc)
    finally:
        state.close()
        report.requests = client.requests if client is not None else 0
        report.seconds = time.perf_counter() - started
    return report


class _Run:
    def __init__(self, seeds, state, client, report, languages, renderings, revisit, progress):
        self.seeds, self.state, self.client, self.report = seeds, state, client, report
        self.kinds = [(lang, rendering) for rendering in renderings for lang in languages]
        self.revisit, self.progress = revisit, progress
        self.visited = 0  # pages fetched
        self.numbers = 0  # question numbers visited

    def legislature(self, legislature: int, first: Optional[int], last: Optional[int], stop_after: int) -> None:
        highest = self.state.highest(legislature)
        number, nothing_run, failed_run = max(1, first or 1), 0, 0
        while True:
            if last is not None and number > last:
                break
            if last is None and number > highest and nothing_run >= stop_after:
                break
            outcome = self.number(legislature, number, beyond=number > highest)
            self.numbers += 1
            if self.progress:
                self.progress(self.numbers, self.visited, legislature, number)
            if outcome == "present":
                nothing_run, highest = 0, max(highest, number)
            else:  # absent, or failed or disallowed: past the highest known, these end the legislature too
                nothing_run += 1
            failed_run = failed_run + 1 if outcome == "failed" else 0
            if failed_run >= FAILED_IN_A_ROW:
                raise GaveUp(f"{failed_run} numbers in a row failed (last {legislature}-{number}): the site is not "
                             f"answering; run again later")
            number += 1
        self.report.highest[legislature] = highest

    def number(self, legislature: int, number: int, beyond: bool) -> str:
        """Visit one question's pages; "present", "absent", "failed" or "unknown" (disallowed)."""
        outcome = "unknown"
        for i, (language, rendering) in enumerate(self.kinds):
            known = self.state.get(legislature, number, language, rendering)
            if not self._wanted(known, beyond):
                status = known.status if known else "unknown"
            else:
                status = self.fetch(legislature, number, language, rendering, known)
            if i == 0:
                outcome = "present" if status in ("ok", "incomplete", "unreadable") else \
                    status if status in ("absent", "failed") else "unknown"
                if outcome != "present":
                    return outcome  # the other renderings of a question that is not there are not asked
        return outcome

    def _wanted(self, known: Optional[Page], beyond: bool) -> bool:
        if known is None:
            return True
        if known.status == "absent":
            return beyond  # past the highest known number, a new question may have come since
        if known.status == "disallowed":
            return True  # robots.txt is read again each run: asked only if it allows it now
        return due(known) if self.revisit else known.status in ("failed", "incomplete", "unreadable")

    def fetch(self, legislature: int, number: int, language: str, rendering: str, known: Optional[Page]) -> str:
        url = page_url(self.client.base, legislature, number, language, rendering)
        page = known or Page(legislature, number, language, rendering, url, "failed")
        page.url = url
        self.visited += 1
        try:
            on_disk = known is not None and known.file and (self.seeds / known.file).is_file()
            answer = self.client.get(url, page.etag if on_disk else "", page.modified if on_disk else "",
                                     complete=lambda body: not is_cut(body))
        except Disallowed:
            page.status = "disallowed"
            self.report.disallowed += 1
            self.state.put(page)
            return page.status
        page.http, page.fetched_at, page.tries = answer.status, time.time(), (page.tries or 0) + answer.tries
        kept = self.seeds / known.file if known is not None and known.file else None
        if answer.status == 304 and kept is not None and kept.is_file():
            self.report.unchanged += 1  # what the page says is what the kept file says
            page.status, page.asked_on, page.question_status = classify(kept.read_bytes())
            page.error = ""
            self.state.put(page)
            return page.status
        if answer.status in (404, 410):
            page.status = "absent"
        elif answer.status == 200:
            page.status, page.asked_on, page.question_status = classify(answer.body)
        else:
            page.status = "failed"
        if page.status == "failed":  # no good answer, or a page cut before its header: not kept, asked again
            page.error = answer.error or (f"HTTP {answer.status}" if answer.status != 200 else "cut before its header")
            self.report.failed += 1
            self.state.put(page)
            return page.status
        if page.status == "absent":
            self.report.absent += 1
        else:
            if page.status == "incomplete":
                self.report.incomplete += 1
            path = page_file(self.seeds, legislature, number, language, rendering)
            existed = path.exists()
            if existed and path.read_bytes() == answer.body:
                self.report.unchanged += 1
            else:
                write_atomically(path, answer.body)
                if existed:
                    self.report.changed += 1
                else:
                    self.report.new += 1
            page.file = str(path.relative_to(self.seeds))
            page.etag = answer.headers.get("etag", "")
            page.modified = answer.headers.get("last-modified", "")
            page.error = ""
        self.state.put(page)
        return page.status


def classify(body: bytes) -> tuple[str, str, str]:
    """(status, asked on, the question's status) of a page the site served: `absent` for its "no such
    question" template, `ok`, `incomplete` (no body: fetched again), or `unreadable`."""
    text = html_to_text(body) if is_html(body) else body.decode("cp1252", errors="replace")
    if not HEADER_RE.search(text):
        if is_cut(body):
            return "failed", "", ""  # cut before the header: not a page that says there is no question
        return "absent", "", ""
    try:
        record = parse_text(text)
    except ParseError:
        return "unreadable", "", ""
    asked = record.asked_on.isoformat() if record.asked_on else ""
    return ("incomplete" if record.incomplete or is_cut(body) else "ok"), asked, record.status


def planned(seeds: str | os.PathLike, legislatures: Iterable[int], first: Optional[int] = None,
            last: Optional[int] = None, stop_after: int = STOP_AFTER) -> int:
    """How many question numbers a run is expected to visit (0: unknown, nothing fetched yet), for an ETA."""
    highest = read_highest(Path(seeds)) if last is None else {}
    total = 0
    for legislature in legislatures:
        end = last if last is not None else (highest.get(legislature) or 0) + stop_after
        if last is None and not highest.get(legislature):
            return 0
        total += max(0, end - max(1, first or 1) + 1)
    return total


def is_cut(body: bytes) -> bool:
    """An HTML page whose end did not arrive: it opens <html> and never closes it."""
    return is_html(body) and re.search(rb"<html\b", body[:4096], re.I) is not None and \
        re.search(rb"</html\s*>", body[-4096:], re.I) is None


def write_atomically(path: Path, data: bytes) -> None:
    """The bytes as a new file at `path`: a temporary file beside it, flushed to disk, renamed into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.tmp-{os.getpid()}")
    with open(tmp, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, path)


def _remove_leftovers(seeds: Path) -> None:
    """Temporary files a killed run left behind (never read: they do not end in .html)."""
    folder = seeds / FOLDER
    if folder.is_dir():
        for leftover in folder.rglob("*.html.tmp-*"):
            leftover.unlink(missing_ok=True)
