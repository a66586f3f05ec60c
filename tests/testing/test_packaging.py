"""The testing kit is optional: its validator is only in the ``testing`` extra, ``import tokportal_client`` never
loads it, and without the extra it fails with a message naming the extra (while pytest still starts)."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
KIT_MODULES = ("tokportal_client.testing", "tokportal_client.pytest_plugin", "openapi_core", "werkzeug")
# Makes the testing extra look uninstalled: an import of these names raises ImportError.
WITHOUT_EXTRA = "import sys; sys.modules.update({'openapi_core': None, 'werkzeug': None}); "


def python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)


def requirement_names(requirements: list[str]) -> set[str]:
    return {
        r.split(";")[0].split("[")[0].split("=")[0].split(">")[0].split("<")[0].strip().lower() for r in requirements
    }


def test_the_validator_is_only_in_the_testing_extra() -> None:
    base = requirement_names(PYPROJECT["project"]["dependencies"])
    testing = requirement_names(PYPROJECT["project"]["optional-dependencies"]["testing"])
    assert "openapi-core" in testing and "werkzeug" in testing
    assert not base & testing


def test_importing_the_client_loads_nothing_of_the_testing_kit() -> None:
    code = (
        "import sys, tokportal_client, tokportal_client.webhooks, tokportal_client.errors\n"
        f"print(sorted(m for m in sys.modules if m.startswith({KIT_MODULES!r})))"
    )
    result = python(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_without_the_extra_the_kit_names_the_extra() -> None:
    result = python(WITHOUT_EXTRA + "import tokportal_client.testing")
    assert result.returncode != 0
    assert "ImportError: tokportal_client.testing needs the 'testing' extra" in result.stderr
    assert "pip install 'tokportal-client[testing]'" in result.stderr


def test_without_the_extra_the_pytest_plugin_still_loads() -> None:
    """pytest imports the plugin in every project where the package is installed, with or without the extra."""
    result = python(WITHOUT_EXTRA + "import tokportal_client.pytest_plugin as p; print(p.tokportal_mock.__name__)")
    assert result.returncode == 0, result.stderr
    assert "tokportal_mock" in result.stdout
