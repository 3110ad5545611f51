"""The pieces of a results page: the sidebar's facets and how many values each shows, the active filters
as chips, the results in runs of one kind, each worded and linked, the page numbers; and a question page's
related questions, grouped, worded and linked."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from flask_babel import lazy_gettext as _l
from markupsafe import Markup, escape

from search.api import FACET_BY_NAME, FACET_NAMES, FACETS


from .languages import current as language, plural as ngettext, text as _
from .links import author_url, ministry_url, official, question_url, url
from .wording import (KIND_LABELS, RELATED_HEADINGS, RELATION_LABELS, day, facet_label, in_language, markup,
                      number, value_labels)


FACET_ORDER = tuple(f.name for f in FACETS if f.sidebar)  # the sidebar shows them in the table's order


VISIBLE_FACET_VALUES = 8


ALL_VALUES = 10_000  # search.api.MAX_FACET_LIMIT: "every value" of a facet


@dataclass
class FacetBox:
    """One facet of the sidebar, ready to print: its values as the list items of their checkboxes (a page prints
    a few hundred: written here in one go, not by a template loop, which took about a seventh of a results
    page's rendering)."""
    name: str
    label: str
    shown: Markup  # the first VISIBLE_FACET_VALUES
    hidden: Markup  # the rest, behind "see more"
    hidden_count: int
    opened: bool  # a hidden value is selected: "see more" starts open
    more: bool  # the facet has more values than the page counted


@dataclass
class Chip:
    label: str
    remove_url: str


@dataclass
class Hit:
    """One result of a page, worded and linked in the page's language, ready to print (a page prints twenty);
    the template reads its rarer parts (siblings, words missing, the same subject) from `result`."""
    result: object  # search.api's Result
    href: str  # its question page, the search's words highlighted
    language: str  # of its title and addressee: the page's when the index has them in it
    title: str
    asked: str  # the day it was asked, written
    author_href: str
    addressee: str
    ministries: list[tuple[str, str]]  # (page, label) of the ministries it concerns
    status: str
    delay: str  # "réponse en 12 jours"; '' when unanswered
    passages: str  # "2 passages correspondent"; '' when none
    snippets: list[tuple[str, str, str, str, Markup]]  # (part, link, aria-label, letter, html)


def hits(results, query: str) -> list[Hit]:
    """The results of a page (search.api's Result) as Hits."""
    lang, out = language(), []
    ministry, status = FACET_BY_NAME["portfolio"], FACET_BY_NAME["status"]
    for r in results:
        shown = in_language(r)
        snippets = []
        for s in r.snippets:
            answer = s.part == "answer"
            label = _("Réponse, passage %(n)s", n=s.position + 1) if answer else \
                _("Question, passage %(n)s", n=s.position + 1)
            snippets.append((s.part, question_url(r.id, query, s.anchor), label, _("R") if answer else _("Q"),
                             markup(s.html)))
        out.append(Hit(
            r, question_url(r.id, query), shown["language"], shown["title"], day(r.asked_on), author_url(r.author),
            shown["addressee"] or "?",
            [(ministry_url(c), ministry.value_label(c, lang)) for c in r.concerns or r.portfolios],
            status.value_label(r.status, lang),
            ngettext("réponse en %(num)s jour", "réponse en %(num)s jours", r.delay)
            if r.delay is not None and r.delay >= 0 else "",
            ngettext("%(num)s passage correspond", "%(num)s passages correspondent", r.matching_passages)
            if r.matching_passages else "",
            snippets))
    return out


def sections(results) -> list[tuple[str, list]]:
    """A page's results in runs of one kind, in the page's order: every word ("all"), part of the words
    ("part"), the same subject ("same"), words the best results share ("related")."""
    out: list[tuple[str, list]] = []
    for r in results:
        kind = "related" if r.related else "same" if r.subject else "part" if r.missing else "all"
        if out and out[-1][0] == kind:
            out[-1][1].append(r)
        else:
            out.append((kind, [r]))
    return out


def sidebar(facets: dict, limit: int) -> list[FacetBox]:
    """The sidebar's facets in FACET_ORDER, those with values, each value labelled in the page's language
    (a page prints hundreds: their checkboxes written here, escaped; the template prints each box's)."""
    boxes, lang = [], language()
    for name in FACET_ORDER:
        values, more = facet_values(facets[name], limit)
        if not values:
            continue
        labels = value_labels(name, values)
        items = [f'<li><label><input type="checkbox" name="{name}" value="{escape(v.value)}"'
                 f'{" checked" if v.selected else ""}>\n  <span class="value">{escape(labels[v.value])}</span> '
                 f'<span class="count">{escape(number(v.count, lang))}</span></label></li>' for v in values]
        hidden = values[VISIBLE_FACET_VALUES:]
        boxes.append(FacetBox(name, facet_label(name), Markup("".join(items[:VISIBLE_FACET_VALUES])),
                              Markup("".join(items[VISIBLE_FACET_VALUES:])), len(hidden),
                              any(v.selected for v in hidden), more))
    return boxes


def facet_values(values, limit: int) -> tuple[list, bool]:
    """The values a facet shows (the `limit` most frequent, and every selected one) and whether it has more."""
    others = [v for v in values if not v.selected]
    shown = set(id(v) for v in others[:limit])
    return [v for v in values if v.selected or id(v) in shown], len(others) > limit


def chips(pairs: list[tuple[str, str]]) -> list[Chip]:
    """Active filters, each with the URL that removes it."""
    out = []
    for name, value in pairs:
        if name in FACET_NAMES or name in ("from", "to"):
            label = {"from": _l("depuis"), "to": _l("jusqu'à")}.get(name) or facet_label(name)
            rest = [(k, v) for k, v in pairs if (k, v) != (name, value) and k != "page"]
            shown = value_labels(name, [value])[value] if name in FACET_NAMES else value  # in the page's language
            colon = " : " if language() == "fr" else ": "  # French puts a space before the colon, Dutch does not
            out.append(Chip(f"{label}{colon}{shown}", url("/", rest)))
    return out


def pages(current: int, last: int, pairs) -> list[tuple[Optional[int], str]]:
    """Page numbers around the current one, None for a gap, each with its URL."""
    wanted = sorted({1, last, *range(max(1, current - 2), min(last, current + 2) + 1)})
    out, previous = [], 0
    for n in wanted:
        if n - previous > 1:
            out.append((None, ""))
        out.append((n, url("/", [(k, v) for k, v in pairs if k != "page"], page=n)))
        previous = n
    return out



SIDEWAYS = ("reintroduced_as", "reintroduction_of", "requalified_as", "requalified_from")  # said before the link


@dataclass
class Related:
    """A question page's related question, worded and linked in the page's language, ready to print."""
    prefix: str  # "Réintroduite comme" before a reintroduction or requalification; '' before the others
    #              (this and `kind` are the catalogue's lazy texts, markup-safe, as the templates print them)
    indexed: bool
    id: str
    href: str  # its question page; its official page when the index does not have it
    title: str
    addressee: str
    status: str
    status_label: str
    similar: bool
    why: str  # a similar question's "— mêmes descripteurs : …" or "— mêmes mots : …"; ''
    kind: str  # what it is (question orale…), said when the index does not have it


def related(items, groups) -> list[tuple[str, list[Related]]]:
    """A question page's related questions (search.api's RelatedQuestion) under the headings of `groups`
    (search.api.RELATED_GROUPS), those with any."""
    lang, status = language(), FACET_BY_NAME["status"]
    out = []
    for heading, relations in groups:
        chosen = [x for x in items if x.relation in relations]
        if not chosen:
            continue
        rows = []
        for x in chosen:
            why = ""
            if x.relation == "similar" and x.shared_descriptors:
                labels = value_labels("descriptors", x.shared_descriptors)
                why = f"— {_('mêmes descripteurs :')} {', '.join(labels[d] for d in x.shared_descriptors)}"
            elif x.relation == "similar" and x.shared_words:
                why = f"— {_('mêmes mots :')} {', '.join(x.shared_words)}"
            rows.append(Related(RELATION_LABELS[x.relation] if x.relation in SIDEWAYS else "", x.indexed, x.id,
                                question_url(x.id) if x.indexed else official(x.id), x.title, x.addressee, x.status,
                                status.value_label(x.status, lang) if x.indexed else "", x.relation == "similar", why,
                                KIND_LABELS.get(x.kind, x.kind)))
        out.append((RELATED_HEADINGS[heading], rows))
    return out
