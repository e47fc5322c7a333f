# sectorwatch: the two commands a newcomer needs are `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= sectorwatch.db

.PHONY: install install-test demo test eval bench patterns clean

# The runtime: a virtual environment with the pinned dependencies (constraints.txt pins
# every transitive package too, so a fresh clone installs what CI tested).
install: $(VENV)/.installed
$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -c constraints.txt -e .
	touch $@

# The runtime plus the test tools.
install-test: $(VENV)/.installed-test
$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test]'
	touch $@

# Crawl the local replay of the sector's sites into $(DB), print what was stored and the alerts.
demo: install
	$(BIN)/sectorwatch demo --db $(DB)

test: install-test
	$(BIN)/pytest -q

eval: install-test
	$(BIN)/python -m tests.evaluate

bench: install-test
	$(BIN)/python -m tests.bench

# Regenerate nlp/patterns/authorities.jsonl from the reference data in nlp/data/.
patterns: install
	$(BIN)/python -m nlp.build_patterns

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache
