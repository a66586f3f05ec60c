# tokportal-client maintainer commands. Everything runs in .venv, created by `make install`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
GENERATED := tokportal_client/_generated
# Interpreters `make test-matrix` runs the unit and contract tests on, each in its own .venv-X.Y, when present.
MATRIX := 3.11 3.12 3.13

.PHONY: install redis-server generate check-drift lint test test-slow test-matrix ci dist-check sdist-test spec-diff update-spec check-upstream bench demo clean

install: $(STAMP) redis-server

# Reinstall when the project's dependencies change. pip >= 25.1 installs PEP 735 dependency groups (--group).
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e . --group dev
	touch $(STAMP)

# The venv of another interpreter, found on PATH or in pyenv by scripts/find_python.py.
.venv-%/.installed: pyproject.toml
	interpreter=$$($(PYTHON) scripts/find_python.py $*) && $$interpreter -m venv .venv-$*
	.venv-$*/bin/python -m pip install --quiet --upgrade pip
	.venv-$*/bin/python -m pip install --quiet -e . --group dev
	touch $@

# The generated package and the API reference (docs/api.md), from openapi.json and custom_templates/.
generate: $(STAMP)
	$(PY) -m scripts.generate $(GENERATED) --docs docs/api.md

check-drift: $(STAMP)
	$(PY) -m scripts.check_drift

lint: $(STAMP)
	$(PY) -m ruff check tokportal_client scripts tests
	$(PY) -m ruff format --check tokportal_client scripts tests
	$(PY) -m mypy tokportal_client scripts

test: $(STAMP) redis-server check-drift lint
	$(PY) -m pytest -q -m "not slow"

# The long suites (real Temporal and Celery servers), run by make ci.
test-slow: $(STAMP) redis-server
	$(PY) -m pytest -q -m slow

# The unit and contract tests (all but the maintainer tools' tests/scripts) on each interpreter of MATRIX the
# machine has; a missing one is skipped with a message.
test-matrix:
	@for version in $(MATRIX); do \
	  if ! $(PYTHON) scripts/find_python.py $$version >/dev/null 2>&1; then \
	    echo "test-matrix: Python $$version not found, skipped"; continue; fi; \
	  $(MAKE) --no-print-directory .venv-$$version/.installed || exit 1; \
	  echo "test-matrix: Python $$version"; \
	  .venv-$$version/bin/python -m pytest -q -m "not slow" --ignore=tests/scripts || exit 1; \
	done

# What .ci/run runs: everything on the default interpreter, then the unit and contract tests on the others.
ci: test test-slow
	$(MAKE) --no-print-directory test-matrix MATRIX="$(filter-out $(shell $(PY) -c 'import sys; print("%d.%d" % sys.version_info[:2])'),$(MATRIX))"

# Build wheel and sdist into dist/, twine check them, check their contents, and call a loopback server from the
# wheel installed into fresh Python 3.12 and 3.13 venvs.
dist-check: $(STAMP)
	$(PY) scripts/release_check.py dist

# `make test` from the unpacked sdist, as a distribution packager runs it (a few minutes: a venv of its own).
sdist-test: $(STAMP)
	$(PY) scripts/release_check.py sdist --python $(PYTHON)

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
	$(PY) -m scripts.bench

# The quickstart walkthrough against a local mock of the API (or the real API, as a dry run, with TOKPORTAL_API_KEY set).
demo: $(STAMP)
	$(PY) scripts/demo.py $(ARGS)

clean:
	rm -rf $(VENV) .venv-* build dist .mypy_cache .ruff_cache .pytest_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
