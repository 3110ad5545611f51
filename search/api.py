"""The library's public surface: what the web app, the CLI and scripts import.

    engine = Engine("index")
    page = search(engine, SearchRequest("médias sociaux", filters={"status": ["answered"]}))
    view = get_question(engine, "5-8917")
    figures = statistics(engine, SearchRequest("statut:en-attente"), sort="overdue")
"""
from __future__ import annotations

from .errors import BuildError, IndexLocked, NoIndex, OutdatedIndex, QueryError
from .export import COLUMNS, MAX_ROWS, export_rows
from .facets import BY_NAME as FACET_BY_NAME, FACET_NAMES, FACETS, Facet, facet_named
from .index.build import BuildReport, build, update
from .index.sources import source_files
from .index.schema import missing_fields
from .index.store import IndexStore
from .live import Engine
from .parse import ParseError, parse_file
from .labels import record_in_language, translated_values
from .rules import event_key
from .question import OFFICIAL_URL, RELATED_GROUPS, get_question, official_url, question_texts
from .results import (AddresseeStats, Alternative, FacetValue, Overview, PassageView, QuestionView, RelatedQuestion, Result, SearchPage,
                      Sibling, Snippet, StatsPage)
from .request import MAX_FACET_LIMIT, SORTS, TIME_BUDGET, SearchRequest, normalize
from .searching import search
from .stats import STAT_SORTS, overview, statistics_for as statistics

__all__ = [
    "Engine", "SearchRequest", "search", "normalize", "get_question", "official_url", "question_texts", "translated_values", "record_in_language", "event_key", "statistics", "overview", "Overview", "export_rows", "build",
    "update", "source_files", "parse_file", "missing_fields", "IndexStore", "BuildReport",
    "SearchPage", "Result", "Alternative", "Snippet", "Sibling", "FacetValue", "QuestionView", "PassageView", "RelatedQuestion",
    "StatsPage", "AddresseeStats", "FACETS", "FACET_NAMES", "FACET_BY_NAME", "Facet", "facet_named",
    "SORTS", "STAT_SORTS", "MAX_FACET_LIMIT", "TIME_BUDGET", "COLUMNS", "MAX_ROWS", "OFFICIAL_URL", "RELATED_GROUPS",
    "QueryError", "NoIndex", "OutdatedIndex", "IndexLocked", "BuildError", "ParseError",
]
