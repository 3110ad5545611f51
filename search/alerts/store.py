"""The subscriptions, in SQLite (beside the index unless SEARCH_ALERTS_DB names a file).

An address is kept with its language, a secret (the address of its page: what it follows, each changed or
stopped there), when it was confirmed, and how often its mail server refused it for good. A follow is a
question, a search (its URL query), a ministry or a senator; which news (new questions, new answers, both);
how often (after each update, daily, weekly); the build after which its news counts (`since`, a build number
of search.indexer.history), confirmed by the link a confirmation message carries (which expires).
What a message carried is written when the mail server accepted it, in the same transaction that moves the
follows' `since` on: a run killed at any moment repeats at most the message in flight. An address with
nothing left to follow is deleted, with everything sent to it.
"""
from __future__ import annotations

import secrets
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterator, Optional

KINDS = ("question", "search", "ministry", "author")
NEWS = ("both", "new", "answers")  # new questions and new answers (the default), or one of them
FREQUENCIES = ("immediate", "daily", "weekly")  # after each update, or a digest
PERIOD = {"immediate": timedelta(0), "daily": timedelta(hours=23), "weekly": timedelta(days=6, hours=23)}
CONFIRM_FOR = timedelta(hours=48)  # a confirmation link works this long
CONFIRMATIONS_A_DAY = 3  # confirmation messages an address gets in a day, at most
MAX_FOLLOWS = 200  # follows an address may hold
FAILURES_TO_STOP = 3  # refusals for good (5xx) before an address is stopped
CLIENT_FOLLOWS_A_MINUTE = 5  # follow requests one client may make in a minute

SCHEMA = """
CREATE TABLE IF NOT EXISTS addresses (
    id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, language TEXT NOT NULL, secret TEXT NOT NULL UNIQUE,
    created TEXT NOT NULL, confirmed TEXT, stopped TEXT, failures INTEGER NOT NULL DEFAULT 0,
    confirmations_day TEXT, confirmations INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS follows (
    id INTEGER PRIMARY KEY, address INTEGER NOT NULL REFERENCES addresses(id) ON DELETE CASCADE,
    kind TEXT NOT NULL, target TEXT NOT NULL, label TEXT NOT NULL, news TEXT NOT NULL, frequency TEXT NOT NULL,
    token TEXT UNIQUE, expires TEXT, confirmed TEXT, since INTEGER NOT NULL DEFAULT 0, last_sent TEXT,
    asked_news TEXT, asked_frequency TEXT, UNIQUE (address, kind, target));
CREATE TABLE IF NOT EXISTS sent (
    address INTEGER NOT NULL REFERENCES addresses(id) ON DELETE CASCADE, qid TEXT NOT NULL, event TEXT NOT NULL,
    seq INTEGER NOT NULL, at TEXT NOT NULL, PRIMARY KEY (address, qid, event));
CREATE TABLE IF NOT EXISTS messages (
    token TEXT PRIMARY KEY, address INTEGER NOT NULL REFERENCES addresses(id) ON DELETE CASCADE,
    follows TEXT NOT NULL, at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS clients (client TEXT NOT NULL, at TEXT NOT NULL);
"""


def now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


def stamp(moment: Optional[datetime] = None) -> str:
    return (moment or now()).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_stamp(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


@dataclass(frozen=True)
class Address:
    id: int
    email: str
    language: str
    secret: str
    confirmed: Optional[str]
    stopped: Optional[str]
    failures: int


@dataclass(frozen=True)
class Follow:
    id: int
    address: int
    kind: str
    target: str
    label: str
    news: str
    frequency: str
    confirmed: Optional[str]
    since: int
    last_sent: Optional[str]
    token: Optional[str] = None
    expires: Optional[str] = None


class Refused(Exception):
    """A follow the rules do not allow (too many, too often): `reason` says which, for the page."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason  # "confirmations", "follows", "client"


class Store:
    """One SQLite database of subscriptions; every call is one transaction."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=30)
        try:
            db.execute("PRAGMA journal_mode = WAL")
            db.executescript(SCHEMA)  # in a transaction of its own
        finally:
            db.close()

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        db.row_factory = sqlite3.Row
        db.execute("PRAGMA foreign_keys = ON")
        try:
            db.execute("BEGIN IMMEDIATE")
            yield db
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        finally:
            db.close()

    # -- asking to follow --------------------------------------------------------------

    def ask(self, email: str, language: str, kind: str, target: str, label: str, news: str, frequency: str,
            since: int, client: str = "") -> tuple[Address, Follow]:
        """A follow waiting for its confirmation (a new one, or one asked again: a fresh link); Refused when the
        address had its confirmation messages for the day, holds too many follows, or the client asked too often."""
        email = email.strip().lower()
        moment = now()
        with self._db() as db:
            if client:
                db.execute("DELETE FROM clients WHERE at < ?", (stamp(moment - timedelta(minutes=1)),))
                if db.execute("SELECT COUNT(*) FROM clients WHERE client = ?", (client,)).fetchone()[0] \
                        >= CLIENT_FOLLOWS_A_MINUTE:
                    raise Refused("client")
                db.execute("INSERT INTO clients VALUES (?, ?)", (client, stamp(moment)))
            row = db.execute("SELECT * FROM addresses WHERE email = ?", (email,)).fetchone()
            if row is None:
                db.execute("INSERT INTO addresses (email, language, secret, created) VALUES (?, ?, ?, ?)",
                           (email, language, secrets.token_urlsafe(24), stamp(moment)))
                row = db.execute("SELECT * FROM addresses WHERE email = ?", (email,)).fetchone()
            today = moment.date().isoformat()
            sent_today = row["confirmations"] if row["confirmations_day"] == today else 0
            if sent_today >= CONFIRMATIONS_A_DAY:
                raise Refused("confirmations")
            held = db.execute("SELECT COUNT(*) FROM follows WHERE address = ?", (row["id"],)).fetchone()[0]
            existing = db.execute("SELECT id FROM follows WHERE address = ? AND kind = ? AND target = ?",
                                  (row["id"], kind, target)).fetchone()
            if existing is None and held >= MAX_FOLLOWS:
                raise Refused("follows")
            token, expires = secrets.token_urlsafe(24), stamp(moment + CONFIRM_FOR)
            if existing is None:
                db.execute("INSERT INTO follows (address, kind, target, label, news, frequency, token, expires, since) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           (row["id"], kind, target, label, news, frequency, token, expires, since))
            else:  # asked again: a fresh link; the new choices wait for it (a form cannot change a confirmed follow)
                db.execute("UPDATE follows SET asked_news = ?, asked_frequency = ?, token = ?, expires = ? WHERE id = ?",
                           (news, frequency, token, expires, existing["id"]))
            db.execute("UPDATE addresses SET confirmations_day = ?, confirmations = ?, language = ? WHERE id = ?",
                       (today, sent_today + 1, language, row["id"]))
            follow = db.execute("SELECT * FROM follows WHERE token = ?", (token,)).fetchone()
            address = db.execute("SELECT * FROM addresses WHERE id = ?", (row["id"],)).fetchone()
            return _address(address), _follow(follow)

    def pending(self, token: str) -> Optional[tuple[Address, Follow]]:
        """The follow a confirmation link names, while the link is valid."""
        with self._db() as db:
            row = db.execute("SELECT * FROM follows WHERE token = ?", (token,)).fetchone()
            if row is None or parse_stamp(row["expires"]) < now():
                return None
            address = db.execute("SELECT * FROM addresses WHERE id = ?", (row["address"],)).fetchone()
            return _address(address), _follow(row)

    def confirm(self, token: str, since: int) -> Optional[Address]:
        """Confirm the follow a valid link names (its news counts from build `since` on); the address too."""
        with self._db() as db:
            row = db.execute("SELECT * FROM follows WHERE token = ?", (token,)).fetchone()
            if row is None or parse_stamp(row["expires"]) < now():
                return None
            moment = stamp()
            if row["confirmed"] is None:
                db.execute("UPDATE follows SET since = ?, last_sent = ? WHERE id = ?", (since, moment, row["id"]))
            db.execute("UPDATE follows SET confirmed = COALESCE(confirmed, ?), token = NULL, expires = NULL, "
                       "news = COALESCE(asked_news, news), frequency = COALESCE(asked_frequency, frequency), "
                       "asked_news = NULL, asked_frequency = NULL WHERE id = ?", (moment, row["id"]))
            db.execute("UPDATE addresses SET confirmed = COALESCE(confirmed, ?), stopped = NULL, failures = 0 "
                       "WHERE id = ?", (moment, row["address"]))
            return _address(db.execute("SELECT * FROM addresses WHERE id = ?", (row["address"],)).fetchone())

    # -- an address's page -------------------------------------------------------------

    def address(self, secret: str) -> Optional[Address]:
        with self._db() as db:
            row = db.execute("SELECT * FROM addresses WHERE secret = ?", (secret,)).fetchone()
            return _address(row) if row else None

    def follows(self, address: int, confirmed_only: bool = False) -> list[Follow]:
        with self._db() as db:
            sql = "SELECT * FROM follows WHERE address = ?" + (" AND confirmed IS NOT NULL" if confirmed_only else "")
            return [_follow(r) for r in db.execute(sql + " ORDER BY id", (address,))]

    def change(self, address: int, follow: int, news: str, frequency: str) -> None:
        with self._db() as db:
            db.execute("UPDATE follows SET news = ?, frequency = ? WHERE id = ? AND address = ?",
                       (news, frequency, follow, address))

    def stop(self, address: int, follows: Optional[list[int]] = None) -> bool:
        """Stop some follows of an address (all of them by default); an address left with none is deleted with
        its history. Returns whether the address is gone."""
        with self._db() as db:
            if follows is None:
                db.execute("DELETE FROM follows WHERE address = ?", (address,))
            else:
                db.executemany("DELETE FROM follows WHERE address = ? AND id = ?", [(address, f) for f in follows])
            return _forget_if_empty(db, address)

    def unsubscribe(self, token: str) -> bool:
        """One-click unsubscribe (RFC 8058): stop every follow the message `token` was sent for."""
        with self._db() as db:
            row = db.execute("SELECT * FROM messages WHERE token = ?", (token,)).fetchone()
            if row is None:
                return False
            ids = [int(i) for i in row["follows"].split(",") if i]
            db.executemany("DELETE FROM follows WHERE address = ? AND id = ?", [(row["address"], f) for f in ids])
            _forget_if_empty(db, row["address"])
            return True

    # -- sending -----------------------------------------------------------------------

    def due(self, moment: Optional[datetime] = None) -> list[tuple[Address, list[Follow]]]:
        """Every confirmed, not stopped address with its confirmed follows whose time has come."""
        moment = moment or now()
        out = []
        with self._db() as db:
            for a in db.execute("SELECT * FROM addresses WHERE confirmed IS NOT NULL AND stopped IS NULL ORDER BY id"):
                follows = [_follow(f) for f in db.execute(
                    "SELECT * FROM follows WHERE address = ? AND confirmed IS NOT NULL ORDER BY id", (a["id"],))]
                ready = [f for f in follows if f.last_sent is None or
                         moment - parse_stamp(f.last_sent) >= PERIOD[f.frequency]]
                if ready:
                    out.append((_address(a), ready))
        return out

    def already_sent(self, address: int) -> set[tuple[str, str]]:
        with self._db() as db:
            return {(r["qid"], r["event"]) for r in db.execute("SELECT qid, event FROM sent WHERE address = ?",
                                                              (address,))}

    def new_message(self, address: int, follows: list[int]) -> str:
        """A token for a message about to be sent (its one-click unsubscribe stops these follows)."""
        token = secrets.token_urlsafe(24)
        with self._db() as db:
            db.execute("INSERT INTO messages VALUES (?, ?, ?, ?)",
                       (token, address, ",".join(map(str, follows)), stamp()))
        return token

    def delivered(self, address: int, follows: list[int], items: list[tuple[str, str]], seq: int,
                  ended: list[int]) -> None:
        """The mail server accepted the message: its items are never sent again, its follows' news counts from
        build `seq` on, the follows that reached their end (a question answered) stop. One transaction."""
        moment = stamp()
        with self._db() as db:
            db.executemany("INSERT OR IGNORE INTO sent VALUES (?, ?, ?, ?, ?)",
                           [(address, qid, event, seq, moment) for qid, event in items])
            db.executemany("UPDATE follows SET since = MAX(since, ?), last_sent = ? WHERE id = ? AND address = ?",
                           [(seq, moment, f, address) for f in follows])
            db.executemany("DELETE FROM follows WHERE id = ? AND address = ?", [(f, address) for f in ended])
            db.execute("UPDATE addresses SET failures = 0 WHERE id = ?", (address,))
            _forget_if_empty(db, address)

    def nothing_new(self, address: int, follows: list[int], seq: int) -> None:
        """A run found nothing for these follows: their news counts from build `seq` on."""
        moment = stamp()
        with self._db() as db:
            db.executemany("UPDATE follows SET since = MAX(since, ?), last_sent = ? WHERE id = ? AND address = ?",
                           [(seq, moment, f, address) for f in follows])

    def refused(self, address: int) -> bool:
        """The mail server refused the address for good (5xx): after FAILURES_TO_STOP, it is stopped (its page
        says so). Returns whether it is stopped now."""
        with self._db() as db:
            db.execute("UPDATE addresses SET failures = failures + 1 WHERE id = ?", (address,))
            row = db.execute("SELECT failures FROM addresses WHERE id = ?", (address,)).fetchone()
            if row["failures"] >= FAILURES_TO_STOP:
                db.execute("UPDATE addresses SET stopped = ? WHERE id = ?", (stamp(), address))
                return True
            return False

    def everything(self) -> list[tuple[Address, list[Follow]]]:
        """Every address and its follows (`alerts list`)."""
        with self._db() as db:
            return [(_address(a), [_follow(f) for f in db.execute(
                "SELECT * FROM follows WHERE address = ? ORDER BY id", (a["id"],))])
                for a in db.execute("SELECT * FROM addresses ORDER BY id")]


def _forget_if_empty(db: sqlite3.Connection, address: int) -> bool:
    if db.execute("SELECT COUNT(*) FROM follows WHERE address = ?", (address,)).fetchone()[0]:
        return False
    db.execute("DELETE FROM addresses WHERE id = ?", (address,))  # its sent items and messages go with it
    return True


def _address(row) -> Address:
    return Address(row["id"], row["email"], row["language"], row["secret"], row["confirmed"], row["stopped"],
                   row["failures"])


def _follow(row) -> Follow:
    return Follow(row["id"], row["address"], row["kind"], row["target"], row["label"], row["news"],
                  row["frequency"], row["confirmed"], row["since"], row["last_sent"], row["token"], row["expires"])
