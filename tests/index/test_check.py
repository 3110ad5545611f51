"""search.index.check: the query arrays held against Whoosh's passage index, the index of record."""
from __future__ import annotations

import numpy as np
from click.testing import CliRunner

from search.api import IndexStore, build, check_index, update
from search.cli import main
from search.index import codec
from tests.indexer.test_build import clones


def test_a_fresh_and_an_updated_index_agree_with_whoosh(tmp_path):
    seeds, index = clones(tmp_path / "seeds", 3), tmp_path / "index"
    build(seeds, index)
    report = check_index(index)
    assert not report.problems and report.questions == 3 and report.terms == report.of_terms > 50
    (seeds / "clone_00002.txt").unlink()
    clones(seeds, 2, start=7)
    update(seeds, index)  # Whoosh keeps the deleted documents until it merges; the arrays mark them
    report = check_index(index)
    assert not report.problems and report.questions == 4


def test_arrays_that_disagree_are_named(tmp_path):
    seeds, index = clones(tmp_path / "seeds", 3), tmp_path / "index"
    build(seeds, index)
    segment = IndexStore(index).current() / codec.segment_name(1)
    doc = codec.load(segment, codec.field_array("text", "doc"), mmap=False)
    codec.save(segment, codec.field_array("text", "doc"), np.roll(doc, 1))  # postings moved to other passages
    report = check_index(index)
    assert report.problems and all(p.startswith(("term ", "…")) for p in report.problems)
    result = CliRunner().invoke(main, ["check", "--index", str(index)])
    assert result.exit_code == 1 and "problem: term " in result.output


def test_the_command_samples_terms(tmp_path):
    seeds, index = clones(tmp_path / "seeds", 2), tmp_path / "index"
    build(seeds, index)
    result = CliRunner().invoke(main, ["check", "--index", str(index), "--sample", "10"])
    assert result.exit_code == 0 and result.output.startswith("ok: 2 questions,") and "postings of 10 of" in result.output
