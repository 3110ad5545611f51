"""search.ids: one definition of a question's id, and every reader of ids agrees with it."""
from __future__ import annotations

import pytest

from search.ids import ID_RE, id_key, is_id
from search.index import codec
from search.query.language import Filter, parse_query
from search.text.tokens import base_words


@pytest.mark.parametrize("text, valid", [("5-8917", True), ("7-123456", True), ("12-1", True),
                                         ("5-1234567", False), ("123-4", False), ("5 8917", False), ("5-", False),
                                         ("-8917", False), ("x5-8917", False)])
def test_every_reader_of_an_id_agrees(text, valid):
    assert is_id(text) == valid == bool(ID_RE.match(text)) == codec.is_id(text)
    assert (base_words(text) == [text]) == valid  # an id is one token
    node = parse_query(text)  # an id alone opens its question (or finds the pages that cite it)
    assert any(isinstance(n, Filter) and n.field == "id" for n in getattr(node, "nodes", (node,))) == valid
    if valid:
        assert codec.id_of(codec.key_of(text)) == text


def test_ids_sort_by_legislature_then_number():
    assert sorted(["5-10", "4-900", "5-9"], key=id_key) == ["4-900", "5-9", "5-10"]
