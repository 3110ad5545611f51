"""The command line, `python -m search` (also `senate-search`), in English throughout.

    commands    build, update, query, parse, stats, serve, synth: each reads its options, calls the library, prints
    english     the library's query errors in English
"""
from .commands import main

__all__ = ["main"]
