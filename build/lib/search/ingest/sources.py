"""The document files of a seeds folder: which there are, and which question each renders."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Optional

from ..errors import BuildError
from .parse import HEADER_RE


@dataclass(frozen=True)
class Source:
    """One document file: its name relative to the seeds folder, path, size and mtime."""
    name: str
    path: str
    size: int
    mtime: int  # ns


def source_files(seeds: str | os.PathLike) -> list[Source]:
    """Every `*.txt` below `seeds` (hidden folders skipped), by name; a clear error when there is none."""
    root = os.fspath(seeds)
    if not os.path.isdir(root):
        raise BuildError(f"seeds folder {root}/ does not exist: pass --seeds DIR or set SEARCH_SEEDS_DIR")
    found: list[Source] = []
    _scan(root, "", found)
    if not found:
        raise BuildError(f"seeds folder {root}/ holds no *.txt document: nothing to index")
    return sorted(found, key=lambda s: s.name)


def _scan(folder: str, prefix: str, found: list[Source]) -> None:
    """The *.txt files below `folder` (hidden entries skipped); a folder named x.txt is listed
    too, so that the build reports it."""
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.startswith("."):
                continue
            is_dir = entry.is_dir()
            if entry.name.endswith(".txt"):
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
            head = f.read(8192).decode("utf-8", errors="replace")
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
