"""The corpus generator: deterministic, 100 % parseable, facet counts equal to what it wrote."""
from __future__ import annotations

import hashlib
from collections import Counter

import pytest

from search.api import Engine
from search.api import build
from search.ingest.parse import parse_file
from search.api import SearchRequest, search
from search.tools.synth import synthesize


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    out = tmp_path_factory.mktemp("synth") / "seeds"
    return out, synthesize(600, out, seed=7)


def digest(folder) -> str:
    h = hashlib.sha256()
    for path in sorted(folder.iterdir()):
        h.update(path.name.encode() + path.read_bytes())
    return h.hexdigest()


def test_same_seed_same_files(tmp_path, written):
    synthesize(600, tmp_path / "again", seed=7)
    assert digest(tmp_path / "again") == digest(written[0])
    synthesize(600, tmp_path / "other", seed=8)
    assert digest(tmp_path / "other") != digest(written[0])


def test_every_page_parses_back_to_what_was_written(written):
    out, specs = written
    assert len(specs) == 600 and len(list(out.iterdir())) == 600
    for s in specs:
        q = parse_file(out / f"q_{s.legislature}_{s.number:05d}.txt")
        title = s.title.replace(" - ", " – ") if "dash" in s.flags else s.title
        assert (q.id, q.author, q.party, q.asked_on, q.addressee) == (s.id, s.author, s.party, s.asked_on, s.addressee)
        assert q.title == (title.lower() if "lowercase_title" in s.flags else title)
        assert q.descriptors == ([] if "no_descriptors" in s.flags else s.descriptors)
        assert (q.status, q.answered_on, q.answer_due) == (s.status, s.answered_on, s.answer_due)
        assert [(e.date, e.label) for e in q.events] == s.events
        assert sorted(l.id for l in q.links if l.relation != "cites") == sorted(t for _, _, t in s.links)
        assert {l.id for l in q.links if l.relation == "cites"} == set(s.cites)
        assert q.passages


def test_the_mix_is_realistic(written):
    _, specs = written
    status = Counter(s.status for s in specs)
    assert 0.6 < status["answered"] / len(specs) < 0.8
    # legislatures 4 to 7 have all ended: a question left waiting lapsed with its legislature
    assert {"lapsed", "closed", "withdrawn", "requalified"} <= set(status) and "pending" not in status
    assert {s.legislature for s in specs} == {4, 5, 6, 7}
    assert max(Counter(s.group for s in specs if s.group).values()) >= 5
    assert any(label == "Réintroduite comme" for s in specs for label, _, _ in s.links)
    assert len({s.author for s in specs}) > 150 and len({s.addressee for s in specs}) > 80
    assert len({d for s in specs for d in s.descriptors}) > 200
    flags = Counter(f for s in specs for f in s.flags)
    assert {"dash", "no_hyphens", "nbsp", "glued", "curly", "transversal", "no_descriptors"} <= set(flags)


def test_facet_counts_match_what_was_written(written, tmp_path):
    out, specs = written
    report = build(out, tmp_path / "index")
    assert report.questions == 600 and report.skipped == []
    assert report.unheld == {} and report.unmapped == {}  # every title names an office the table knows
    page = search(Engine(tmp_path / "index"), SearchRequest(size=1, facet_limit=10_000))
    counts = {name: {v.value: v.count for v in values} for name, values in page.facets.items()}
    assert counts["status"] == dict(Counter(s.status for s in specs))
    assert counts["legislature"] == {str(k): v for k, v in Counter(s.legislature for s in specs).items()}
    assert counts["year"] == {str(k): v for k, v in Counter(s.year for s in specs).items()}
    assert counts["addressee"] == dict(Counter(s.addressee for s in specs))
    assert counts["party"] == dict(Counter(s.party for s in specs if s.party))
    groups = {s.group or s.id for s in specs}
    assert page.total == len(groups)


def test_every_question_is_addressed_to_an_office_in_force_and_its_holder_known(written, tmp_path):
    """The addressees are the offices of the government of the day (search/ministries/offices.csv), so that the
    holder facet counts what a real archive gives it: each question the one person its title names that day."""
    out, specs = written
    build(out, tmp_path / "index")
    gen = Engine(tmp_path / "index").generation()
    for s in specs:
        assert s.holder and gen.facets["holder"].values_of(gen.row_of(s.id)) == [s.holder], s
    assert len({s.holder for s in specs}) > 60 and len({s.addressee for s in specs}) > 80
