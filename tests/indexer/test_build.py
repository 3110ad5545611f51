"""Building and updating the index: reports, skipped documents, atomic swaps, crashes."""
from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from search.api import Engine
from search.api import BuildError, build, update
from search.api import SearchRequest, search
from search.api import IndexLocked, IndexStore

from tests.conftest import ROOT, SEED_8917, SEEDS, copy_corpus


def total(index: Path, q: str = "") -> int:
    engine = Engine(index)
    try:
        return search(engine, SearchRequest(q, size=1)).questions
    finally:
        engine.close()


def clones(dest: Path, count: int, start: int = 1) -> Path:
    """`count` copies of a seed under new ids 9-<n>: a corpus as large as a test needs."""
    dest.mkdir(parents=True, exist_ok=True)
    text = SEED_8917.read_text(encoding="utf-8")
    for n in range(start, start + count):
        (dest / f"clone_{n:05d}.txt").write_text(text.replace("5-8917", f"9-{n}"), encoding="utf-8")
    return dest


def test_build_report_counts_and_skips(built):
    index, report = built
    assert report.questions == 38 and report.passages > 150
    assert [str(s) for s in report.skipped] == [
        "not_a_question.txt:1: not a written question page: no line 'Question écrite n° <leg>-<num>' "
        "or 'Schriftelijke vraag nr. <leg>-<num>'"]
    assert report.summary().startswith(f"built {report.generation}: 38 questions from 38 files, {report.passages} passages, 1 skipped in ")
    assert total(index) == 38


def test_strict_refuses_and_keeps_the_live_index(tmp_path, corpus_dir):
    index = tmp_path / "index"
    build(SEEDS, index)
    live = IndexStore(index).current()
    with pytest.raises(BuildError, match="--strict: 1 document"):
        build(corpus_dir, index, strict=True)
    assert IndexStore(index).current() == live and total(index) == 2
    assert not list(index.glob("*.tmp"))


@pytest.mark.parametrize("make, message", [
    (lambda p: p / "missing", "does not exist"),
    (lambda p: p, r"holds no document \(\*\.txt, \*\.html\)"),
])
def test_missing_or_empty_seeds_is_a_clear_error(tmp_path, make, message):
    with pytest.raises(BuildError, match=message):
        build(make(tmp_path), tmp_path / "index")


def test_duplicate_question_is_skipped(tmp_path):
    seeds = copy_corpus(tmp_path / "seeds", SEEDS)
    (seeds / "copy.txt").write_bytes(SEED_8917.read_bytes())
    report = build(seeds, tmp_path / "index")
    assert report.questions == 2
    assert [str(s) for s in report.skipped] == ["copy.txt:1: question 5-8917 is already indexed from 000_7920259182f321fb.txt"]


def _descriptors(index: Path, qid: str) -> list[str]:
    engine = Engine(index)
    try:
        return search(engine, SearchRequest(qid, size=1)).results[0].descriptors
    finally:
        engine.close()


def test_a_collapsed_descriptor_line_is_split_into_the_descriptors_the_archive_knows(tmp_path):
    """A pipe page whose descriptor line has nothing between its descriptors gets them apart, in a build
    and in an update, where another question of the archive names them."""
    renderings = ROOT / "tests" / "fixtures" / "renderings"
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    page = (renderings / "print_pipes.txt").read_text(encoding="utf-8")
    glued = page.replace("rustpensioen ; gelijke behandeling van man en vrouw ; vrouw",
                         "rustpensioen gelijke behandeling van man en vrouw vrouw")
    (seeds / "glued.txt").write_text(glued, encoding="utf-8")
    (seeds / "apart.txt").write_text(page.replace("4-6105", "4-6106"), encoding="utf-8")
    build(seeds, tmp_path / "index")
    pieces = ["rustpensioen", "gelijke behandeling van man en vrouw", "vrouw"]
    assert _descriptors(tmp_path / "index", "4-6105") == pieces
    (seeds / "later.txt").write_text(glued.replace("4-6105", "4-6107"), encoding="utf-8")
    update(seeds, tmp_path / "index")
    assert _descriptors(tmp_path / "index", "4-6107") == pieces


def test_update_adds_changes_and_removes_by_hash(tmp_path):
    seeds, index = clones(tmp_path / "seeds", 5), tmp_path / "index"
    build(seeds, index)
    (seeds / "clone_00001.txt").unlink()
    changed = seeds / "clone_00002.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("Selor", "Zorglub"), encoding="utf-8")
    clones(seeds, 2, start=100)
    report = update(seeds, index)
    assert (report.added, report.changed, report.removed) == (2, 1, 1)
    assert (report.questions, total(index)) == (6, 6)
    assert total(index, "zorglub") == 1 and total(index, "9-1") == 0
    again = update(seeds, index)
    assert (again.added, again.changed, again.removed, again.questions) == (0, 0, 0, 6)


def test_an_update_packs_with_the_dictionaries_of_the_build(tmp_path):
    """Records and passage texts are packed with dictionaries the full build learns; an update keeps them, so
    that the questions it adds and those it keeps both read back whole."""
    seeds, index = clones(tmp_path / "seeds", 5), tmp_path / "index"
    build(seeds, index)
    built = IndexStore(index).current()
    dictionaries = [(built / name).read_bytes() for name in ("record.zdict", "texts.zdict")]
    assert all(dictionaries)
    clones(seeds, 2, start=100)
    update(seeds, index)
    live = IndexStore(index).current()
    assert live != built and [(live / name).read_bytes() for name in ("record.zdict", "texts.zdict")] == dictionaries
    engine = Engine(index)
    gen = engine.generation()
    rows = [r for r in range(gen.size) if gen.live[r]]
    assert len(rows) == 7
    for row in rows:
        assert gen.record(row)["id"] == gen.id_of(row)
        assert [p["raw"] for p in gen.passages(row)] and all(p["raw"] for p in gen.passages(row))
    engine.close()


def test_update_without_an_index_builds_one(tmp_path):
    report = update(SEEDS, tmp_path / "index")
    assert report.questions == 2 and total(tmp_path / "index") == 2


def test_one_writer_at_a_time(tmp_path):
    index = tmp_path / "index"
    build(SEEDS, index)
    with IndexStore(index).lock():
        with pytest.raises(IndexLocked, match="another build or update is writing"):
            build(SEEDS, index)
    assert build(SEEDS, index).questions == 2


def test_old_generations_are_pruned(tmp_path):
    index = tmp_path / "index"
    for _ in range(4):
        build(SEEDS, index)
    assert len([p for p in index.glob("gen-*")]) == 2


def test_a_searcher_sees_the_new_generation_without_restart(tmp_path):
    seeds, index = clones(tmp_path / "seeds", 3), tmp_path / "index"
    build(seeds, index)
    engine = Engine(index)
    assert search(engine, SearchRequest()).questions == 3
    clones(seeds, 2, start=50)
    update(seeds, index)
    assert search(engine, SearchRequest()).questions == 5


def _cli(*args, **kwargs):
    return subprocess.Popen([sys.executable, "-m", "search", *args], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)


@pytest.mark.slow
@pytest.mark.parametrize("delay", [0.0, 0.15, 0.4, 0.8, 1.5])
def test_kill_9_during_build_keeps_the_previous_index(tmp_path, delay):
    index = tmp_path / "index"
    build(SEEDS, index)
    big = clones(tmp_path / "big", 1500)
    proc = _cli("build", "--seeds", str(big), "--index", str(index))
    deadline = time.monotonic() + 30
    while not list(index.glob("gen-*.tmp")) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    count = total(index)
    assert count in (2, 1500)  # the old index, or the new one if the build had finished: never a mix
    if proc.returncode == -signal.SIGKILL and count == 2:
        assert IndexStore(index).current().name.startswith("gen-")
    report = build(SEEDS, index)  # no manual cleanup needed: stale lock and temp folder are handled
    assert report.questions == 2 and not list(index.glob("*.tmp"))


def test_update_leaves_the_live_generation_untouched(tmp_path):
    seeds, index = clones(tmp_path / "seeds", 3), tmp_path / "index"
    build(seeds, index)
    live = IndexStore(index).current()
    before = {p.name: p.read_bytes() for p in live.iterdir() if p.is_file()}
    clones(seeds, 2, start=50)
    update(seeds, index)
    assert {p.name: p.read_bytes() for p in live.iterdir() if p.is_file()} == before


def older_index(index: Path) -> None:
    """A generation written with a schema that lacks a field this version needs."""
    from whoosh import index as whoosh_index

    from search.index.codec import PASSAGES, QUESTIONS
    from search.index.schema import passage_schema, question_schema

    store = IndexStore(index)
    with store.lock(), store.staged() as tmp:
        schema = question_schema()
        schema.remove("qkey")
        whoosh_index.create_in(tmp, schema, indexname=QUESTIONS).writer().commit()
        whoosh_index.create_in(tmp, passage_schema(), indexname=PASSAGES).writer().commit()
        (tmp / "manifest.json").write_text("{}", encoding="utf-8")
        store.publish(tmp)


def test_an_index_from_an_older_version_is_named_and_rebuilt(tmp_path):
    from search.api import OutdatedIndex
    from web import create_app

    index = tmp_path / "index"
    older_index(index)
    with pytest.raises(OutdatedIndex, match=r"older version .* lacks questions.qkey.*python -m search build"):
        search(Engine(index), SearchRequest("médias"))
    response = create_app({"INDEX_DIR": str(index)}).test_client().get("/?q=médias")
    assert response.status_code == 503 and "version antérieure" in response.get_data(as_text=True)
    report = update(SEEDS, index)  # an update of an old index rebuilds it whole
    assert report.questions == 2 and total(index, "médias") == 2


def test_a_script_without_a_main_guard_builds_with_helpers(tmp_path):
    """The passage index's helpers are spawned and import none of the program's main module: a user's
    script that builds at its top level, past the size where helpers start, builds once, not once more in
    each helper (which a spawned helper re-importing the script would do)."""
    seeds = clones(tmp_path / "seeds", 450)
    script = tmp_path / "build_it.py"
    script.write_text("from search.api import build\n"
                      f"report = build({str(seeds)!r}, {str(tmp_path / 'index')!r})\n"
                      "print('built', report.questions)\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["built", "450"]
    assert total(tmp_path / "index") == 450 and total(tmp_path / "index", "9-17") >= 1


def test_the_helpers_are_fresh_processes_that_die_with_the_build(tmp_path):
    """A helper is a new interpreter (not a copy of the build: its memory is its own work), and it dies when
    the build is killed."""
    seeds = clones(tmp_path / "seeds", 1500)
    proc = _cli("build", "--seeds", str(seeds), "--index", str(tmp_path / "index"))
    deadline, helpers = time.monotonic() + 60, []
    while proc.poll() is None and time.monotonic() < deadline and len(helpers) < 2:
        helpers = [int(c) for t in Path(f"/proc/{proc.pid}/task").iterdir()
                   for c in (t / "children").read_text().split()] if Path(f"/proc/{proc.pid}").exists() else []
        helpers = [c for c in helpers if "from multiprocessing.spawn import spawn_main" in _cmdline(c)]
        time.sleep(0.02)
    assert len(helpers) == 2, "the build's two helpers were not seen running, spawned"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{c}").exists() and _state(c) != "Z" for c in helpers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(Path(f"/proc/{c}").exists() and _state(c) != "Z" for c in helpers)


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1].split()[0]
    except (OSError, IndexError):
        return "X"


def test_a_helper_that_dies_fails_the_build_and_keeps_the_live_index(tmp_path):
    """Whoosh's writer would wait forever to hand a dead helper its next batch, or leave its passages out of
    the index at the commit without a word: the build fails with a message instead, the live index as it was."""
    index = tmp_path / "index"
    build(SEEDS, index)
    seeds = clones(tmp_path / "seeds", 1500)
    env = {**__import__("os").environ, "SEARCH_CRASH_AT": "helper-batch#2"}
    proc = _cli("build", "--seeds", str(seeds), "--index", str(index), env=env)
    try:
        out, err = proc.communicate(timeout=240)
    finally:
        proc.kill()
    assert proc.returncode != 0
    assert "build helper process died" in err and "live index is unchanged" in err
    assert total(index) == 2 and not list(index.glob("*.tmp"))
