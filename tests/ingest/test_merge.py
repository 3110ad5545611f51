"""search.ingest.merge and the build: one question however many renderings or languages arrive."""
from __future__ import annotations

import shutil

from search.api import Engine, SearchRequest, build, get_question, search, update
from search.ingest.sources import group_sources, source_files

from tests.conftest import SEED_8917
from tests.ingest.test_renderings import RENDERINGS


def ids(index, q: str, **filters) -> list[str]:
    page = search(Engine(index), SearchRequest(q, {k: [v] for k, v in filters.items()}, size=100))
    return [r.id for r in page.results]


def test_renderings_of_one_question_are_one_question(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED_8917, seeds / "8917_web.txt")
    for name in ("fr_print.txt", "nl_print.txt", "nl_web.txt", "bilingual_columns.txt"):
        shutil.copy(RENDERINGS / name, seeds / name)
    assert sorted(len(g) for g in group_sources(source_files(seeds))) == [2, 3]  # 4-1362 and 5-8917
    report = build(seeds, tmp_path / "index")
    assert (report.questions, report.files, report.skipped) == (2, 5, [])
    assert report.summary().split(": ")[1].startswith("2 questions from 5 files, ")
    engine = Engine(tmp_path / "index")
    view = get_question(engine, "5-8917")
    web = view.record
    assert web["rendering"] == "web" and web["sources"][0] == "8917_web.txt" and len(web["sources"]) == 3
    assert web["addressee"].startswith("secrétaire d'État à la Fonction publique et à la Modernisation")
    assert web["other_language"]["language"] == "nl"
    assert web["other_language"]["title"].startswith("Federale overheidsdiensten")
    # the French text and the Dutch one are both found, as one result
    assert ids(tmp_path / "index", "médias sociaux") == ["5-8917"]
    assert ids(tmp_path / "index", '"sociale media"') == ["5-8917"]
    # the Dutch web page wins over the bilingual print page, and keeps its deadline
    dutch = get_question(engine, "4-1362").record
    assert (dutch["rendering"], dutch["language"], dutch["answer_due"]) == ("web", "nl", "2008-08-29")
    assert dutch["other_language"]["language"] == "fr"
    assert ids(tmp_path / "index", "Belgie") == ["4-1362"] == ids(tmp_path / "index", "België")
    assert ids(tmp_path / "index", "bracelet électronique") == ["4-1362"]  # from the bilingual page's French
    assert sorted(ids(tmp_path / "index", "", language="nl")) == ["4-1362", "5-8917"]  # readable in Dutch


def test_update_adds_and_removes_a_rendering(tmp_path):
    seeds, index = tmp_path / "seeds", tmp_path / "index"
    seeds.mkdir()
    shutil.copy(SEED_8917, seeds / "8917_web.txt")
    build(seeds, index)
    assert ids(index, '"sociale media"') == []
    shutil.copy(RENDERINGS / "nl_print.txt", seeds / "nl_print.txt")
    report = update(seeds, index)
    assert (report.questions, report.files, report.added) == (1, 2, 1)
    assert ids(index, '"sociale media"') == ["5-8917"] and ids(index, "médias sociaux") == ["5-8917"]
    (seeds / "nl_print.txt").unlink()
    report = update(seeds, index)
    assert (report.questions, report.files, report.removed) == (1, 1, 1)
    assert ids(index, '"sociale media"') == [] and ids(index, "médias sociaux") == ["5-8917"]
    (seeds / "8917_web.txt").unlink()
    shutil.copy(RENDERINGS / "fr_print.txt", seeds / "fr_print.txt")
    report = update(seeds, index)
    assert (report.questions, report.files) == (1, 1)
    assert get_question(Engine(index), "5-8917").record["rendering"] == "print"


def test_two_copies_of_one_rendering_are_reported(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED_8917, seeds / "a.txt")
    shutil.copy(SEED_8917, seeds / "b.txt")
    report = build(seeds, tmp_path / "index")
    assert [str(s) for s in report.skipped] == ["b.txt:1: question 5-8917 is already indexed from a.txt"]


def test_a_dutch_query_finds_dutch_pages_through_dutch_stems(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("nl_web.txt", "nl_web_lapsed.txt"):
        shutil.copy(RENDERINGS / name, seeds / name)
    shutil.copy(SEED_8917, seeds / "8917_web.txt")
    build(seeds, tmp_path / "index")
    page = search(Engine(tmp_path / "index"), SearchRequest("maatregel gevangenis"))
    assert [r.id for r in page.results] == ["4-1362"]
    assert any("<mark>maatregelen</mark>" in s.html for s in page.results[0].snippets)
    assert ids(tmp_path / "index", "personeelstekorten") == ["5-3020"]  # a plural the page does not hold
