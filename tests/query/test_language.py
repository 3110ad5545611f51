"""search.query.language: the search box's text to a tree (no index involved)."""
from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings, strategies as st

from search.api import QueryError
from search.query.language import And, Filter, Not, Or, Text, parse_query


@pytest.mark.parametrize("q, tree", [
    ("médias sociaux", And((Text("word", "médias"), Text("word", "sociaux")))),
    ("asile OU migration", Or((Text("word", "asile"), Text("word", "migration")))),
    ("asile SAUF dublin", And((Text("word", "asile"), Not(Text("word", "dublin"))))),
    ("-dublin asile", And((Not(Text("word", "dublin")), Text("word", "asile")))),
    ('"écart de pension"', Text("phrase", "écart de pension")),
    ("« écart de pension »", Text("phrase", " écart de pension ")),
    ("assur*", Text("prefix", "assur")),
    ("titre:assur*", Text("prefix", "assur", "title")),
    ('parti:"open vld"', Text("phrase", "open vld", "party")),
    ("ministre:intérieur", Filter("portfolio", "interior")),  # the Interior portfolio, whatever the title
    ("minister:binnenlandse", Filter("portfolio", "interior")),
    ("destinataire:intérieur", Text("word", "intérieur", "addressee")),  # the title as printed
    ("auteur:taelman", Text("word", "taelman", "author")),
    ("descripteur:prison", Text("word", "prison", "descriptors")),
    ("statut:répondue", Filter("status", "answered")),
    ("statut:en-attente", Filter("status", "pending")),
    ("legislature:5", Filter("legislature", "5")),
    ("annee:2013", Filter("year", "2013")),
    ("date:2013-04", Filter("asked_on", (datetime(2013, 4, 1), datetime(2013, 4, 30)))),
    ("date:2012-01..2013-06", Filter("asked_on", (datetime(2012, 1, 1), datetime(2013, 6, 30)))),
    ("5-8917", Or((Filter("id", "5-8917"), Text("word", "5-8917")))),
    ("(a OU b) c", And((Or((Text("word", "a"), Text("word", "b"))), Text("word", "c")))),
    ("", None),
])
def test_queries_parse_to_trees(q, tree):
    assert parse_query(q) == tree


@pytest.mark.parametrize("q, message", [
    ('"médias', "guillemet"), ("(asile", "parenthèse"), ("asile)", "parenthèse fermante"),
    ("inconnu:x", "champ inconnu"), ("statut:perdu", "inconnue pour le filtre statut"), ("date:13-2013", "date"),
    ("annee:13", "année"), ("legislature:cinq", "législature"), ("a*", "au moins 2 lettres"),
    ("x" * 1001, "trop longue"), (" ".join(["mot"] * 65), "trop complexe"), ("asile SAUF", "SAUF"),
])
def test_bad_queries_say_how_to_fix_them(q, message):
    with pytest.raises(QueryError, match=message):
        parse_query(q)


QUERY_PIECES = ["prison", "prisons", "l'allocation", '"médias sociaux"', "assur*", "auteur:taelman", "titre:asile",
                "ministre:justice", "statut:répondue", "date:2013-04", "5-8917", "OU", "ET", "SAUF", "-", "(", ")",
                "annee:2012", "« droits humains »", "gevangenis", "parti:\"open vld\"", "x", "NOT", "OF"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(QUERY_PIECES), min_size=1, max_size=8))
def test_a_tree_is_written_back_to_a_query_that_parses_to_it(pieces):
    """query_text is the one way back from a tree to the search box: as typed, or rewritten (every word
    changed, as the spelling does), it parses to the same tree."""
    from search.query.language import query_text, rewrite

    text = " ".join(pieces)
    try:
        node = parse_query(text)
    except QueryError:
        return
    assert parse_query(query_text(node)) == node
    assert rewrite(node, lambda t: t) is node  # nothing changed: the tree as it was, its text as typed
    upper = rewrite(node, lambda t: Text(t.kind, t.text.upper()) if t.field is None else t)
    assert parse_query(query_text(upper)) == upper
