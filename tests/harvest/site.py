"""senate.be on the loopback interface: the written questions' pages as the site serves them, in its
HTML and windows-1252 bytes, under their senate.be URLs, with gaps in the numbering, a "no such
question" page past the last one, robots.txt, and misbehaviour on demand.

    python -m tests.harvest.site --port 8000     # serves the pages below until Ctrl-C (the README's tour)

Misbehaviour is scripted per page, each step played once, in order: "500", "503:<seconds>" and
"429:<seconds>" (with Retry-After), "slow:<seconds>" (the answer after a pause), "cut" (half the
body under the full Content-Length), "drop" (the connection closed without an answer), "short" (a
200 page cut before its question, without </html>).
Every request is logged with its time, URL and headers.
"""
from __future__ import annotations

import argparse
import hashlib
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from tests.fixtures.make_html import no_such_question, page_bytes

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"
RENDERING_OF = {"/Vragen/SchriftelijkeVraag": "web", "/Vragen/SVPrint": "print", "/Vragen/SVPrintNLFR": "bilingual"}

# Legislature 8 of the test site (in session, so that a question still waiting is visited again): six numbers, 3 without a question (a gap), then none past 6.
# Each is a fixture page given that number (its own id replaced throughout).
LEGISLATURE_8 = {1: "variants/closed.txt", 2: "variants/answered_deadline.txt", 4: "variants/pending_deadline.txt",
                 5: "variants/withdrawn.txt", 6: "variants/lapsed.txt"}
# Questions whose renderings the fixtures hold in both languages, under their own numbers.
RENDERED = {
    (5, 8917, "fr", "web"): SEEDS / "000_7920259182f321fb.txt",
    (5, 8917, "fr", "print"): FIXTURES / "renderings" / "fr_print.txt",
    (5, 8917, "nl", "print"): FIXTURES / "renderings" / "nl_print.txt",
    (4, 1362, "nl", "web"): FIXTURES / "renderings" / "nl_web.txt",
    (4, 1362, "fr", "bilingual"): FIXTURES / "renderings" / "bilingual_columns.txt",
}


def own_id(text: str) -> str:
    return re.search(r"(?:Question écrite n°|Schriftelijke vraag nr\.)\s*(\d+-\d+)", text).group(1)


def renumbered(path: Path, legislature: int, number: int) -> str:
    text = path.read_text(encoding="utf-8")
    return text.replace(own_id(text), f"{legislature}-{number}")


def site_pages() -> dict[tuple[int, int, str, str], bytes]:
    """(legislature, number, language, rendering) -> the bytes served; the charset declared on every other page."""
    pages = {}
    for number, name in LEGISLATURE_8.items():
        pages[(8, number, "fr", "web")] = page_bytes(renumbered(FIXTURES / name, 8, number), number % 2 == 0, True)
    for k, (key, path) in enumerate(RENDERED.items()):
        pages[key] = page_bytes(path.read_text(encoding="utf-8"), k % 2 == 0, k % 2 == 1)
    return pages


@dataclass
class Hit:
    at: float  # time.monotonic() when the request arrived
    path: str
    headers: dict
    status: int = 0


@dataclass
class FakeSenate:
    pages: dict = field(default_factory=site_pages)
    robots: object = "User-agent: *\nDisallow: /www/?MIval=/Zoeken\n"  # None: no robots.txt (404)
    script: dict = field(default_factory=dict)  # (leg, nr, lang, rendering) -> ["500", "503:1", …]
    header_charset: bool = True  # also say the charset in the Content-Type header, on odd numbers
    log: list = field(default_factory=list)
    port: int = 0  # 0: any free port

    def __post_init__(self):
        self.lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                hit = Hit(time.monotonic(), self.path, {k.lower(): v for k, v in self.headers.items()})
                with site.lock:
                    site.log.append(hit)
                site.answer(self, hit)

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- what the site says ---------------------------------------------------------------

    def page_hits(self) -> list[Hit]:
        """The requests for question pages (robots.txt left out)."""
        with self.lock:
            return [h for h in self.log if h.path.startswith("/www/")]

    def answer(self, handler: BaseHTTPRequestHandler, hit: Hit) -> None:
        url = urlsplit(handler.path)
        if url.path == "/robots.txt":
            if self.robots is None:
                return self.send(handler, hit, 404, b"not found", "text/plain")
            return self.send(handler, hit, 200, str(self.robots).encode(), "text/plain")
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        rendering = RENDERING_OF.get(query.get("MIval", ""))
        if url.path != "/www/" or rendering is None or not query.get("LEG", "").isdigit() \
                or not query.get("NR", "").isdigit():
            return self.send(handler, hit, 404, b"<html><body>Not found</body></html>", "text/html")
        key = (int(query["LEG"]), int(query["NR"]), query.get("LANG", "fr"), rendering)
        steps = self.script.get(key)
        step = steps.pop(0) if steps else ""
        body = self.pages.get(key) or no_such_question(key[2])
        kind, _, arg = step.partition(":")
        if kind in ("500",):
            return self.send(handler, hit, 500, b"<html><body>Internal Server Error</body></html>", "text/html")
        if kind in ("503", "429"):
            return self.send(handler, hit, int(kind), b"<html><body>Busy</body></html>", "text/html",
                             {"Retry-After": arg or "1"})
        if kind == "drop":
            handler.close_connection = True
            handler.connection.shutdown(2)
            return
        if kind == "slow":
            time.sleep(float(arg or 2))
        if kind == "short":
            body = body[:len(body) // 8]
        charset = "; charset=windows-1252" if self.header_charset and key[1] % 2 == 1 else ""
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if kind != "short" and handler.headers.get("If-None-Match") == etag:
            return self.send(handler, hit, 304, b"", None, {"ETag": etag})
        if kind == "cut":
            hit.status = 200
            handler.send_response(200)
            handler.send_header("Content-Type", "text/html" + charset)
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body[:len(body) // 2])
            handler.wfile.flush()
            handler.close_connection = True
            handler.connection.shutdown(2)
            return
        self.send(handler, hit, 200, body, "text/html" + charset, {"ETag": etag})

    @staticmethod
    def send(handler, hit: Hit, status: int, body: bytes, content_type, headers: dict | None = None) -> None:
        hit.status = status
        handler.send_response(status)
        if content_type:
            handler.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        if body:
            handler.wfile.write(body)


def main() -> None:
    parser = argparse.ArgumentParser(description="A senate.be test site on the loopback interface.")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args()
    site = FakeSenate(port=args.port)
    print(f"serving the test site's {len(site.pages)} pages on {site.base_url}/ (legislature 8: numbers 1-6, "
          f"3 missing; 4-1362 and 5-8917 in several renderings); Ctrl-C stops", flush=True)
    try:
        site.thread.join()
    except KeyboardInterrupt:
        site.close()


if __name__ == "__main__":
    main()
