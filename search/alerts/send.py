"""One sending run: for every address whose follows are due, one message with each question once, saying
which of its follows it matches; sent through an SMTP server; recorded when the server accepts it.

Nothing is lost and nothing sent twice: what a message carried is written, and the follows' news moved on,
in one transaction after the server accepted it, so a run killed at any moment and run again repeats at
most the message in flight. A server that refuses for a while (4xx, or no connection) leaves everything
for the next run; an address it refuses for good (5xx) counts a failure, and is stopped after a few.
"""
from __future__ import annotations

import smtplib
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Callable, Optional

from .news import ENDS, Item, news
from .store import Address, Follow, Store


@dataclass
class SendReport:
    messages: int = 0  # accepted by the server
    items: int = 0
    addresses: int = 0  # with something due
    deferred: int = 0  # left for the next run (a temporary refusal, no connection)
    refused: int = 0  # refused for good this run
    stopped: list[str] = field(default_factory=list)  # addresses stopped after too many refusals
    previews: list[EmailMessage] = field(default_factory=list)  # --dry-run: what would be sent

    def summary(self) -> str:
        line = (f"{self.messages} message(s) sent, {self.items} question(s), to {self.addresses} address(es) "
                f"with news due; {self.deferred} left for the next run, {self.refused} refused")
        return line + (f"; stopped: {', '.join(self.stopped)}" if self.stopped else "")


@dataclass(frozen=True)
class Letter:
    """What a message tells one address: its items, each with the follows it matches (in the order followed)."""
    address: Address
    items: list[tuple[Item, list[Follow]]]
    follows: list[Follow]  # every due follow (the message is sent for them: its one-click unsubscribe stops them)
    token: str  # the message's unsubscribe token


Compose = Callable[[object, Letter], EmailMessage]  # (generation, letter) -> the message, headers and all
Connect = Callable[[], smtplib.SMTP]


def send(store: Store, gen, compose: Compose, connect: Connect, dry_run: bool = False) -> SendReport:
    """Send what is due; `connect` opens the SMTP connection (once, on the first message)."""
    report = SendReport()
    seq = gen.seq
    server: Optional[smtplib.SMTP] = None
    try:
        for address, follows in store.due():
            sent = store.already_sent(address.id)
            found: dict[str, tuple[Item, list[Follow]]] = {}
            for follow in follows:
                for item in news(gen, follow):
                    if (item.qid, item.event) in sent:
                        continue
                    found.setdefault(item.qid, (item, []))[1].append(follow)
            if not found:
                if not dry_run:
                    store.nothing_new(address.id, [f.id for f in follows], seq)
                continue
            report.addresses += 1
            items = sorted(found.values(), key=lambda pair: pair[0].row)
            token = "dry-run" if dry_run else store.new_message(address.id, [f.id for f in follows])
            message = compose(gen, Letter(address, items, follows, token))
            if dry_run:
                report.previews.append(message)
                continue
            if server is None:
                try:
                    server = connect()
                except (OSError, smtplib.SMTPException):
                    report.deferred += 1  # no server now: everything waits for the next run
                    break
            outcome = _deliver(server, message, address.email)
            if outcome == "accepted":
                ended = [f.id for f in follows if f.kind == "question" and
                         any(f in matched and i.event.split(":")[-1] in ENDS for i, matched in items)]
                store.delivered(address.id, [f.id for f in follows], [(i.qid, i.event) for i, _ in items], seq, ended)
                report.messages += 1
                report.items += len(items)
            elif outcome == "refused":
                report.refused += 1
                if store.refused(address.id):
                    report.stopped.append(address.email)
            else:
                report.deferred += 1
                if outcome == "unavailable":  # 421: the server asks to come back later; so does everything else
                    break
                if outcome == "lost":  # the connection went: a new one for the next address
                    server = None
    finally:
        if server is not None:
            try:
                server.quit()
            except (OSError, smtplib.SMTPException):
                pass
    return report


def _deliver(server: smtplib.SMTP, message: EmailMessage, to: str) -> str:
    """accepted, refused (for good: 5xx), deferred (4xx), unavailable (421: the server is closing) or lost (the
    connection)."""
    try:
        refused = server.send_message(message, to_addrs=[to])
    except smtplib.SMTPRecipientsRefused as exc:
        code = next(iter(exc.recipients.values()))[0]
        return "refused" if 500 <= code < 600 else "deferred"
    except smtplib.SMTPResponseException as exc:
        if exc.smtp_code == 421:
            return "unavailable"
        return "refused" if 500 <= exc.smtp_code < 600 and exc.smtp_code not in (500, 501, 502, 503, 504) \
            else "deferred"
    except (smtplib.SMTPServerDisconnected, OSError):
        return "lost"
    except smtplib.SMTPException:
        return "deferred"
    return "refused" if refused else "accepted"
