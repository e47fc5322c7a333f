"""Datasette plugins loaded with `--plugins-dir` by `sectorwatch serve` (see limits.py)."""
