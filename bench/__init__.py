"""Benchmarks of kipp-check: `python bench/run.py` (see the README's "Performance" section)."""
