# tokportal-client maintainer commands. Everything runs in .venv, created by `make install`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
GENERATED := tokportal_client/_generated

.PHONY: install redis-server generate check-drift lint test spec-diff update-spec check-upstream bench demo clean

install: $(STAMP) redis-server

# Reinstall when the project's dependencies change.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The rate-limit tests run a real Redis (tests/test_ratelimit_live.py): Debian's redis-server, installed only when
# missing and only where we may (root, apt-get). Elsewhere those tests say how to get it.
redis-server:
	@command -v redis-server >/dev/null 2>&1 || [ "$$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1 || { \
		echo "installing redis-server (Debian package) for the rate-limit tests"; \
		out=$$(apt-get update -qq 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server 2>&1) \
		|| { echo "$$out"; exit 1; }; }

generate: $(STAMP)
	$(PY) scripts/generate.py $(GENERATED)

check-drift: $(STAMP)
	$(PY) scripts/check_drift.py

lint: $(STAMP)
	$(PY) -m ruff check tokportal_client scripts tests
	$(PY) -m ruff format --check tokportal_client scripts tests
	$(PY) -m mypy tokportal_client scripts

test: $(STAMP) redis-server check-drift lint
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
