"""Reading a document file: size and binary checks, the encoding policy, the error that names
the file and the line. A page saved as HTML (senate.be's own, or from a browser) is read as its
text (search.ingest.html)."""
from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from .html import html_to_text, is_html

MAX_BYTES = 10 * 1024 * 1024  # the largest real page is a few hundred kB
UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


class ParseError(Exception):
    """A document that cannot be read as a written question, with file and line."""

    def __init__(self, path: str, line: int, reason: str):
        super().__init__(f"{path}:{line}: {reason}")
        self.path, self.line, self.reason = path, line, reason


def read_document(path: str | os.PathLike) -> tuple[str, str]:
    """Return (text, sha256 of the bytes) of a page, or raise ParseError.

    Encoding policy: UTF-8 (a BOM is dropped). A file that is not valid UTF-8 but holds
    UTF-8 sequences is damaged UTF-8: it is read as UTF-8 with U+FFFD for the broken
    bytes, so the rest of its text survives. A file with no UTF-8 sequence at all is a
    legacy page: Windows-1252, with Latin-1 for the five bytes Windows-1252 leaves undefined.
    """
    name = str(path)
    try:
        if os.path.isdir(path):
            raise ParseError(name, 0, "is a directory, not a document")
        size = os.path.getsize(path)
        if size > MAX_BYTES:
            raise ParseError(name, 0, f"file too large ({size / 2**20:.1f} MB, limit {MAX_BYTES // 2**20} MB)")
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ParseError(name, 0, f"cannot read the file ({exc.strerror or exc})") from None
    if not data.strip():
        raise ParseError(name, 1, "empty file")
    if b"\x00" in data[:8192]:
        raise ParseError(name, 1, "binary file (NUL bytes), not a text page")
    digest = hashlib.sha256(data).hexdigest()
    if is_html(data):
        return html_to_text(data), digest
    try:
        return data.decode("utf-8-sig"), digest
    except UnicodeDecodeError:
        pass
    if UTF8_SEQUENCE.search(data):
        return data.decode("utf-8-sig", errors="replace"), digest
    return _cp1252(data), digest


def _cp1252(data: bytes) -> str:
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8d, 0x8f, 0x90, 0x9d: undefined in Windows-1252
        return "".join(data[i:i + 1].decode("cp1252", errors="ignore") or chr(data[i]) for i in range(len(data)))
