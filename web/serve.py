"""Run the app with a production WSGI server (waitress)."""
from __future__ import annotations

import waitress

from . import create_app


def serve(index: str, seeds: str, host: str = "127.0.0.1", port: int = 5000, threads: int = 8) -> None:
    app = create_app({"INDEX_DIR": index, "SEEDS_DIR": seeds})
    waitress.serve(app, host=host, port=port, threads=threads, ident="senate-search")
