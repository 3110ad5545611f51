"""The library's public surface: what the web app, the CLI and scripts import.

    engine = Engine("index")
    page = search(engine, SearchRequest("médias sociaux", filters={"status": ["answered"]}))
    view = get_question(engine, "5-8917")
    figures = statistics(engine, SearchRequest("statut:en-attente"), sort="overdue")
"""
from __future__ import annotations

from .alerts.news import ENDS as FOLLOW_ENDS, Item as NewsItem, news, request_of as follow_request
from .alerts.send import Letter, SendReport, send as send_alerts
from .alerts.store import (CONFIRM_FOR, FREQUENCIES, KINDS as FOLLOW_KINDS, NEWS as FOLLOW_NEWS, Address, Follow,
                           Refused, Store as AlertStore)
from .errors import BuildError, IndexLocked, Localized, NoIndex, OutdatedIndex, QueryError
from .ids import is_id as is_question_id
from .facets import BY_NAME as FACET_BY_NAME, FACET_NAMES, FACETS, Facet, FacetValue, facet_named
from .harvest.harvest import (LEGISLATURES as HARVEST_LEGISLATURES, STOP_AFTER as HARVEST_STOP_AFTER, HarvestReport,
                              harvest, planned as harvest_plan)
from .harvest.urls import BASE_URL as HARVEST_BASE_URL, RENDERINGS as HARVEST_RENDERING_PATHS
from .indexer.build import BuildReport, build, update
from .index.check import CheckReport, check_index
from .index.schema import missing_fields
from .index.store import IndexStore
from .ingest.documents import ParseError
from .ingest.parse import parse_file
from .ingest.rules import event_key
from .ingest.sources import source_files
from .query.language import field_names
from .service.choices import SORTS as SORT_CHOICES, STAT_GROUPS, STAT_ORDERS, Choices
from .service.engine import Engine
from .service.export import COLUMNS, MAX_ROWS, TEXT_COLUMNS, Export, export
from .service.labels import record_in_language, translated_values
from .service.question import OFFICIAL_URL, RELATED_GROUPS, get_question, official_url, question_texts
from .service.request import MAX_FACET_LIMIT, SORTS, TIME_BUDGET, SearchRequest, normalize
from .service.results import (AddresseeStats, Alternative, Overview, PassageView, QuestionView, RelatedQuestion, Result,
                            SearchPage, Sibling, Snippet, StatsPage)
from .service.search import search
from .service.profiles import AuthorView, MinistryView, author_slug, author_view, ministry_view
from .service.stats import STAT_BYS, STAT_SORTS, overview, stat_choices, statistics_for as statistics
from .ministries.portfolios import RANKS, code_for as ministry_code, label as portfolio_label, read_title
from .ministries.governments import by_code as government_by_code, governments
HARVEST_RENDERINGS = tuple(HARVEST_RENDERING_PATHS)
from .text.bilingual import leaning as language_leaning
from .text.fold import visible
from .text.languages import INTERFACE as INTERFACE_LANGUAGES, LANGUAGES, NAMES as LANGUAGE_NAMES

__all__ = [
    "FOLLOW_ENDS", "NewsItem", "news", "follow_request", "Letter", "SendReport", "send_alerts", "CONFIRM_FOR",
    "FREQUENCIES", "FOLLOW_KINDS", "FOLLOW_NEWS", "Address", "Follow", "Refused", "AlertStore",
    "Engine", "SearchRequest", "search", "normalize", "get_question", "official_url", "question_texts",
    "translated_values", "record_in_language", "event_key", "statistics", "overview", "Overview", "export", "Export",
    "build", "update", "check_index", "CheckReport", "source_files", "parse_file", "missing_fields", "IndexStore", "BuildReport",
    "SearchPage", "Result", "Alternative", "Snippet", "Sibling", "FacetValue", "QuestionView", "PassageView",
    "RelatedQuestion", "StatsPage", "AddresseeStats", "FACETS", "FACET_NAMES", "FACET_BY_NAME", "Facet", "facet_named",
    "SORTS", "STAT_SORTS", "SORT_CHOICES", "STAT_ORDERS", "STAT_GROUPS", "Choices", "stat_choices", "MAX_FACET_LIMIT", "TIME_BUDGET", "COLUMNS", "TEXT_COLUMNS", "MAX_ROWS", "OFFICIAL_URL", "RELATED_GROUPS",
    "LANGUAGES", "INTERFACE_LANGUAGES", "LANGUAGE_NAMES", "STAT_BYS", "RANKS", "portfolio_label", "read_title",
    "government_by_code", "governments", "ministry_code", "is_question_id", "visible", "ministry_view", "author_view", "author_slug", "MinistryView", "AuthorView",
    "harvest", "harvest_plan", "HarvestReport", "HARVEST_BASE_URL", "HARVEST_LEGISLATURES", "HARVEST_RENDERINGS", "HARVEST_STOP_AFTER",
    "language_leaning", "field_names", "QueryError", "Localized", "NoIndex", "OutdatedIndex", "IndexLocked", "BuildError", "ParseError",
]
