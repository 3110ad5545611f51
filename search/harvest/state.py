"""What the harvester fetched, when, with what answer: a small SQLite database in the seeds folder
(`.harvest/state.sqlite`, hidden, so the build does not take it for a document).

One row per page (a question, a language, a rendering): its status (`ok`, `absent`: the site has no
such question; `incomplete`: the page came without its body; `unreadable`; `failed`: no good answer
after a few tries, fetched again next run; `disallowed` by robots.txt), the HTTP status, when it was
fetched, its ETag and Last-Modified (for a conditional request next time), the file that keeps it,
and what the page said: the day the question was asked and its status (`pending` ones are visited
again, the recent ones more often). Each page's row is committed once its file is in place: a run
killed at any moment loses at most the page in flight.
"""
from __future__ import annotations

import fcntl
import sqlite3
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterator, Optional

from ..errors import BuildError

SCHEMA = """
CREATE TABLE IF NOT EXISTS pages (
    legislature INTEGER NOT NULL, number INTEGER NOT NULL, language TEXT NOT NULL, rendering TEXT NOT NULL,
    url TEXT NOT NULL, status TEXT NOT NULL, http INTEGER, fetched_at REAL, etag TEXT, modified TEXT,
    file TEXT, asked_on TEXT, question_status TEXT, tries INTEGER DEFAULT 0, error TEXT,
    PRIMARY KEY (legislature, number, language, rendering)
)
"""
DAY = 86_400.0


@dataclass
class Page:
    legislature: int
    number: int
    language: str
    rendering: str
    url: str
    status: str
    http: Optional[int] = None
    fetched_at: Optional[float] = None
    etag: str = ""
    modified: str = ""
    file: str = ""
    asked_on: str = ""
    question_status: str = ""
    tries: int = 0
    error: str = ""


class HarvestState:
    """The state of one seeds folder's harvest; one harvest at a time holds it (a lock file beside it)."""

    def __init__(self, seeds: Path):
        folder = Path(seeds) / ".harvest"
        folder.mkdir(parents=True, exist_ok=True)
        self.lock = open(folder / "lock", "a+")
        try:
            fcntl.flock(self.lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self.lock.close()
            raise BuildError(f"another harvest is running into {seeds}/: wait for it to end") from None
        self.db = sqlite3.connect(folder / "state.sqlite", timeout=30)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute(SCHEMA)
        self.db.commit()

    def close(self) -> None:
        self.db.close()
        self.lock.close()  # the lock goes with it

    def get(self, legislature: int, number: int, language: str, rendering: str) -> Optional[Page]:
        row = self.db.execute("SELECT * FROM pages WHERE legislature=? AND number=? AND language=? AND rendering=?",
                              (legislature, number, language, rendering)).fetchone()
        return Page(*row) if row else None

    def put(self, page: Page) -> None:
        """Record a page's outcome, committed at once."""
        self.db.execute("INSERT OR REPLACE INTO pages VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        (page.legislature, page.number, page.language, page.rendering, page.url, page.status,
                         page.http, page.fetched_at, page.etag, page.modified, page.file, page.asked_on,
                         page.question_status, page.tries, page.error))
        self.db.commit()

    def highest(self, legislature: int) -> int:
        """The highest number of the legislature the site has a question for (0: none yet)."""
        return highest_known(self.db).get(legislature, 0)

    def pages(self, legislature: Optional[int] = None) -> Iterator[Page]:
        query = "SELECT * FROM pages" + (" WHERE legislature=?" if legislature is not None else "")
        for row in self.db.execute(query + " ORDER BY legislature, number", (() if legislature is None else (legislature,))):
            yield Page(*row)

    def counts(self) -> dict[str, int]:
        return dict(self.db.execute("SELECT status, COUNT(*) FROM pages GROUP BY status").fetchall())


def highest_known(db: sqlite3.Connection) -> dict[int, int]:
    """Per legislature, the highest number the site has a question for."""
    return dict(db.execute("SELECT legislature, MAX(number) FROM pages WHERE status NOT IN ('absent', 'failed', "
                           "'disallowed') GROUP BY legislature").fetchall())


def read_highest(seeds: Path) -> dict[int, int]:
    """highest_known of a seeds folder's state, read without taking the harvest's lock ({}: never harvested)."""
    path = Path(seeds) / ".harvest" / "state.sqlite"
    if not path.is_file():
        return {}
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    try:
        return highest_known(db)
    finally:
        db.close()


def due(page: Page, now: Optional[float] = None, today: Optional[date] = None) -> bool:
    """Whether a page is to be fetched again: a failed, incomplete or unreadable one every run; a question
    still waiting for an answer daily in its first two months, weekly in its first year, monthly after."""
    if page.status in ("failed", "incomplete", "unreadable"):
        return True
    if page.status != "ok" or page.question_status != "pending":
        return False
    now = time.time() if now is None else now
    age = (now - (page.fetched_at or 0)) / DAY
    try:
        asked = date.fromisoformat(page.asked_on)
    except ValueError:
        return age >= 7
    days_old = ((today or date.today()) - asked).days
    every = 1 if days_old <= 60 else 7 if days_old <= 365 else 30
    return age >= every
