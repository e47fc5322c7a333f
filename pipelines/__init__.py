"""Item pipelines: extract, tag, store (one concern each)."""
