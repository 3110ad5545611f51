"""The time budget per request, through the production server: the worst queries anyone can
build come back, marked partial, and ordinary queries sent meanwhile are answered in full.

The server's budget is 0.5 s here; the worst queries ask for less with `timeout` (as
Elasticsearch's search `timeout`), so that they run past their budget on any machine."""
from __future__ import annotations

import json
import threading
from urllib.parse import quote

import pytest

from search.api import build
from search.tools.synth import synthesize

from tests.serving import Server

pytestmark = pytest.mark.slow

PREFIXES = " OU ".join(f"{a}{b}*" for a in "acdeimprst" for b in "aeiou")[:990]  # 50 prefixes
WORST = [
    PREFIXES,
    " ".join(f'"de la {w}"' for w in ("mesure", "sécurité", "politique", "santé", "justice", "ministre")),
    " OU ".join(f"{a}{b}{c}*" for a in "cdmp" for b in "aeiou" for c in "nrs")[:990],
]
ORDINARY = ["ministre", "sécurité sociale", '"ont été"', "statut:en-attente justice", "pension OU retraite"]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("budget")
    synthesize(3000, root / "seeds", seed=9)
    build(root / "seeds", root / "index")
    with Server(root / "index", env={"SEARCH_TIME_BUDGET": "0.5", "SEARCH_RESULT_CACHE": "0"}) as s:
        yield s


def api(server, q: str, timeout: str = "") -> dict:
    status, body = server.get(f"/api/search?q={quote(q)}" + (f"&timeout={timeout}" if timeout else ""))
    assert status == 200, body[:300]
    return json.loads(body)


def test_the_worst_queries_return_what_they_found_marked_partial(server):
    for q in WORST:
        data = api(server, q, timeout="0.0001")
        assert data["partial"] is True, q[:60]
        assert api(server, q)["partial"] is False  # within the server's own budget it completes
    status, body = server.get(f"/?q={quote(WORST[0])}&timeout=0.0001")
    assert status == 200 and "Résultats partiels" in body.decode()
    status, body = server.get("/api/search?q=x&timeout=-1")
    assert status == 400 and "timeout" in body.decode()


def test_ordinary_queries_are_answered_in_full_while_the_worst_run(server):
    results: dict[str, list] = {"worst": [], "ordinary": []}
    lock = threading.Lock()

    def send(kind: str, queries: list[str], rounds: int) -> None:
        for _ in range(rounds):
            for q in queries:
                data = api(server, q, timeout="0.0001" if kind == "worst" else "")
                with lock:
                    results[kind].append((q, data["partial"], data["questions"]))

    threads = [threading.Thread(target=send, args=("worst", WORST, 4)) for _ in range(4)]
    threads += [threading.Thread(target=send, args=("ordinary", ORDINARY, 4)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results["worst"]) == 4 * 4 * len(WORST) and len(results["ordinary"]) == 2 * 4 * len(ORDINARY)
    assert all(partial for _, partial, _ in results["worst"])
    assert not any(partial for _, partial, _ in results["ordinary"])
    assert any(count for _, _, count in results["ordinary"])
