"""Where a question's page is on senate.be, and where the harvester keeps it.

FORMAT.md: the official URLs differ only in `MIval` (the rendering) and `LANG`:
    https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=7&NR=1503&LANG=fr
"""
from __future__ import annotations

from pathlib import Path

BASE_URL = "https://www.senate.be"
RENDERINGS = {"web": "/Vragen/SchriftelijkeVraag", "print": "/Vragen/SVPrint", "bilingual": "/Vragen/SVPrintNLFR"}
FOLDER = "senate"  # below the seeds folder


def page_url(base: str, legislature: int, number: int, language: str = "fr", rendering: str = "web") -> str:
    """The page of written question `legislature`-`number` in `rendering` and `language`."""
    return (f"{base.rstrip('/')}/www/?MIval={RENDERINGS[rendering]}&LEG={legislature}&NR={number}"
            f"&LANG={language}")


def page_file(seeds: Path, legislature: int, number: int, language: str, rendering: str) -> Path:
    """The file the harvester keeps a page in: seeds/senate/7/7-1503.fr.web.html (the bytes as served)."""
    return seeds / FOLDER / str(legislature) / f"{legislature}-{number}.{language}.{rendering}.html"
