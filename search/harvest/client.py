"""A polite HTTP client for one site: it reads and obeys robots.txt (with Protego, which follows RFC 9309:
the standard library's parser knows neither wildcards nor that the longest rule wins), sends one request at a time,
spaced by at least `delay` seconds (or the site's Crawl-delay), names itself in its User-Agent
(with a contact when the user gives one), waits as Retry-After says on 429 and 503, backs off on
errors and gives up on a page after a few tries, and asks again conditionally (If-None-Match,
If-Modified-Since) for a page it already has.

The standard library's urllib does the HTTP: one connection per request, redirects followed,
a timeout on each socket operation; a body shorter than its Content-Length (a cut transfer) is an
error like a dropped connection, and is tried again.
"""
from __future__ import annotations

import email.utils
import http.client
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from typing import Callable, Optional

from protego import Protego

PRODUCT = "senate-search"
VERSION = "0.1"
MAX_WAIT = 600.0  # seconds: a Retry-After longer than this ends the run (what is left is fetched next time)


@dataclass
class Response:
    status: int  # the HTTP status; 0 when no answer came (timeout, dropped connection, cut body)
    body: bytes = b""
    headers: dict = field(default_factory=dict)  # lower-case names
    error: str = ""  # what went wrong, when something did
    tries: int = 1


@dataclass
class Rules:
    """A site's robots.txt as read: its rules (None when there is no file), or a "fetch nothing"."""
    parsed: Optional[Protego]
    disallow_all: bool = False

    def allows(self, url: str) -> bool:
        if self.disallow_all:
            return False
        return self.parsed is None or self.parsed.can_fetch(url, PRODUCT)


class Disallowed(Exception):
    """robots.txt does not let this client fetch the page."""


class GaveUp(Exception):
    """The site asked to wait longer than MAX_WAIT (Retry-After): the run stops here."""


def user_agent(contact: str = "") -> str:
    """`senate-search/0.1 (harvester of the Belgian Senate's written questions; contact: …)`."""
    extra = f"; contact: {contact}" if contact else ""
    return f"{PRODUCT}/{VERSION} (harvester of the Belgian Senate's written questions{extra})"


class PoliteClient:
    def __init__(self, base: str, delay: float = 1.0, contact: str = "", timeout: float = 30.0, tries: int = 3,
                 sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic):
        self.base = base.rstrip("/")
        self.delay, self.timeout, self.tries = delay, timeout, tries
        self.agent = user_agent(contact)
        self.sleep, self.clock = sleep, clock
        self.last_start: Optional[float] = None
        self.requests = 0  # requests sent, robots.txt included
        self.robots = self._robots()

    # -- robots.txt -----------------------------------------------------------------------

    def _robots(self) -> "Rules":
        """The site's rules (RFC 9309, read by Protego: wildcards, `$`, the longest match wins): a 4xx means
        none; a 5xx or no answer means none may be fetched until it can be read."""
        answer = self._send(self.base + "/robots.txt", {})
        if answer.status == 200:
            rules = Rules(Protego.parse(answer.body.decode("utf-8", errors="replace")))
        else:
            rules = Rules(None, disallow_all=not 400 <= answer.status < 500)
        if rules.parsed is not None:
            crawl = rules.parsed.crawl_delay(PRODUCT)
            rate = rules.parsed.request_rate(PRODUCT)
            if rate and rate.requests:
                crawl = max(crawl or 0, rate.seconds / rate.requests)
            if crawl:
                self.delay = max(self.delay, float(crawl))
        return rules

    def allowed(self, url: str) -> bool:
        return self.robots.allows(url)

    # -- fetching ------------------------------------------------------------------------

    def get(self, url: str, etag: str = "", modified: str = "",
            complete: Optional[Callable[[bytes], bool]] = None) -> Response:
        """One page, tried up to `tries` times on errors, 5xx and a 200 whose body `complete` finds cut
        (backing off), waiting as Retry-After says on 429 and 503. Raises Disallowed for a page robots.txt
        forbids, GaveUp for a wait too long."""
        if not self.allowed(url):
            raise Disallowed(url)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if modified:
            headers["If-Modified-Since"] = modified
        answer = Response(0)
        for attempt in range(1, self.tries + 1):
            answer = self._send(url, headers)
            answer.tries = attempt
            if answer.status == 200 and complete is not None and not complete(answer.body):
                answer = Response(0, error=f"cut page ({len(answer.body)} bytes received)", tries=attempt)
            if answer.status in (429, 503):
                wait = retry_after(answer.headers.get("retry-after", ""))
                if wait is None:
                    wait = self.delay * 2 ** attempt
                if wait > MAX_WAIT:
                    raise GaveUp(f"{url}: the site asks to wait {wait:.0f} s (Retry-After)")
                self.sleep(wait)
                continue
            if answer.status == 0 or answer.status >= 500:
                if attempt < self.tries:
                    self.sleep(self.delay * 2 ** attempt)  # back off: 2, 4, 8… times the delay
                continue
            return answer
        return answer

    def _send(self, url: str, headers: dict) -> Response:
        """One request, after the delay since the previous one started."""
        if self.last_start is not None:
            wait = self.last_start + self.delay - self.clock()
            if wait > 0:
                self.sleep(wait)
        self.last_start = self.clock()
        self.requests += 1
        request = urllib.request.Request(url, headers={"User-Agent": self.agent, "Accept-Encoding": "identity",
                                                       **headers})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as reply:
                body = reply.read()
                return Response(reply.status, body, {k.lower(): v for k, v in reply.headers.items()})
        except urllib.error.HTTPError as exc:  # 304, 4xx, 5xx: an answer, with its headers
            try:
                body = exc.read()
            except (OSError, http.client.HTTPException):
                body = b""
            return Response(exc.code, body, {k.lower(): v for k, v in (exc.headers or {}).items()}, f"HTTP {exc.code}")
        except http.client.IncompleteRead as exc:
            return Response(0, error=f"cut transfer ({len(exc.partial)} bytes received)")
        except (urllib.error.URLError, http.client.HTTPException, ConnectionError, socket.timeout, TimeoutError,
                OSError) as exc:
            reason = getattr(exc, "reason", exc)
            return Response(0, error=f"{type(reason).__name__}: {reason}")


def retry_after(value: str) -> Optional[float]:
    """Seconds a Retry-After header asks to wait: a number of seconds or an HTTP date; None when absent."""
    value = (value or "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())

