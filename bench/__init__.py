"""Benchmarks (run.py, ab.py, peers.py, steps.py, stages.py, hostile.py) and the process helpers they share with the
tests (procs.py)."""
