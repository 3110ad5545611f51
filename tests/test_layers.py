"""The house's plan, held against its code: each package imports only the layers below it, no module
imports itself back in a circle, the top level holds only the public surface, and every package's
docstring names each of its modules."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

PACKAGE = ROOT / "search"
# each part of search/, with its layer: a part imports only parts of a lower layer (or itself)
LAYERS = {
    "ids": 0,
    "errors": 1, "model": 1, "text": 1,
    "ministries": 2,
    "facets": 3, "ingest": 3, "tools": 3,
    "index": 4, "query": 4, "harvest": 4,
    "matching": 5, "indexer": 5,
    "widening": 6,
    "service": 7,
    "alerts": 8,
    "api": 9,
    "cli": 10, "__main__": 11,
}
TOP_LEVEL = {"__init__", "__main__", "api", "errors", "ids", "model", "facets"}  # the public surface, and the facet table


def modules() -> dict[str, Path]:
    """search.x.y -> its file."""
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


def imports(name: str, path: Path, known: set[str]) -> set[str]:
    """The modules of search that `name` imports (at any depth of its code)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            targets = [base] + [f"{base}.{a.name}" for a in node.names]
        else:
            continue
        found |= {t for t in targets if t in known and t != name}
    return found


def part(name: str) -> str:
    return name.split(".")[1] if name.count(".") else ""


GRAPH = {name: imports(name, path, set(modules())) for name, path in modules().items()}


def test_every_part_has_a_layer():
    assert {part(name) for name in GRAPH if name != "search"} == set(LAYERS)


@pytest.mark.parametrize("name", sorted(GRAPH))
def test_no_import_runs_back_up_a_layer(name):
    if name == "search":
        return
    for target in GRAPH[name]:
        if target == "search" or part(target) == part(name):
            continue
        assert LAYERS[part(target)] < LAYERS[part(name)], f"{name} imports {target}, a layer above or beside it"


def test_no_circles():
    seen, stack = set(), []

    def visit(name):
        if name in stack:
            raise AssertionError("circle: " + " -> ".join(stack[stack.index(name):] + [name]))
        if name in seen:
            return
        stack.append(name)
        for target in GRAPH[name]:
            visit(target)
        stack.pop()
        seen.add(name)

    for name in GRAPH:
        visit(name)


def test_the_top_level_holds_only_the_public_surface():
    assert {p.stem for p in PACKAGE.glob("*.py")} == TOP_LEVEL


def test_the_edges_import_only_the_public_surface():
    """web/ and the CLI read input, call the library through search.api, format what it returns."""
    known = set(modules())
    for path in [*(ROOT / "web").glob("*.py"), *(PACKAGE / "cli").glob("*.py")]:
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        used = {t for t in imports(name, path, known) if not t.startswith("search.cli")}
        assert used <= {"search.api", "search.errors", "search.tools.synth"}, (name, used)


@pytest.mark.parametrize("package", sorted(p.parent for p in PACKAGE.rglob("__init__.py")), ids=lambda p: p.name)
def test_each_package_docstring_names_its_modules(package):
    doc = ast.get_docstring(ast.parse((package / "__init__.py").read_text(encoding="utf-8")), clean=False) or ""
    named = {line.split()[0] for line in doc.splitlines() if line.startswith("    ") and line[4:5].strip()}
    members = {p.stem for p in package.glob("*.py") if p.stem != "__init__"} | \
              {p.name for p in package.iterdir() if (p / "__init__.py").exists()}
    if package == PACKAGE:
        members = {p.name for p in package.iterdir() if (p / "__init__.py").exists()}
    assert members <= named and named <= members | {""}, (sorted(members - named), sorted(named - members))
