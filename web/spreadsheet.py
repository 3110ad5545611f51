"""The Excel export: every question a search selects, in a .xlsx workbook in the page's language.

Headers and statuses in French or Dutch, dates as dates (Excel sorts and filters them),
the official page as a link, a second sheet saying what was exported and when. XlsxWriter
writes it in constant-memory mode (one row held at a time, strings inline) into a
temporary file, which is then sent and deleted: memory stays flat whatever the size, up
to MAX_ROWS questions, a limit the About sheet states when it cuts.
"""
from __future__ import annotations

import itertools
import tempfile
from datetime import date, datetime
from typing import Iterable, Optional

import xlsxwriter
from flask_babel import lazy_gettext as _l

from . import languages, wording

MAX_ROWS = 100_000
# (key of search.api.export, header, width)
COLUMNS = (
    ("id", _l("Numéro"), 10), ("legislature", _l("Législature"), 6), ("asked_on", _l("Posée le"), 12),
    ("author", _l("Auteur"), 22), ("party", _l("Parti"), 12), ("addressee", _l("Ministre"), 40),
    ("title", _l("Titre"), 60), ("status", _l("Statut"), 12), ("answered_on", _l("Réponse le"), 12),
    ("delay_days", _l("Délai de réponse (jours)"), 10), ("answer_due", _l("Échéance"), 12),
    ("descriptors", _l("Descripteurs"), 40), ("group", _l("Envoi groupé (première question)"), 12),
    ("url", _l("Page officielle"), 30),
)
TEXT_COLUMNS = (("question", _l("Texte de la question"), 80), ("answer", _l("Texte de la réponse"), 80))
DATES = {"asked_on", "answered_on", "answer_due"}
CELL = 32_767  # Excel's characters per cell
CUT = " […]"


def write(rows: Iterable[dict], about: list[tuple[str, str]], texts: bool = False):
    """The workbook of `rows` (search.api.export; the first MAX_ROWS) as an open temporary file, at its start;
    with `texts`, the question's and the answer's texts too (a text longer than a cell holds is cut, and said)."""
    rows = iter(rows)
    columns = COLUMNS + (TEXT_COLUMNS if texts else ())
    out = tempfile.TemporaryFile(suffix=".xlsx")
    book = xlsxwriter.Workbook(out, {"constant_memory": True, "strings_to_formulas": False,
                                     "strings_to_urls": False, "default_date_format": _date_format()})
    bold = book.add_format({"bold": True, "bg_color": "#E8EDF5", "bottom": 1})
    day = book.add_format({"num_format": _date_format()})
    link = book.add_format({"font_color": "#1F4E9C", "underline": 1})
    sheet = book.add_worksheet(str(_l("Questions")))
    cut = 0
    for col, (_, header, width) in enumerate(columns):
        sheet.set_column(col, col, width)
        sheet.write_string(0, col, str(header), bold)
    sheet.freeze_panes(1, 1)
    count = 0
    for count, row in enumerate(itertools.islice(rows, MAX_ROWS), start=1):
        for col, (key, _, _) in enumerate(columns):
            value = row.get(key)
            if value is None or value == "":
                continue
            if key in DATES:
                sheet.write_datetime(count, col, datetime.combine(date.fromisoformat(value), datetime.min.time()), day)
            elif key == "url":  # a formula, not write_url: those are all kept until the end, 65,530 at most
                sheet.write_formula(count, col, f'=HYPERLINK("{value}")', link, value)
            elif key == "status":
                sheet.write_string(count, col, wording.value_label("status", value))
            elif isinstance(value, int):
                sheet.write_number(count, col, value)
            elif len(value) > CELL:  # Excel holds 32,767 characters a cell: the rest is on the official page
                cut += 1
                sheet.write_string(count, col, value[:CELL - len(CUT)] + CUT)
            else:
                sheet.write_string(count, col, str(value))
    truncated = next(rows, None) is not None
    sheet.autofilter(0, 0, max(count, 1), len(columns) - 1)
    info = book.add_worksheet(str(_l("À propos")))
    info.set_column(0, 0, 28)
    info.set_column(1, 1, 90)
    lines = about + [(str(_l("Questions exportées")), str(count))]
    if cut:
        lines.append((str(_l("Textes coupés")), str(_l("%(n)s textes dépassaient les 32 767 caractères qu'une cellule "
                                                     "d'Excel contient : ils sont coupés et finissent par « […] » ; la "
                                                     "page officielle de la question a le texte entier.", n=cut))))
    if truncated:
        lines.append((str(_l("Limite")), str(_l("L'export s'arrête aux %(n)s premières questions ; "
                                                  "précisez la recherche pour obtenir les suivantes.", n=MAX_ROWS))))
    for i, (label, value) in enumerate(lines):
        info.write_string(i, 0, label, bold)
        info.write_string(i, 1, value)
    book.close()
    out.seek(0)
    return out


def _date_format() -> str:
    return "dd-mm-yyyy" if languages.current() == "nl" else "dd/mm/yyyy"


def about_lines(query: str, filters: dict, date_from: Optional[str], date_to: Optional[str], sort: str,
                page_url: str, exported=None) -> list[tuple[str, str]]:
    """The About sheet: what was searched, how, when, and where to see it again; with the `exported` search
    (search.api.Export), what its results page shows that the export leaves out (widened results, a correction)."""
    colon = " : " if languages.current() == "fr" else ": "  # French puts a space before the colon
    chosen = "; ".join(f"{wording.facet_label(k)}{colon}{', '.join(str(wording.value_label(k, v)) for v in vs)}"
                       for k, vs in filters.items())
    period = " – ".join(d for d in (date_from, date_to) if d)
    return [
        (str(_l("Mots cherchés")), query or str(_l("(toutes les questions)"))),
        (str(_l("Filtres")), chosen or "-"),
        (str(_l("Période")), period or "-"),
        (str(_l("Tri")), str(wording.SORT_LABELS.get(sort, sort))),
        (str(_l("Exportée le")), wording.day(date.today())),
        (str(_l("Page de la recherche")), page_url),
        (str(_l("Source")), str(_l("Sénat de Belgique, questions écrites (senate.be)"))),
    ] + widened_lines(exported)


def widened_lines(page) -> list[tuple[str, str]]:
    """What the export of a search leaves out of its results page: the results that hold only part of the
    words or share a subject (the export holds the questions with every word), and a spelling correction."""
    if page is None:
        return []
    out = []
    if page.corrected_from:
        out.append((str(_l("Orthographe corrigée")), str(_l("« %(typed)s » ne donnait rien : l'export, comme la page, "
                                                             "porte sur « %(query)s ».", typed=page.corrected_from,
                                                             query=page.query))))
    if page.all_words is not None and page.all_words < page.total:
        out.append((str(_l("Résultats laissés de côté")),
                    str(_l("La page de résultats en montrait %(total)s, dont %(all)s contenant tous les mots de la "
                           "recherche : l'export ne contient que ces derniers ; les %(rest)s autres (une partie des "
                           "mots, ou le même sujet) n'y sont pas.", total=page.total, all=page.all_words,
                           rest=page.total - page.all_words))))
    return out
