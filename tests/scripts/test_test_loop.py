"""The test loop's own rules (tests/conftest.py, Makefile): nothing skipped silently under CI, the operation focus
of the spec-bump test, the slow marker, and a Makefile that installs the services the tests use."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")


def pytest_run(*args: str, env: dict[str, str] | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """pytest in a subprocess with the project's conftest as a plugin, without xdist."""
    environment = {k: v for k, v in os.environ.items() if k not in ("CI", "TOKPORTAL_TEST_OPERATIONS")}
    environment |= {"PYTHONPATH": str(ROOT)} | (env or {})
    command = [sys.executable, "-m", "pytest", "-p", "tests.conftest", "-p", "no:xdist", "-q", *args]
    return subprocess.run(command, cwd=cwd, env=environment, capture_output=True, text=True, timeout=300)


def test_a_skip_fails_under_ci_with_its_reason(tmp_path: Path) -> None:
    (tmp_path / "test_skips.py").write_text(
        "import pytest\n\n"
        "def test_needs_a_service():\n"
        "    pytest.skip('redis-server not found: apt-get install redis-server')\n\n"
        "@pytest.mark.xfail(reason='known')\n"
        "def test_known_failure():\n"
        "    assert False\n",
        encoding="utf-8",
    )
    local = pytest_run("-p", "no:cacheprovider", str(tmp_path / "test_skips.py"))
    assert local.returncode == 0 and "1 skipped" in local.stdout and "1 xfailed" in local.stdout, local.stdout
    ci = pytest_run("-p", "no:cacheprovider", "-rf", str(tmp_path / "test_skips.py"), env={"CI": "true"})
    assert ci.returncode == 1 and "1 failed" in ci.stdout and "1 xfailed" in ci.stdout, ci.stdout
    assert "skipped under CI=true" in ci.stdout and "apt-get install redis-server" in ci.stdout


FOCUSED = """
import pytest
from tokportal_client._generated.registry import OPERATIONS

RECORDS = sorted(OPERATIONS.values(), key=lambda op: op.operation_id)

@pytest.mark.parametrize("operation_id", [op.operation_id for op in RECORDS])
def test_by_operation_id(operation_id): pass

@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_by_method_name(name): pass

@pytest.mark.parametrize("record", RECORDS, ids=lambda op: op.operation_id)
def test_by_record(record): pass

@pytest.mark.parametrize("size", [1, 2])
def test_not_by_operation(size): pass

def test_plain(): pass
"""


def test_operation_focus_keeps_the_focused_operation_and_the_rest(tmp_path: Path) -> None:
    """TOKPORTAL_TEST_OPERATIONS deselects the tests parametrized by another operation (by operationId, method
    name or record), and keeps the others; an operationId the registry lacks is a usage error."""
    (tmp_path / "test_focused.py").write_text(FOCUSED, encoding="utf-8")
    focus = pytest_run(
        "-p", "no:cacheprovider", str(tmp_path), env={"TOKPORTAL_TEST_OPERATIONS": "listAccountBans,getBundle"}
    )
    assert focus.returncode == 0, focus.stdout + focus.stderr
    assert "9 passed" in focus.stdout and "deselected" in focus.stdout, focus.stdout
    unknown = pytest_run("-p", "no:cacheprovider", str(tmp_path), env={"TOKPORTAL_TEST_OPERATIONS": "getBundel"})
    assert unknown.returncode != 0 and "getBundel" in unknown.stdout + unknown.stderr


def dry_run(target: str) -> str:
    """What ``make -n <target>`` would run (sub-makes included), as one string. MATRIX is emptied: the test-matrix
    loop calls make, so make runs it even under -n."""
    done = subprocess.run(["make", "-n", target, "MATRIX="], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.replace("\\\n", " ")


def test_make_test_leaves_slow_suites_to_make_ci_and_prints_its_wall_time() -> None:
    test = dry_run("test")
    pytest_lines = [line for line in test.splitlines() if " -m pytest" in line]
    assert len(pytest_lines) == 1 and '-m "not slow"' in pytest_lines[0]
    assert "check_drift" in test and "mypy" in test and "s wall" in test
    ci = [line for line in dry_run("ci").splitlines() if " -m pytest" in line]
    assert ci and "slow" not in ci[0]  # the default interpreter runs everything, the slow suites included
    assert all('-m "not slow"' in line for line in ci[1:])  # the other interpreters: the unit and contract tests
    assert "make ci" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_make_install_installs_redis_server_when_missing(tmp_path: Path) -> None:
    """`make install` depends on `services`, which runs apt-get when redis-server is not on PATH (here a stand-in
    apt-get that records its arguments, and a redis-server name nothing answers to)."""
    install = re.search(r"^install:(.*)$", MAKEFILE, re.MULTILINE)
    assert install and "services" in install.group(1).split()
    calls = tmp_path / "calls"
    apt_get = tmp_path / "apt-get"
    apt_get.write_text(f'#!/bin/sh\necho "$@" >> {calls}\n', encoding="utf-8")
    apt_get.chmod(0o755)
    absent = "redis-server-that-is-not-installed"

    def services(*variables: str) -> subprocess.CompletedProcess[str]:
        command = ["make", "--no-print-directory", "services", *variables]
        return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=60)

    present = services(f"APT_GET={apt_get}")
    assert present.returncode == 0 and not calls.exists(), "redis-server is on PATH: nothing to install"
    missing = services(f"REDIS_SERVER={absent}", f"APT_GET={apt_get}")
    assert missing.returncode == 0, missing.stdout + missing.stderr
    if os.geteuid() == 0:
        assert calls.read_text(encoding="utf-8").splitlines() == ["update -qq", "install -y -qq redis-server"]
        assert "installing redis-server" in missing.stdout
    else:  # without root (and password-less sudo) it says what to run
        assert "apt-get install -y redis-server" in missing.stdout or calls.exists()
    failing = tmp_path / "apt-get-failing"
    failing.write_text("#!/bin/sh\necho 'E: Unable to locate package' >&2\nexit 100\n", encoding="utf-8")
    failing.chmod(0o755)
    if os.geteuid() == 0:
        broken = services(f"REDIS_SERVER={absent}", f"APT_GET={failing}")
        assert broken.returncode != 0 and "Unable to locate package" in broken.stdout
