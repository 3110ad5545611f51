"""The harvester against senate.be's pages served on the loopback interface (tests/harvest/site.py):
every page kept as served and indexed with the right fields, nothing lost or duplicated, politeness
(robots.txt, spacing, Retry-After, conditional requests), misbehaving answers, a killed run resumed,
an answer published between two runs reaching the index."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from search.api import Engine, build, get_question, harvest, update
from search.harvest.client import PoliteClient, user_agent
from search.harvest.state import HarvestState
from tests.conftest import ROOT
from tests.fixtures.make_html import page_bytes
from tests.harvest.site import FIXTURES, FakeSenate, renumbered

LEG8 = {1: "closed", 2: "answered", 4: "pending", 5: "withdrawn", 6: "lapsed"}  # 3: a gap


@pytest.fixture
def site():
    with FakeSenate() as senate:
        yield senate


def kept(seeds: Path) -> dict[str, bytes]:
    """The pages in the seeds folder, by name."""
    return {str(p.relative_to(seeds)): p.read_bytes() for p in sorted((seeds / "senate").rglob("*")) if p.is_file()}


def age(seeds: Path, days: float) -> None:
    """As if the last fetches were `days` ago."""
    with sqlite3.connect(seeds / ".harvest" / "state.sqlite") as db:
        db.execute("UPDATE pages SET fetched_at = fetched_at - ?", (days * 86400,))


def test_every_page_served_is_kept_as_served_and_indexed_with_its_fields(site, tmp_path):
    seeds = tmp_path / "seeds"
    report = harvest(seeds, [8], base_url=site.base_url, delay=0, stop_after=5)
    files = kept(seeds)
    assert sorted(files) == [f"senate/8/8-{n}.fr.web.html" for n in sorted(LEG8)]
    for n in LEG8:  # the bytes as served: windows-1252, the charset declared on every other page
        assert files[f"senate/8/8-{n}.fr.web.html"] == site.pages[(8, n, "fr", "web")]
    assert (report.new, report.absent, report.failed, report.highest) == (5, 1 + 5, 0, {8: 6})
    numbers = [int(h.path.split("NR=")[1].split("&")[0]) for h in site.page_hits()]
    assert numbers == list(range(1, 12))  # each number once; five past the last one, then it stops

    build(seeds, tmp_path / "index")
    engine = Engine(tmp_path / "index")
    statuses = {n: get_question(engine, f"8-{n}").record["status"] for n in LEG8}
    assert statuses == {1: "closed", 2: "answered", 4: "pending", 5: "withdrawn", 6: "lapsed"}
    one = get_question(engine, "8-1").record
    assert (one["author"], one["asked_on"], one["addressee"]) == \
        ("Jean-Paul Procureur", "2011-11-23", "ministre de la Santé publique")  # accents read from windows-1252
    assert get_question(engine, "8-3") is None


def test_a_second_run_fetches_only_new_numbers_and_pages_due_again(site, tmp_path):
    seeds = tmp_path / "seeds"
    harvest(seeds, [8], base_url=site.base_url, delay=0, stop_after=5)
    first = len(site.page_hits())
    site.pages[(8, 7, "fr", "web")] = page_bytes(renumbered(FIXTURES / "variants/closed.txt", 8, 7), True, False)
    report = harvest(seeds, [8], base_url=site.base_url, delay=0, stop_after=5)
    again = [h.path for h in site.page_hits()[first:]]
    assert all("NR=7&" in p or int(p.split("NR=")[1].split("&")[0]) > 7 for p in again), again
    assert (report.new, report.highest) == (1, {8: 7})
    assert "senate/8/8-7.fr.web.html" in kept(seeds)


class FakeClock:
    """Time that passes only when the client sleeps: spacing checked without waiting for it."""

    def __init__(self):
        self.now, self.slept = 1000.0, []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


class Recording(PoliteClient):
    """The client as it is, noting when (on its clock) each request started."""

    def __init__(self, *args, **kwargs):
        self.starts: list[float] = []
        super().__init__(*args, **kwargs)

    def _send(self, url, headers):
        answer = super()._send(url, headers)
        self.starts.append(self.last_start)
        return answer


def test_requests_are_spaced_as_configured(site, tmp_path):
    fake = FakeClock()
    client = Recording(site.base_url, delay=0.25, sleep=fake.sleep, clock=fake.clock)
    harvest(tmp_path / "seeds", [8], last=6, base_url=site.base_url, client=client)
    assert len(client.starts) == len(site.log) == 7  # robots.txt, then the six pages
    gaps = [b - a for a, b in zip(client.starts, client.starts[1:])]
    assert min(gaps) >= 0.25 and fake.slept, gaps  # each request waited out the delay since the last began


def test_robots_txt_is_obeyed(site, tmp_path):
    site.robots = ("User-agent: *\nDisallow: /www/?MIval=/Vragen/SchriftelijkeVraag&LEG=8&NR=2&\n"
                   "Disallow: /*NR=5&LANG=fr$\nCrawl-delay: 0\n")
    report = harvest(tmp_path / "seeds", [8], last=6, base_url=site.base_url, delay=0)
    fetched = {int(h.path.split("NR=")[1].split("&")[0]) for h in site.page_hits()}
    assert fetched == {1, 3, 4, 6} and report.disallowed == 2
    state = HarvestState(tmp_path / "seeds")
    assert state.get(8, 2, "fr", "web").status == state.get(8, 5, "fr", "web").status == "disallowed"
    state.close()


def test_a_site_that_forbids_everything_is_not_fetched(site, tmp_path):
    site.robots = "User-agent: *\nDisallow: /\n"
    report = harvest(tmp_path / "seeds", [8], base_url=site.base_url, delay=0)
    assert site.page_hits() == [] and report.new == 0 and report.disallowed >= 1


def test_the_user_agent_names_the_tool_and_the_contact(site, tmp_path):
    harvest(tmp_path / "seeds", [8], last=1, base_url=site.base_url, delay=0, contact="ops@example.org")
    agents = {h.headers["user-agent"] for h in site.log}
    assert agents == {user_agent("ops@example.org")}
    assert "senate-search/" in agents.pop() and "ops@example.org" in user_agent("ops@example.org")


def test_misbehaving_answers_lose_nothing_and_duplicate_nothing(site, tmp_path):
    seeds = tmp_path / "seeds"
    site.script = {
        (8, 1, "fr", "web"): ["500"],
        (8, 2, "fr", "web"): ["503:1"],
        (8, 4, "fr", "web"): ["429:1", "drop"],
        (8, 5, "fr", "web"): ["slow:3"],
        (8, 6, "fr", "web"): ["cut", "short"],
    }
    report = harvest(seeds, [8], last=6, base_url=site.base_url, delay=0, timeout=1, tries=3)
    files = kept(seeds)
    for n in LEG8:
        assert files[f"senate/8/8-{n}.fr.web.html"] == site.pages[(8, n, "fr", "web")], n
    assert not [p for p in (seeds / "senate").rglob("*") if ".tmp" in p.name]
    hits = site.page_hits()
    after_503 = [b.at - a.at for a, b in zip(hits, hits[1:]) if a.status in (503, 429)]
    assert after_503 and min(after_503) >= 0.95  # Retry-After: 1 waited out
    assert (report.new, report.failed) == (5, 0)


def test_a_page_that_keeps_failing_is_left_for_the_next_run(site, tmp_path):
    seeds = tmp_path / "seeds"
    site.script = {(8, 2, "fr", "web"): ["500", "500"]}
    report = harvest(seeds, [8], last=6, base_url=site.base_url, delay=0, tries=2)
    assert report.failed == 1 and "senate/8/8-2.fr.web.html" not in kept(seeds)
    report = harvest(seeds, [8], last=6, base_url=site.base_url, delay=0, tries=2)
    assert report.new == 1 and kept(seeds)["senate/8/8-2.fr.web.html"] == site.pages[(8, 2, "fr", "web")]


def test_an_unchanged_page_is_asked_conditionally(site, tmp_path):
    seeds = tmp_path / "seeds"
    harvest(seeds, [8], last=6, base_url=site.base_url, delay=0)
    age(seeds, 60)  # the pending question is due again
    report = harvest(seeds, [8], last=6, base_url=site.base_url, delay=0)
    asked = [h for h in site.page_hits() if "NR=4&" in h.path]
    assert len(asked) == 2 and asked[-1].headers.get("if-none-match") and asked[-1].status == 304
    assert report.unchanged == 1 and report.new == report.changed == 0


def test_an_answer_published_since_reaches_the_index_after_the_next_run(site, tmp_path):
    seeds, index = tmp_path / "seeds", tmp_path / "index"
    harvest(seeds, [8], last=6, base_url=site.base_url, delay=0)
    build(seeds, index)
    assert get_question(Engine(index), "8-4").record["status"] == "pending"

    text = renumbered(FIXTURES / "variants/pending_deadline.txt", 8, 4)
    answered = text.replace("\n\nQuestion n° 8-4", "\n20/3/2023Réponse\n\nQuestion n° 8-4").rstrip() + \
        "\n\nRéponse reçue le 20 mars 2023 :\n\nLe plan est prêt.\n"
    site.pages[(8, 4, "fr", "web")] = page_bytes(answered, True, True)
    age(seeds, 31)  # a month and a day later (asked in 2011: visited monthly)
    report = harvest(seeds, [8], last=6, base_url=site.base_url, delay=0)
    assert report.changed == 1
    update(seeds, index)
    record = get_question(Engine(index), "8-4").record
    assert (record["status"], record["answered_on"]) == ("answered", "2023-03-20")


def test_a_page_served_without_its_text_is_kept_marked_and_fetched_again(site, tmp_path):
    seeds = tmp_path / "seeds"
    whole = site.pages[(8, 1, "fr", "web")]
    text = renumbered(FIXTURES / "variants/closed.txt", 8, 1)
    site.pages[(8, 1, "fr", "web")] = page_bytes(text.split("Question n°")[0], True, True)
    report = harvest(seeds, [8], last=2, base_url=site.base_url, delay=0)
    assert report.incomplete == 1
    build(seeds, tmp_path / "index")
    record = get_question(Engine(tmp_path / "index"), "8-1").record
    assert (record["incomplete"], record["author"], record["status"]) == (True, "Jean-Paul Procureur", "closed")
    site.pages[(8, 1, "fr", "web")] = whole
    report = harvest(seeds, [8], last=2, base_url=site.base_url, delay=0)
    assert report.changed == 1 and report.incomplete == 0


def test_both_languages_and_other_renderings_only_where_asked(site, tmp_path):
    seeds = tmp_path / "seeds"
    harvest(seeds, [5], first=8917, last=8917, base_url=site.base_url, delay=0)
    assert list(kept(seeds)) == ["senate/5/5-8917.fr.web.html"]
    harvest(seeds, [5], first=8917, last=8917, languages=["fr", "nl"], renderings=["web", "print"],
            base_url=site.base_url, delay=0)
    assert sorted(kept(seeds)) == ["senate/5/5-8917.fr.print.html", "senate/5/5-8917.fr.web.html",
                                   "senate/5/5-8917.nl.print.html"]  # the site has no Dutch web page of it
    harvest(seeds, [4], first=1362, last=1362, languages=["nl", "fr"], renderings=["web", "bilingual"],
            base_url=site.base_url, delay=0)
    build(seeds, tmp_path / "index")
    engine = Engine(tmp_path / "index")
    q = get_question(engine, "5-8917").record
    assert (q["author"], q["asked_on"], q["status"], len(q["sources"])) == ("Martine Taelman", "2013-04-30", "answered", 3)
    dutch = get_question(engine, "4-1362").record
    assert (dutch["language"], dutch["status"]) == ("nl", "answered")


def test_a_killed_harvest_resumes_where_it_stopped(site, tmp_path):
    seeds = tmp_path / "seeds"
    cmd = [sys.executable, "-m", "search", "harvest", "--seeds", str(seeds), "-l", "8", "--to", "6",
           "--base-url", site.base_url, "--delay", "0.3"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while len(site.page_hits()) < 3 and time.monotonic() < deadline:
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    first = [h.path for h in site.page_hits()]
    assert 3 <= len(first) < 6
    for name, data in kept(seeds).items():  # never a half-written page
        number = int(name.split("-")[1].split(".")[0])
        assert data == site.pages[(8, number, "fr", "web")]
    out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    second = [h.path for h in site.page_hits()[len(first):]]
    assert len(set(first) & set(second)) <= 1  # at most the page in flight is asked again
    assert sorted(kept(seeds)) == [f"senate/8/8-{n}.fr.web.html" for n in sorted(LEG8)]
    assert not [p for p in seeds.rglob("*.tmp-*")]
    assert out.stdout.count("\n") == 1 and out.stdout.startswith("harvested ")  # one summary line when piped


def test_the_command_line_harvests_then_indexes(site, tmp_path):
    seeds, index = tmp_path / "seeds", tmp_path / "index"
    out = subprocess.run([sys.executable, "-m", "search", "harvest", "--seeds", str(seeds), "--index", str(index),
                          "-l", "8", "--base-url", site.base_url, "--delay", "0", "--stop-after", "3", "--update"],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "harvested 5 new" in out.stdout and "5 questions" in out.stdout
    assert get_question(Engine(index), "8-6").record["status"] == "lapsed"


@pytest.mark.parametrize("args, message", [
    (["-l", "seven"], "give numbers, e.g. 7"),
    (["--languages", "de"], "choose among fr, nl"),
    (["--renderings", "pdf"], "choose among web, print, bilingual"),
])
def test_bad_options_say_how_to_fix_them(args, message, tmp_path):
    out = subprocess.run([sys.executable, "-m", "search", "harvest", "--seeds", str(tmp_path), *args],
                         cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and message in out.stderr


def test_one_harvest_at_a_time(site, tmp_path):
    state = HarvestState(tmp_path / "seeds")
    try:
        with pytest.raises(Exception, match="another harvest is running"):
            harvest(tmp_path / "seeds", [8], last=1, base_url=site.base_url, delay=0)
    finally:
        state.close()


def test_the_client_waits_as_retry_after_says_and_gives_up_on_a_long_wait(site):
    waits = []
    client = PoliteClient(site.base_url, delay=0, sleep=waits.append)
    site.script = {(8, 1, "fr", "web"): ["503:7", "429:2"], (8, 2, "fr", "web"): ["503:3600"]}
    answer = client.get(site.base_url + "/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=8&NR=1&LANG=fr")
    assert answer.status == 200 and [w for w in waits if w >= 1] == [7.0, 2.0]
    from search.harvest.client import GaveUp
    with pytest.raises(GaveUp):
        client.get(site.base_url + "/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=8&NR=2&LANG=fr")


def test_the_eta_counts_the_numbers_a_run_will_visit(site, tmp_path):
    from search.harvest.harvest import planned

    seeds = tmp_path / "seeds"
    assert planned(seeds, [8]) == 0  # nothing fetched yet: the end is not known
    assert planned(seeds, [8], first=3, last=6) == 4
    harvest(seeds, [8], base_url=site.base_url, delay=0, stop_after=5)
    assert planned(seeds, [8], stop_after=5) == 6 + 5  # to the highest known, and the run of absent ones past it
    assert planned(seeds, [7, 5], stop_after=5) == 0  # a legislature never fetched: unknown again


def test_a_terminal_sees_the_progress_bar(site, tmp_path):
    """On a terminal the harvest draws click's progress bar: the numbers visited of those expected (known
    here: --to) and the question in hand; piped, only the summary (test_a_killed_harvest_resumes…)."""
    import pty

    cmd = [sys.executable, "-m", "search", "harvest", "--seeds", str(tmp_path / "seeds"), "-l", "8", "--to", "6",
           "--base-url", site.base_url, "--delay", "0"]
    primary, secondary = pty.openpty()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=secondary, stdin=subprocess.DEVNULL)
    os.close(secondary)
    drawn = b""
    while True:
        try:
            chunk = os.read(primary, 4096)
        except OSError:  # the command closed the terminal
            break
        if not chunk:
            break
        drawn += chunk
    assert proc.wait(timeout=60) == 0
    os.close(primary)
    text = drawn.decode("utf-8", "replace")
    assert "harvest" in text and "6/6" in text and "8-6, " in text and "page(s) fetched" in text, text[-400:]
