"""`python bench/run.py --quick` as a smoke check: it runs end to end and writes its report.

No timing is asserted: figures on a shared machine are for people to read.
"""
from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow


def test_quick_benchmark_writes_its_report(tmp_path):
    out = tmp_path / "BENCHMARKS.md"
    out.write_text("# Benchmarks\n\nintro\n\n## Targets\n\nkept on top\n\n## 2025-01-01 00:00 UTC — older run\n\nold\n",
                   encoding="utf-8")
    done = subprocess.run([sys.executable, "bench/run.py", "--quick", "--work", str(tmp_path / "work"),
                           "--output", str(out), "--requests", "80"], cwd=ROOT, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr
    report = out.read_text(encoding="utf-8")
    new = report.index("`python bench/run.py --quick`")
    assert report.index("## Targets") < new < report.index("## 2025-01-01")  # below the notes, above older runs
    for heading in ("### Targets at 1,000 questions", "### Full build", "### Incremental update",
                    "### Queries at 1,000 questions"):
        assert heading in report
    assert "| 1,000 | " in report and "| library, bench mix, warm |" in report and "SQLite FTS5" in report
    assert "result cache off (80 requests)" in report and "result cache on (80 requests)" in report
    assert "HTTP search page, phrase mix" in report and "HTTP question page" in report
    assert "pre-stemmed column" in report and "Memory of the server's workers" in report
    assert "build 1000 questions" in done.stdout.replace("   ", " ").replace("  ", " ")


def test_the_stages_of_a_query_are_timed(tmp_path):
    """`python bench/stages.py`: every stage of a results page timed, over a small synthetic archive."""
    done = subprocess.run([sys.executable, "bench/stages.py", "--size", "1000", "--rounds", "1",
                           "--work", str(tmp_path / "work")], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "1000 questions, 200 requests x 1 rounds, 10 results a page" in done.stdout
    stages = {line.split()[0]: line.split()[1:] for line in done.stdout.splitlines()[2:]}
    assert {"chosen", "selection", "count_facets", "ranked", "_results", "_snippet"} <= set(stages)
    assert stages["count_facets"][2] == "1.0" and float(stages["_snippet"][2]) > 1  # calls a query
