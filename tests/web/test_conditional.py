"""Conditional requests: a page asked again under the same index generation is a 304, before any search."""
from __future__ import annotations

import pytest

from search.api import build, update
from tests.conftest import SEEDS


@pytest.mark.parametrize("url", ["/fr/?q=prison", "/nl/question/5-8917", "/fr/stats", "/feed.atom?q=prison",
                                 "/api/search?q=prison"])
def test_a_page_asked_again_is_not_sent_again(client, monkeypatch, url):
    first = client.get(url)
    assert first.status_code == 200 and first.headers["ETag"] and first.headers["Cache-Control"] == "no-cache"
    import search.service.request as request_module

    def nothing(*args, **kwargs):
        raise AssertionError("a 304 runs no search")

    monkeypatch.setattr(request_module, "select", nothing)
    again = client.get(url, headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304 and again.data == b"" and again.headers["ETag"] == first.headers["ETag"]


def test_the_tag_changes_with_the_language_the_address_and_the_generation(tmp_path):
    from web import create_app

    seeds, index = tmp_path / "seeds", tmp_path / "index"
    seeds.mkdir()
    for page in SEEDS.glob("*.txt"):
        (seeds / page.name).write_bytes(page.read_bytes())
    build(seeds, index)
    client = create_app({"INDEX_DIR": str(index), "TESTING": True}).test_client()
    tags = {url: client.get(url).headers["ETag"] for url in ("/fr/?q=prison", "/nl/?q=prison", "/fr/?q=asile")}
    assert len(set(tags.values())) == 3
    (seeds / "more.txt").write_bytes(next(SEEDS.glob("*.txt")).read_bytes().replace(b"8917", b"8918"))
    update(seeds, index)
    client = create_app({"INDEX_DIR": str(index), "TESTING": True}).test_client()
    after = client.get("/fr/?q=prison", headers={"If-None-Match": tags["/fr/?q=prison"]})
    assert after.status_code == 200 and after.headers["ETag"] != tags["/fr/?q=prison"]  # a new generation


def test_an_address_page_is_never_conditional(client):
    assert "ETag" not in client.get("/fr/abonnements/nothing-here").headers
