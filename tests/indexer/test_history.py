"""search.indexer.history: each build numbered and dated; per question, the build that first held it and the
one that gave it its status, carried from one generation to the next; the feeds read them."""
from __future__ import annotations

from pathlib import Path

from lxml import etree

from search.api import Engine, SearchRequest, build, search, update
from tests.conftest import FIXTURES
from tests.harvest.site import renumbered

ATOM = "{http://www.w3.org/2005/Atom}"


def pending(number: int) -> str:
    return renumbered(FIXTURES / "variants/pending_deadline.txt", 8, number)


def answered(number: int) -> str:
    text = pending(number)
    return text.replace(f"\n\nQuestion n° 8-{number}", f"\n20/3/2023Réponse\n\nQuestion n° 8-{number}").rstrip() + \
        "\n\nRéponse reçue le 20 mars 2023 :\n\nLe plan est prêt.\n"


def results(index: Path) -> dict:
    page = search(Engine(index), SearchRequest(sort="changed", size=50, widen=False))
    return {r.id: r for r in page.results}


def test_an_update_dates_what_it_brought_and_the_rest_keeps_its_dates(tmp_path):
    seeds, index = tmp_path / "seeds", tmp_path / "index"
    seeds.mkdir()
    for n in (1, 2, 3):
        (seeds / f"8-{n}.txt").write_text(pending(n), encoding="utf-8")
    build(seeds, index)
    first = results(index)
    assert {r.status for r in first.values()} == {"pending"}
    assert all(r.first_seen is None and r.status_since is None for r in first.values())  # before records began

    (seeds / "8-2.txt").write_text(answered(2), encoding="utf-8")  # answered since
    (seeds / "8-4.txt").write_text(pending(4), encoding="utf-8")  # a new question
    (seeds / "8-3.txt").write_text(pending(3) + "\n", encoding="utf-8")  # indexed again, nothing new
    update(seeds, index)
    second = results(index)
    assert list(second)[:2] == ["8-4", "8-2"] or list(second)[:2] == ["8-2", "8-4"]  # the news first
    assert second["8-4"].first_seen and second["8-4"].status_since == second["8-4"].first_seen
    assert second["8-2"].status == "answered" and second["8-2"].first_seen is None
    assert second["8-2"].status_since == second["8-4"].first_seen  # the same update brought both
    assert second["8-3"].first_seen is None and second["8-3"].status_since is None
    assert second["8-1"].status_since is None

    build(seeds, index)  # a rebuild carries every date from the generation it replaces
    third = results(index)
    for qid in second:
        assert (third[qid].first_seen, third[qid].status_since) == (second[qid].first_seen, second[qid].status_since)


def test_the_feeds_give_each_question_one_entry_updated_when_its_status_changes(tmp_path):
    from web import create_app

    seeds, index = tmp_path / "seeds", tmp_path / "index"
    seeds.mkdir()
    for n in (1, 2):
        (seeds / f"8-{n}.txt").write_text(pending(n), encoding="utf-8")
    build(seeds, index)
    client = create_app({"INDEX_DIR": str(index), "TESTING": True}).test_client()

    def entries(url: str) -> dict:
        response = client.get(url)
        assert response.status_code == 200 and response.mimetype == "application/atom+xml"
        feed = etree.fromstring(response.get_data())
        return {e.findtext(f"{ATOM}id"): e.findtext(f"{ATOM}updated") for e in feed.iter(f"{ATOM}entry")}

    before = entries("/fr/question/8-2/feed.atom")
    assert list(before) == ["http://localhost/question/8-2"]
    (seeds / "8-2.txt").write_text(answered(2), encoding="utf-8")
    update(seeds, index)
    client = create_app({"INDEX_DIR": str(index), "TESTING": True}).test_client()
    after = entries("/fr/question/8-2/feed.atom")
    assert list(after) == list(before) and after["http://localhost/question/8-2"] > before["http://localhost/question/8-2"]
    news = entries("/nl/feed.atom")
    assert list(news)[0] == "http://localhost/question/8-2"  # the latest news first
    html = client.get("/nl/question/8-2").get_data(as_text=True)
    assert 'href="/nl/question/8-2/feed.atom"' in html and "Atom-feed van deze vraag" in html
    assert "status bekend op deze site sinds" in html  # the day the update brought the answer
    assert "statut connu de ce site" not in client.get("/fr/question/8-1").get_data(as_text=True)  # before records
    assert client.get("/fr/question/8-99/feed.atom").status_code == 200  # not held: an empty feed, not an error
    assert client.get("/fr/question/nope/feed.atom").status_code == 404
