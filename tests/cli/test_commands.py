"""`python -m search`: what a user types and what the terminal shows."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from search.cli import main

from tests.conftest import ROOT, SEED_8917, SEEDS, VARIANTS


@pytest.fixture
def runner():
    return CliRunner()


def test_parse_json_prints_the_format_record(runner):
    result = runner.invoke(main, ["parse", str(SEED_8917), "--json"])
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["id"] == "5-8917" and data["status"] == "answered" and len(data["links"]) == 18
    assert data["answer_due"] is None and data["original_language"] == "nl"


def test_parse_reports_file_and_line(runner):
    result = runner.invoke(main, ["parse", str(VARIANTS / "not_a_question.txt")])
    assert result.exit_code == 1
    assert result.output.strip().endswith("not_a_question.txt:1: not a written question page: "
                                          "no line 'Question écrite n° <leg>-<num>' "
                                          "or 'Schriftelijke vraag nr. <leg>-<num>'")


def test_build_then_query_the_seeds(runner, tmp_path):
    index = tmp_path / "index"
    result = runner.invoke(main, ["build", "--seeds", str(SEEDS), "--index", str(index)])
    assert result.exit_code == 0 and ": 2 questions from 2 files, 74 passages, 0 skipped in " in result.output
    for text in ["médias sociaux", "media sociaux", "MÉDIA", "l'administré"]:
        out = runner.invoke(main, ["query", text, "--index", str(index), "--json"])
        data = json.loads(out.output)
        found = {data["results"][0]["id"]} | {s["id"] for s in data["results"][0]["siblings"] if s["indexed"]}
        assert found == {"5-8917", "5-8905"}, text


def test_query_acceptance_on_the_seeds(runner, seeds_index):
    out = runner.invoke(main, ["query", 'ministre:"fonction publique" "médias sociaux"', "--json",
                               "--index", str(seeds_index)])
    data = json.loads(out.output)
    assert [r["id"] for r in data["results"]] == ["5-8917"] and data["questions"] == 1
    out = runner.invoke(main, ["query", "medias sociaux", "--json", "--index", str(seeds_index)])
    data = json.loads(out.output)
    assert data["total"] == 1 and data["questions"] == 2
    siblings = {s["id"]: s for s in data["results"][0]["siblings"]}
    other = ({"5-8917", "5-8905"} - {data["results"][0]["id"]}).pop()
    assert siblings[other]["indexed"] and len(siblings) == 18


def test_query_text_output(runner, index_dir):
    out = runner.invoke(main, ["query", "bracelet électronique", "--index", str(index_dir), "--facet", "status"])
    assert out.exit_code == 0
    lines = out.output.splitlines()
    assert lines[0].startswith("2 result(s), 2 question(s), page 1/1")
    assert any(line.startswith("5-126  ") for line in lines) and any(line.startswith("4-5210  ") for line in lines)
    assert "[électronique]" in out.output  # the matched word, marked
    assert "status:" in lines and "       1  lapsed" in lines


def test_query_leading_minus_is_not_an_option(runner, index_dir):
    out = runner.invoke(main, ["query", "-asile réfugiés", "--index", str(index_dir), "--json"])
    assert out.exit_code == 0 and json.loads(out.output)["total"] == 0


def test_query_errors_are_one_line(runner, index_dir, tmp_path):
    out = runner.invoke(main, ["query", "(asile", "--index", str(index_dir)])
    assert out.exit_code == 1 and out.output == "error: unclosed parenthesis '(': add ')' or remove it\n"
    out = runner.invoke(main, ["query", "asile", "--index", str(tmp_path / "none")])
    assert out.exit_code == 1 and "build it with `python -m search build`" in out.output


def test_stats(runner, index_dir):
    out = runner.invoke(main, ["stats", "--index", str(index_dir), "--json"])
    data = json.loads(out.output)
    assert data["questions"] == 38
    # pending: only a question of legislature 8, in session; the others left waiting lapsed with theirs
    assert data["status"] == {"answered": 24, "pending": 1, "lapsed": 10, "closed": 1, "withdrawn": 1, "requalified": 1}
    assert data["legislature"] == {"8": 1, "7": 4, "6": 12, "5": 17, "4": 3, "3": 1}


def test_stats_by_ministry_government_and_title(runner, index_dir):
    out = runner.invoke(main, ["stats", "--index", str(index_dir), "--by", "portfolio"])
    assert out.exit_code == 0 and "justice (Justice)" in out.output and "title: ministre de la Justice (5)" in out.output
    out = runner.invoke(main, ["stats", "--index", str(index_dir), "--by", "government", "--json"])
    table = json.loads(out.output)["table"]
    assert table["by"] == "government" and sum(r["questions"] for r in table["rows"]) == 38
    out = runner.invoke(main, ["stats", "--index", str(index_dir), "--by", "title", "--order", "addressee"])
    assert out.exit_code == 0 and "ministre de la Justice" in out.output
    assert runner.invoke(main, ["stats", "--index", str(index_dir), "--by", "party"]).exit_code == 2


def test_titles_no_portfolio_names_are_reported_by_build_and_stats(runner, tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    text = SEED_8917.read_text(encoding="utf-8")
    title = "secrétaire d'État à la Fonction publique et à la Modernisation des Services publics, adjoint au ministre des Finances et du Développement durable, chargé de la Fonction publique"
    (seeds / "odd.txt").write_text(text.replace(title, "ministre des Affaires bizarres"), encoding="utf-8")
    out = runner.invoke(main, ["build", "--seeds", str(seeds), "--index", str(tmp_path / "i")])
    assert out.exit_code == 0
    assert ("no portfolio for 'ministre des Affaires bizarres' (1 question(s), e.g. odd.txt): add its words to "
            "search/ministries/portfolios.csv") in out.output
    out = runner.invoke(main, ["stats", "--index", str(tmp_path / "i")])
    assert "no portfolio for 'ministre des Affaires bizarres' (1 question(s), e.g. odd.txt)" in out.output


def test_titles_of_an_office_the_table_names_no_one_for_are_reported_by_build(runner, tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    text = SEED_8917.read_text(encoding="utf-8")
    title = "secrétaire d'État à la Fonction publique et à la Modernisation des Services publics, adjoint au ministre des Finances et du Développement durable, chargé de la Fonction publique"
    (seeds / "seed.txt").write_text(text, encoding="utf-8")
    (seeds / "youth.txt").write_text(text.replace("5-8917", "5-8918").replace(title, "ministre de la Jeunesse"),
                                     encoding="utf-8")
    out = runner.invoke(main, ["build", "--seeds", str(seeds), "--index", str(tmp_path / "i")])
    assert out.exit_code == 0
    assert ("no holder for 'ministre de la Jeunesse' under di_rupo (1 question(s) from 2013-04-30, e.g. youth.txt): "
            "add the office to search/ministries/offices.csv") in out.output
    assert "no holder for \"secrétaire d'État" not in out.output  # Hendrik Bogaert's office is in the table


def test_build_errors_and_skips(runner, tmp_path, corpus_dir):
    out = runner.invoke(main, ["build", "--seeds", str(tmp_path / "nope"), "--index", str(tmp_path / "i")])
    assert out.exit_code == 1 and "does not exist" in out.output
    out = runner.invoke(main, ["build", "--seeds", str(corpus_dir), "--index", str(tmp_path / "i")])
    assert out.exit_code == 0
    assert "skipped not_a_question.txt:1: not a written question page" in out.output
    out = runner.invoke(main, ["build", "--strict", "--seeds", str(corpus_dir), "--index", str(tmp_path / "i")])
    assert out.exit_code == 1 and "--strict: 1 document(s) could not be indexed" in out.output


def test_environment_variables_set_the_folders(tmp_path):
    env = {"SEARCH_SEEDS_DIR": str(SEEDS), "SEARCH_INDEX_DIR": str(tmp_path / "idx"), "PATH": ""}
    done = subprocess.run([sys.executable, "-m", "search", "build"], cwd=tmp_path, env=env,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "idx" / "current").is_symlink()
    help_text = subprocess.run([sys.executable, "-m", "search", "build", "--help"], cwd=ROOT,
                               capture_output=True, text=True).stdout
    assert "SEARCH_SEEDS_DIR" in help_text and "Example: python -m search build" in help_text


def test_the_cli_speaks_english_only():
    """Every QueryError the library raises has an English text in the CLI's catalogue, placeholders kept, no
    French left in it, and the compiled catalogue is that of the .po (run `pybabel compile` after editing)."""
    import re

    from babel.messages.extract import extract_from_dir
    from babel.messages.mofile import read_mo
    from babel.messages.pofile import read_po

    from search.cli.english import CATALOGUE

    folder = CATALOGUE / "en" / "LC_MESSAGES"
    with open(folder / "messages.po", "rb") as f:
        po = {m.id: m.string for m in read_po(f) if m.id}
    with open(folder / "messages.mo", "rb") as f:
        assert {m.id: m.string for m in read_mo(f) if m.id} == po
    found = {msg for _f, _l, msg, _c, _x in extract_from_dir(str(ROOT / "search"), [("**.py", "python")],
                                                             keywords={"QueryError": None}, comment_tags=())}
    assert found and found <= {k for k, v in po.items() if v}, sorted(found - set(po))
    for french, english in po.items():
        assert sorted(re.findall(r"%\(\w+\)[sd]", french)) == sorted(re.findall(r"%\(\w+\)[sd]", english)), english
        assert not re.search(r"[éèàù]|« | »", english.replace("répondue, en-attente, caduque, clôturée, retirée, "
                                                              "requalifiée", "")), english


def test_an_error_reaches_the_terminal_in_english(runner, index_dir):
    out = runner.invoke(main, ["query", "(prison", "--index", str(index_dir)])
    assert out.exit_code != 0 and "unclosed parenthesis '(': add ')' or remove it" in out.output


def test_query_output_says_what_it_did_in_english(runner, index_dir):
    out = runner.invoke(main, ["query", "prisonss surpopulation", "--index", str(index_dir)])
    assert out.exit_code == 0
    assert "no question holds every word of 'prisonss surpopulation': results for 'prisons surpopulation'" in out.output
    out = runner.invoke(main, ["query", "detenus etrangers transferes maroc", "--index", str(index_dir)])
    assert "0 result(s) hold every word; the others lack some (marked 'missing')" in out.output
    assert "   missing: maroc" in out.output
    out = runner.invoke(main, ["query", "prison zzyzx", "--index", str(index_dir)])  # zzyzx: no question has it
    assert "0 result(s) hold every word" in out.output and "   missing: zzyzx" in out.output
    assert "with a word less: 'prison' (3)" in out.output


def test_query_help_lists_every_field_in_both_languages():
    out = CliRunner().invoke(main, ["query", "--help"]).output
    for word in ("annee", "langue", "version", "jaar", "taal", "versie", "trefwoord", "datum", "ministere", "ministerie"):
        assert word in out, word
