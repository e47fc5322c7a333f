"""Imported once by the worker processes' fork server (pipelines/parallel.py): it loads the
tagger and imports the extractor there, so every worker forked from it starts with them in
memory (loaded once, pages shared) instead of each loading its own."""

import os

if os.environ.get("SECTORWATCH_PRELOAD_MODEL") is not None:
    try:
        import pipelines.extract  # noqa: F401 - trafilatura and its data
        from nlp.pipeline import get_nlp

        get_nlp(os.environ["SECTORWATCH_PRELOAD_MODEL"] or None)
    except Exception:  # noqa: BLE001 - a worker loading it later reports the problem
        pass
