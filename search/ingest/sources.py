"""The document files of a seeds folder: which there are, and which question each renders.

A document is a page in the text layout (`*.txt`) or as the site serves it (`*.html`, `*.htm`)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Optional

from ..errors import BuildError
from .documents import MAX_BYTES
from .html import html_to_text, is_html
from .parse import HEADER_RE

SUFFIXES = (".txt", ".html", ".htm")


@dataclass(frozen=True)
class Source:
    """One document file: its name relative to the seeds folder, path, size and mtime."""
    name: str
    path: str
    size: int
    mtime: int  # ns


def source_files(seeds: str | os.PathLike) -> list[Source]:
    """Every document (`*.txt`, `*.html`, `*.htm`) below `seeds` (hidden folders skipped), by name; a clear
    error when there is none."""
    root = os.fspath(seeds)
    if not os.path.isdir(root):
        raise BuildError(f"seeds folder {root}/ does not exist: pass --seeds DIR or set SEARCH_SEEDS_DIR")
    found: list[Source] = []
    _scan(root, "", found)
    if not found:
        raise BuildError(f"seeds folder {root}/ holds no document (*.txt, *.html): nothing to index")
    return sorted(found, key=lambda s: s.name)


def _scan(folder: str, prefix: str, found: list[Source]) -> None:
    """The documents below `folder` (hidden entries skipped); a folder named x.txt is listed
    too, so that the build reports it."""
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.startswith("."):
                continue
            is_dir = entry.is_dir()
            if entry.name.lower().endswith(SUFFIXES):
                try:
                    st = entry.stat()
                    size, mtime = st.st_size, st.st_mtime_ns
                except OSError:  # a dangling link: read_document says why
                    size, mtime = -1, -1
                found.append(Source(prefix + entry.name, entry.path, size, mtime))
            if is_dir and not entry.is_symlink():  # as os.walk: a linked folder is not entered
                _scan(entry.path, prefix + entry.name + "/", found)


def scan_id(source: Source) -> Optional[str]:
    """The question id a file names in its first lines, without parsing it (None: none found)."""
    try:
        with open(source.path, "rb") as f:
            head = f.read(8192)
            if is_html(head):  # the header may be split by markup: read the page as text
                head = html_to_text(head + f.read(MAX_BYTES))
            else:
                head = head.decode("utf-8", errors="replace")
    except OSError:
        return None
    match = HEADER_RE.search(head)
    return f"{int(match.group(1))}-{int(match.group(2))}" if match else None


def group_sources(files: list[Source], ids: Optional[dict[str, Optional[str]]] = None) -> list[list[Source]]:
    """Files grouped by the question they render (in the order of their first file)."""
    groups: dict[str, list[Source]] = {}
    for source in files:
        qid = ids.get(source.name) if ids is not None else scan_id(source)
        groups.setdefault(qid or f"?{source.name}", []).append(source)
    return list(groups.values())
