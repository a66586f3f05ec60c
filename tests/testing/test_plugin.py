"""The pytest plugin: registered through the ``pytest11`` entry point, it gives any project the
``tokportal_mock`` fixture without configuration, and costs nothing to a project that does not use it."""

from __future__ import annotations

import importlib.metadata
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tokportal_client.testing import MockServer

USER_PROJECT = Path(__file__).resolve().parent / "user_project"


def run_pytest(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """pytest in a fresh process, in ``project`` (no configuration file above it: a user's project)."""
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.fixture
def user_project(tmp_path: Path) -> Path:
    shutil.copy(USER_PROJECT / "test_user_integration.py", tmp_path)
    return tmp_path


def test_the_plugin_is_registered_as_a_pytest11_entry_point() -> None:
    entry_points = [ep for ep in importlib.metadata.entry_points(group="pytest11") if ep.value.startswith("tokportal")]
    assert [(ep.name, ep.value) for ep in entry_points] == [("tokportal_client", "tokportal_client.pytest_plugin")]


def test_a_user_project_gets_the_fixture_from_the_entry_point(user_project: Path) -> None:
    result = run_pytest(user_project)
    assert result.returncode == 0, result.stdout + result.stderr
    collected = (USER_PROJECT / "test_user_integration.py").read_text(encoding="utf-8").count("\ndef test_")
    assert f"{collected} passed" in result.stdout


def test_without_the_plugin_the_fixture_does_not_exist(user_project: Path) -> None:
    """What provides ``tokportal_mock`` is the entry point: disabling the plugin by its name removes it."""
    result = run_pytest(user_project, "-p", "no:tokportal_client")
    assert result.returncode != 0
    assert "fixture 'tokportal_mock' not found" in result.stdout


def test_each_test_gets_a_fresh_running_mock(tokportal_mock: MockServer, pytestconfig: pytest.Config) -> None:
    assert tokportal_mock.base_url.startswith("http://127.0.0.1:")
    assert not tokportal_mock.requests and not tokportal_mock.state.bundles
    tokportal_mock.client().bundles.list_bundles()
    assert [r.operation_id for r in tokportal_mock.requests] == ["listBundles"]
    assert pytestconfig.pluginmanager.has_plugin("tokportal_client")


@pytest.mark.tokportal_mock(api_key="sk_" + "9" * 64, credits=40, countries={"FRA": "France"})
def test_the_marker_passes_options_to_the_mock(tokportal_mock: MockServer) -> None:
    client = tokportal_mock.client()
    assert client.credits.get_credit_balance().data.total_credits == 40
    assert [c.code for c in client.reference.list_countries().data] == ["FRA"]
    assert tokportal_mock.requests[0].headers["x-api-key"] == "sk_" + "9" * 64
