"""Shared fixtures: the test corpus (seeds + variants + corpus) built once per session."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from search.api import Engine, build

from .serving import free_port  # noqa: F401  (tests import it from here)

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEEDS = ROOT / "seeds"
VARIANTS = FIXTURES / "variants"
CORPUS = FIXTURES / "corpus"
RENDERINGS = FIXTURES / "renderings"
SEED_8917 = SEEDS / "000_7920259182f321fb.txt"
SEED_8905 = SEEDS / "001_027051f1b7c14e72.txt"


def fixture_questions():
    """Every fixture page that parses, as a Question (the one non-question is left out)."""
    from search.api import ParseError, parse_file

    for folder in (SEEDS, VARIANTS, CORPUS):
        for path in sorted(folder.glob("*.txt")):
            try:
                yield parse_file(path)
            except ParseError:
                continue


def copy_corpus(dest: Path, *sources: Path) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    for source in sources:
        for path in source.glob("*.txt"):
            shutil.copy(path, dest / path.name)
    return dest


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory) -> Path:
    """Every fixture document, the one non-question included."""
    return copy_corpus(tmp_path_factory.mktemp("corpus") / "seeds", SEEDS, VARIANTS, CORPUS)


@pytest.fixture(scope="session")
def built(corpus_dir, tmp_path_factory):
    index = tmp_path_factory.mktemp("built") / "index"
    report = build(corpus_dir, index)
    return index, report


@pytest.fixture(scope="session")
def index_dir(built) -> Path:
    return built[0]


@pytest.fixture(scope="session")
def engine(index_dir) -> Engine:
    return Engine(index_dir)


@pytest.fixture(scope="session")
def app(index_dir):
    from web import create_app

    return create_app({"INDEX_DIR": str(index_dir), "TESTING": True})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture(scope="session")
def seeds_index(tmp_path_factory) -> Path:
    """An index of the two real seeds only."""
    index = tmp_path_factory.mktemp("seeds") / "index"
    build(SEEDS, index)
    return index


@pytest.fixture(scope="session")
def bilingual_dir(tmp_path_factory) -> Path:
    """The seeds and a page of every rendering: questions in French, in Dutch, and in both."""
    return copy_corpus(tmp_path_factory.mktemp("bilingual") / "seeds", SEEDS, RENDERINGS)


@pytest.fixture(scope="session")
def bilingual_index(bilingual_dir, tmp_path_factory) -> Path:
    index = tmp_path_factory.mktemp("bilingual") / "index"
    build(bilingual_dir, index)
    return index


@pytest.fixture(scope="session")
def relevance_index_nl(tmp_path_factory) -> Path:
    """An index of the Dutch relevance corpus (tests/relevance/pages_nl/)."""
    from .relevance.dutch import PAGES_NL
    from .relevance.evaluate import build_index

    return build_index(tmp_path_factory.mktemp("relevance-nl"), PAGES_NL)


@pytest.fixture(scope="session")
def relevance_index(tmp_path_factory) -> Path:
    """An index of the relevance corpus (tests/relevance/pages/): 161 questions on 40 subjects."""
    from .relevance.evaluate import build_index

    return build_index(tmp_path_factory.mktemp("relevance"))


@pytest.fixture(scope="session")
def relevance_engine(relevance_index) -> Engine:
    return Engine(relevance_index)


@pytest.fixture(scope="session")
def relevance_app(relevance_index):
    from web import create_app

    return create_app({"INDEX_DIR": str(relevance_index), "TESTING": True})


@pytest.fixture(scope="session")
def bilingual_app(bilingual_index):
    from web import create_app

    return create_app({"INDEX_DIR": str(bilingual_index), "TESTING": True})


@pytest.fixture(scope="session")
def bilingual_engine(bilingual_index) -> Engine:
    return Engine(bilingual_index)
