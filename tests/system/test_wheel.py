"""The package as a user installs it: a wheel built from the tree, installed into a fresh venv,
runs `--help`, `build`, `query` and serves a Dutch page, with no source tree in sight."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """(the fresh venv's python, a folder outside the source tree to run in)."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"  # a copy: building in place would leave build/ and *.egg-info in the tree
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    for name in ("search", "web"):
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(work / "dist"), str(source)],
                   check=True, capture_output=True, timeout=600)
    (wheel,) = (work / "dist").glob("senate_search-*.whl")
    subprocess.run([sys.executable, "-m", "venv", str(work / "venv")], check=True, timeout=300)
    python = work / "venv" / "bin" / "python"
    site = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          check=True, capture_output=True, text=True).stdout.strip()
    # the dependencies are those of this venv (no network needed); the package itself only from the wheel
    Path(site, "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run([python, "-m", "pip", "install", "--no-deps", "-q", str(wheel)], check=True, timeout=300,
                   capture_output=True)
    run_in = work / "elsewhere"
    shutil.copytree(SEEDS, run_in / "seeds")
    return python, run_in, wheel


def run(installed, *args, code: str = ""):
    python, cwd, _ = installed
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "SEARCH_INDEX_DIR", "SEARCH_SEEDS_DIR")}
    cmd = [str(python), "-c", code] if code else [str(python), "-m", "search", *args]
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_the_wheel_holds_every_subpackage_the_templates_and_the_translations(installed):
    names = zipfile.ZipFile(installed[2]).namelist()
    packages = {str(p.parent.relative_to(ROOT)) for p in (ROOT / "search").rglob("__init__.py")}
    assert {p for p in packages if f"{p}/__init__.py" not in names} == set()
    assert "web/templates/search.html" in names and "web/translations/nl/LC_MESSAGES/messages.mo" in names
    assert {"search/ministries/portfolios.csv", "search/ministries/governments.csv",
            "search/ministries/offices.csv", "search/ingest/legislatures.csv"} <= set(names)
    data = {str(p.relative_to(ROOT)) for folder in ("web/templates", "web/static", "web/translations",
                                                    "search/cli/translations")
            for p in (ROOT / folder).rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    assert data - set(names) == set()  # every template (the messages' too), catalogue and static file


def test_it_runs_from_the_installed_package_alone(installed):
    where = run(installed, code="import search, web; print(search.__file__); print(web.__file__)")
    assert where.returncode == 0 and "site-packages" in where.stdout and str(ROOT) not in where.stdout
    helped = run(installed, "--help")
    assert helped.returncode == 0 and "build" in helped.stdout and "query" in helped.stdout
    built = run(installed, "build")
    assert built.returncode == 0 and "2 questions from 2 files" in built.stdout, built.stderr
    found = run(installed, "query", "médias sociaux")
    assert found.returncode == 0 and "5-8917" in found.stdout, found.stderr


def test_the_installed_site_speaks_dutch(installed):
    assert run(installed, "build").returncode == 0
    code = ("from web import create_app; c = create_app({'INDEX_DIR': 'index'}).test_client(); "
            "r = c.get('/nl/?q=media'); print(r.status_code); print(r.get_data(as_text=True))")
    page = run(installed, code=code)
    assert page.stdout.startswith("200") and "Zoeken" in page.stdout, page.stderr
