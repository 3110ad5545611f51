"""Benchmarks (run.py) and the process helpers they share with the tests (procs.py)."""
