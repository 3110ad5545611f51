"""Bad documents: the parser raises only ParseError (with file and line), and a build
indexes every good document and reports every bad one."""
from __future__ import annotations

import os

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from search.cli import main
from search.api import build
from search.ingest.documents import MAX_BYTES, ParseError, read_document
from search.ingest.parse import parse_file, parse_text

from tests.conftest import SEED_8905, SEED_8917, VARIANTS, copy_corpus

PAGES = [p.read_text(encoding="utf-8") for p in (SEED_8917, SEED_8905, *sorted(VARIANTS.glob("*.txt")))
         if p.name not in ("cp1252.txt",)]


def blocks(text: str) -> list[str]:
    return text.split("\n\n")


@st.composite
def mutated(draw) -> str:
    """A real page, damaged the ways files get damaged."""
    text = draw(st.sampled_from(PAGES))
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["truncate", "drop", "duplicate", "swap", "control", "splice", "lines"]))
        parts = blocks(text)
        if kind == "truncate":
            text = text[: draw(st.integers(0, len(text)))]
        elif kind == "drop" and len(parts) > 1:
            del parts[draw(st.integers(0, len(parts) - 1))]
            text = "\n\n".join(parts)
        elif kind == "duplicate":
            i = draw(st.integers(0, len(parts) - 1))
            parts.insert(i, parts[i])
            text = "\n\n".join(parts)
        elif kind == "swap" and len(parts) > 2:
            i = draw(st.integers(0, len(parts) - 2))
            parts[i], parts[i + 1] = parts[i + 1], parts[i]
            text = "\n\n".join(parts)
        elif kind == "control":
            at = draw(st.integers(0, len(text)))
            text = text[:at] + draw(st.text(st.characters(max_codepoint=0x1F) | st.sampled_from("\u202e\u200b\ufeff\x7f"), min_size=1, max_size=5)) + text[at:]
        elif kind == "splice":
            at = draw(st.integers(0, len(text)))
            text = text[:at] + draw(st.text(max_size=40)) + text[at:]
        elif kind == "lines":
            lines = text.split("\n")
            i = draw(st.integers(0, len(lines) - 1))
            lines[i] = draw(st.sampled_from(["", "Chronologie", "Question n° 5-1 du 31 février 2013 :",
                                              "de X du 1er brumaire 2012", "Réponse reçue le 99 mai 2013 :",
                                              "31/2/2013Réponse", "Aussi posée à : question écrite 99999999-1"]))
            text = "\n".join(lines)
    return text


@settings(max_examples=400, deadline=None)
@given(mutated())
def test_damaged_pages_raise_only_parse_errors(text):
    try:
        q = parse_text(text, "damaged.txt")
    except ParseError as exc:
        assert exc.path == "damaged.txt" and exc.line >= 0 and exc.reason
        assert str(exc).startswith(f"damaged.txt:{exc.line}: ")
        return
    assert q.id and q.status in ("answered", "pending", "lapsed", "closed", "withdrawn", "requalified")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=3000))
def test_any_bytes_raise_only_parse_errors(tmp_path, data):
    path = tmp_path / "bytes.txt"
    path.write_bytes(data)
    try:
        parse_file(path)
    except ParseError as exc:
        assert exc.path == str(path)


def test_damaged_utf8_keeps_its_text(tmp_path):
    path = tmp_path / "damaged.txt"
    path.write_bytes(SEED_8917.read_bytes().replace("Taelman".encode(), b"Ta\xe9lman\xff"))
    q = parse_file(path)  # broken bytes become U+FFFD; the accents elsewhere survive
    assert q.author == "Martine Ta\ufffdlman\ufffd" and q.title.endswith("médias sociaux")


def test_legacy_pages_are_windows_1252(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes(SEED_8917.read_text(encoding="utf-8").encode("cp1252", "replace") + b"\x81\x9d")
    assert b"n\x92est" in path.read_bytes()  # the right single quote of Windows-1252
    text, _ = read_document(path)
    assert "Question écrite n° 5-8917" in text and "n’est" in text and text.endswith("\x81\x9d")
    assert parse_file(path).id == "5-8917"


def bad_folder(root):
    """Three good pages and one of each bad kind."""
    seeds = copy_corpus(root / "seeds", )
    for page in (SEED_8917, SEED_8905, VARIANTS / "closed.txt"):
        (seeds / page.name).write_bytes(page.read_bytes())
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (seeds / "truncated.txt").write_text(SEED_8917.read_text(encoding="utf-8")[:300], encoding="utf-8")
    (seeds / "huge.txt").write_bytes(b"x" * (50 * 2**20))
    (seeds / "dir.txt").mkdir()
    (seeds / "dangling.txt").symlink_to(root / "nowhere.txt")
    (seeds / "not_a_question.txt").write_bytes((VARIANTS / "not_a_question.txt").read_bytes())
    return seeds


EXPECTED = {
    "binary.txt": "binary file", "dangling.txt": "cannot read the file", "dir.txt": "is a directory",
    "empty.txt": "empty file", "huge.txt": f"file too large (50.0 MB, limit {MAX_BYTES // 2**20} MB)",
    "not_a_question.txt": "not a written question page",
    "truncated.txt": "an incomplete page (its question text is missing): question 5-8917 is already indexed from",
}


def test_build_indexes_the_good_and_reports_each_bad(tmp_path):
    seeds = bad_folder(tmp_path)
    report = build(seeds, tmp_path / "index")
    assert report.questions == 3
    reasons = {s.path: s.reason for s in report.skipped}
    assert sorted(reasons) == sorted(EXPECTED)
    for name, reason in EXPECTED.items():
        assert reason in reasons[name], (name, reasons[name])


def test_cli_exit_codes_with_bad_documents(tmp_path):
    seeds = bad_folder(tmp_path)
    runner = CliRunner()
    result = runner.invoke(main, ["build", "--seeds", str(seeds), "--index", str(tmp_path / "index")])
    assert result.exit_code == 0
    assert "skipped truncated.txt:" in result.output and ": 3 questions from 3 files, " in result.output
    assert "7 skipped" in result.output
    strict = runner.invoke(main, ["build", "--strict", "--seeds", str(seeds), "--index", str(tmp_path / "index")])
    assert strict.exit_code == 1 and "--strict: 7 document(s) could not be indexed" in strict.output


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file_is_reported(tmp_path):
    seeds = copy_corpus(tmp_path / "seeds")
    (seeds / "a.txt").write_bytes(SEED_8917.read_bytes())
    locked = seeds / "locked.txt"
    locked.write_bytes(SEED_8905.read_bytes())
    locked.chmod(0)
    report = build(seeds, tmp_path / "index")
    assert report.questions == 1 and "cannot read the file" in report.skipped[0].reason
