# tokportal-client maintainer commands. Everything runs in .venv, created by `make install`.

# The tests start dozens of Python processes (xdist workers, the command line, MCP servers, job workers, check-drift)
# that each import the package's few hundred modules: where the environment sets PYTHONDONTWRITEBYTECODE, each of
# them compiled every module again (and pytest rewrote every assert again). The bytecode caches go to __pycache__/,
# which git and the builds ignore.
unexport PYTHONDONTWRITEBYTECODE
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
GENERATED := tokportal_client/_generated
# Interpreters `make test-matrix` runs the unit and contract tests on, each in its own .venv-X.Y, when present.
MATRIX := 3.11 3.12 3.13

.PHONY: install services redis-server tmux generate check-drift lint test pytest test-matrix ci dist-check sdist-test spec-diff update-spec check-upstream bench demo clean

install: $(STAMP) services

# tmux: the command line's progress-bar test drives a terminal through it. Installed from Debian when missing and
# root (as CI runs); elsewhere install it yourself.
tmux:
	@command -v tmux >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tmux >/dev/null; \
	  else echo "make: tmux not found (needed by tests/cli): install it (apt-get install tmux, brew install tmux)"; fi; }

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

# The services the tests use, installed when missing: redis-server (tests/test_ratelimit_live.py), Debian's package
# through apt-get, as root or with password-less sudo. Where that is impossible it says what to run; the tests that
# need it then skip with that command (fail under CI=true, where no test may be skipped).
# (REDIS_SERVER and APT_GET are variables only so that the tests can run this recipe against stand-ins.)
REDIS_SERVER ?= redis-server
APT_GET ?= apt-get
services: tmux
	@if command -v $(REDIS_SERVER) >/dev/null 2>&1; then exit 0; fi; \
	if ! command -v $(APT_GET) >/dev/null 2>&1; then \
	  echo "make services: redis-server is missing and there is no apt-get: install Redis (brew install redis, ...)"; \
	  exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then sudo=""; \
	elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo -n"; \
	else echo "make services: redis-server is missing; run: sudo apt-get install -y redis-server"; exit 0; fi; \
	echo "make services: installing redis-server (Debian package) for the rate-limit tests"; \
	out=$$($$sudo $(APT_GET) update -qq 2>&1 && DEBIAN_FRONTEND=noninteractive $$sudo $(APT_GET) install -y -qq redis-server 2>&1) \
	  || { echo "$$out"; echo "make services: apt-get install redis-server failed"; exit 1; }

redis-server: services

# The generated package and the API reference (docs/api.md), from openapi.json and custom_templates/; then the
# command line's reference (docs/cli.md) from the new registry.
generate: $(STAMP)
	$(PY) -m scripts.generate $(GENERATED) --docs docs/api.md
	$(PY) -m tokportal_client.cli._docs --root .

check-drift: $(STAMP)
	$(PY) -m scripts.check_drift

lint: $(STAMP)
	$(PY) -m ruff check tokportal_client scripts tests
	$(PY) -m ruff format --check tokportal_client scripts tests
	$(PY) -m mypy tokportal_client scripts

# Workers of `make test` (pytest-xdist; 0 runs in one process). Files stay whole on one worker (--dist loadfile):
# a module's fixtures, its session mock and its checks across tests keep working as they do in one process.
# Three on a 2-core machine: a third of the suite's time is spent waiting (loopback servers holding answers,
# Retry-After, child processes), which a third worker fills (measured: 145 s with two, 120 s with three, 126 s with four).
PYTEST_WORKERS ?= 3
PYTEST_ARGS ?=

# The edit-test loop: drift and lint side by side (each mostly one core; each one's output printed whole), then
# every test but the `slow` ones, on PYTEST_WORKERS workers; prints its wall time.
test: $(STAMP) services
	@start=$$(date +%s); \
	$(MAKE) --no-print-directory -j2 --output-sync=target check-drift lint \
	  && $(MAKE) --no-print-directory pytest PYTEST_MARK="not slow"; status=$$?; \
	echo "make test: $$(( $$(date +%s) - start )) s wall (exit $$status)"; exit $$status

PYTEST_MARK ?=
pytest: $(STAMP)
	$(PY) -m pytest -q $(if $(filter-out 0,$(PYTEST_WORKERS)),-n $(PYTEST_WORKERS) --dist loadfile) \
	  $(if $(PYTEST_MARK),-m "$(PYTEST_MARK)") $(PYTEST_ARGS)

# The suites marked slow (exhaustive sweeps, 100k-item and 512 MiB runs); `make ci` runs them after `make test`.
test-slow: $(STAMP) redis-server tmux
	$(PY) -m pytest -q -m slow

# The unit and contract tests (all but the maintainer tools' tests/scripts and the slow suites, which `make ci`
# runs on the default interpreter) on each interpreter of MATRIX the
# machine has; a missing one is skipped with a message.
test-matrix:
	@for version in $(MATRIX); do \
	  if ! $(PYTHON) scripts/find_python.py $$version >/dev/null 2>&1; then \
	    echo "test-matrix: Python $$version not found, skipped"; continue; fi; \
	  $(MAKE) --no-print-directory .venv-$$version/.installed || exit 1; \
	  echo "test-matrix: Python $$version"; \
	  .venv-$$version/bin/python -m pytest -q $(if $(filter-out 0,$(PYTEST_WORKERS)),-n $(PYTEST_WORKERS) --dist loadfile) -m "not slow" --ignore=tests/scripts || exit 1; \
	done

# What .ci/run runs: drift, lint and every test including the `slow` ones on the default interpreter, then the
# unit and contract tests on the others.
ci: $(STAMP) services
	@start=$$(date +%s); \
	$(MAKE) --no-print-directory -j2 --output-sync=target check-drift lint \
	  && $(MAKE) --no-print-directory pytest PYTEST_MARK=; status=$$?; \
	echo "make ci: tests $$(( $$(date +%s) - start )) s wall (exit $$status)"; exit $$status
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
