"""The README's run command: `python -m search serve` in a folder with seeds and no index."""
from __future__ import annotations

import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from urllib.parse import quote

from tests.conftest import ROOT, SEEDS, free_port


def test_serve_builds_the_missing_index_and_answers(tmp_path):
    shutil.copytree(SEEDS, tmp_path / "seeds")
    port = free_port()
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    proc = subprocess.Popen([sys.executable, "-m", "search", "serve", "--port", str(port)], cwd=tmp_path,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        html = None
        for _ in range(150):
            try:
                url = f"http://127.0.0.1:{port}/?q={quote('médias sociaux')}"
                html = urllib.request.urlopen(url, timeout=2).read().decode("utf-8")
                break
            except OSError:
                time.sleep(0.1)
        assert html is not None, "the server did not answer"
        assert "<strong>1</strong> résultat" in html and "(2 questions" in html
        assert "/question/5-8917" in html and "/question/5-8905" in html
        assert (tmp_path / "index" / "current").is_symlink()
        # a query past the app's limit, longer than gunicorn's default request line once encoded:
        # the site's own 400, not the server's raw "414 URI Too Long"
        long_query = quote("sécurité sociale " * 400)
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/?q={long_query}", timeout=5)
            raise AssertionError("a too long query was served")
        except urllib.error.HTTPError as error:
            body = error.read().decode("utf-8")
            assert error.code == 400 and "requête trop longue (6799 caractères, maximum 1000)" in body
    finally:
        proc.terminate()
        out = proc.communicate(timeout=10)[0]
    assert "no index in index/ yet: building it from seeds/" in out
    assert "built gen-" in out and ": 2 questions from 2 files, 74 passages, 0 skipped" in out
