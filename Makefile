# tokportal-client maintainer commands. Everything runs in .venv, created by `make install`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
GENERATED := tokportal_client/_generated

.PHONY: install generate check-drift lint test spec-diff update-spec check-upstream bench demo clean

install: $(STAMP)

# Reinstall when the project's dependencies change.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

generate: $(STAMP)
	$(PY) -m scripts.generate $(GENERATED)

check-drift: $(STAMP)
	$(PY) -m scripts.check_drift

lint: $(STAMP)
	$(PY) -m ruff check tokportal_client scripts tests
	$(PY) -m ruff format --check tokportal_client scripts tests
	$(PY) -m mypy tokportal_client scripts

test: $(STAMP) check-drift lint
	$(PY) -m pytest -q

spec-diff: $(STAMP)
	@test -n "$(OLD)" -a -n "$(NEW)" || { echo "usage: make spec-diff OLD=<path or URL> NEW=<path or URL>"; exit 2; }
	@$(PY) scripts/spectools.py diff "$(OLD)" "$(NEW)"

update-spec: $(STAMP)
	@test -n "$(SPEC)" || { echo "usage: make update-spec SPEC=<path or URL>"; exit 2; }
	$(PY) scripts/spectools.py update "$(SPEC)"

check-upstream: $(STAMP)
	@$(PY) scripts/spectools.py check-upstream

# Benchmarks: ratios measured side by side in one run (bench-only dependencies in scripts/bench-requirements.txt).
bench: $(STAMP)
	$(PY) -m pip install --quiet -r scripts/bench-requirements.txt
	$(PY) scripts/bench.py

# The quickstart walkthrough against a local mock of the API (or the real API, as a dry run, with TOKPORTAL_API_KEY set).
demo: $(STAMP)
	$(PY) scripts/demo.py $(ARGS)

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
