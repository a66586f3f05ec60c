"""Packaging metadata and the pure parts of the release tooling (the builds: `make dist-check`, `make sdist-test`)."""

from __future__ import annotations

import os
import re
import stat
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from scripts import find_python, release_check

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT: dict[str, Any] = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
README = (ROOT / "README.md").read_text(encoding="utf-8")


def pypi_readme() -> str:
    """README.md as hatch-fancy-pypi-readme turns it into the PyPI description (re.sub of each substitution)."""
    text = README
    for substitution in PYPROJECT["tool"]["hatch"]["metadata"]["hooks"]["fancy-pypi-readme"]["substitutions"]:
        text = re.sub(substitution["pattern"], substitution["replacement"], text)
    return text


def outside_code(text: str) -> list[str]:
    """The lines of a Markdown text that are not inside fenced code blocks."""
    lines, fenced = [], False
    for line in text.splitlines():
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced:
            lines.append(line)
    return lines


def test_the_pypi_description_has_only_absolute_links() -> None:
    assert release_check.relative_links(README), "the README has relative links: the rewrite has something to do"
    assert release_check.relative_links(pypi_readme()) == []


def test_the_rewrite_touches_links_only_outside_code_blocks() -> None:
    before, after = README.splitlines(), pypi_readme().splitlines()
    assert len(before) == len(after)
    prose = set(outside_code(README))
    changed = [old for old, new in zip(before, after, strict=True) if old != new]
    assert changed and all(line in prose for line in changed)


def test_rewritten_links_point_into_the_repository() -> None:
    repository = PYPROJECT["project"]["urls"]["Repository"]
    targets = release_check.MARKDOWN_LINK.findall(pypi_readme())
    rewritten = {t for t in targets if t not in release_check.MARKDOWN_LINK.findall(README)}
    assert rewritten and all(
        t.startswith(repository + "/blob/main/") or t.startswith(repository + "#") for t in rewritten
    )
    for target in (t.removeprefix(repository + "/blob/main/") for t in rewritten if "/blob/main/" in t):
        assert (ROOT / target).exists(), target
    anchors = {t.split("#", 1)[1] for t in rewritten if t.startswith(repository + "#")}
    headings = {re.sub(r"[^a-z0-9 -]", "", h.lower()).replace(" ", "-") for h in re.findall(r"^#+ (.+)$", README, re.M)}
    assert anchors <= headings


def test_project_urls_name_one_repository() -> None:
    urls = PYPROJECT["project"]["urls"]
    assert set(urls) >= {"Homepage", "Repository", "Issues", "Changelog"}
    assert all(url.startswith(urls["Repository"]) for url in urls.values())


def test_classifiers_name_every_python_the_ci_tests() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    matrix = re.search(r"^MATRIX := (.+)$", makefile, re.M)
    assert matrix is not None
    versions = matrix.group(1).split()
    classifiers = PYPROJECT["project"]["classifiers"]
    assert {f"Programming Language :: Python :: {v}" for v in versions} <= set(classifiers)
    assert PYPROJECT["project"]["requires-python"] == f">={min(versions, key=lambda v: tuple(map(int, v.split('.'))))}"


def test_license_ships_and_maintainer_tools_are_no_published_extra() -> None:
    license_text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert license_text.startswith("MIT License") and "the tokportal-client authors" in license_text
    assert PYPROJECT["project"]["license"] == "MIT" and PYPROJECT["project"]["license-files"] == ["LICENSE"]
    assert "dev" not in PYPROJECT["project"].get("optional-dependencies", {})
    tools = {re.split(r"[<>=!~\[ ]", requirement)[0] for requirement in PYPROJECT["dependency-groups"]["dev"]}
    assert {"build", "twine", "pytest", "mypy", "ruff"} <= tools


def test_the_sdist_carries_what_make_test_reads() -> None:
    included = PYPROJECT["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]
    assert all((ROOT / path).exists() for path in included)
    assert set(release_check.SDIST_MEMBERS) | {"tests", "examples", "scripts", "custom_templates"} <= set(included)


# -- finding interpreters -----------------------------------------------------------------------------------------


def fake_python(path: Path, prints: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"#!/bin/sh\necho {prints}\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)


def test_find_python_prefers_path_then_the_newest_pyenv_release(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    versions = tmp_path / "pyenv" / "versions"
    for name in ("3.12.1", "3.12.10", "3.12.9", "3.12.11t", "3.13.0"):
        fake_python(versions / name / "bin" / "python3.12", "3.12")
    fake_python(versions / "3.12.2" / "bin" / "python3.12", "3.11")  # broken: not the version it claims
    monkeypatch.setenv("PYENV_ROOT", str(tmp_path / "pyenv"))
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert find_python.find("3.12") == versions / "3.12.10" / "bin" / "python3.12"
    assert find_python.find("3.14") is None
    on_path = tmp_path / "bin" / "python3.12"
    fake_python(on_path, "3.12")
    monkeypatch.setenv("PATH", str(on_path.parent) + os.pathsep + str(tmp_path / "empty"))
    assert find_python.find("3.12") == on_path


def test_find_python_skips_an_interpreter_that_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    versions = tmp_path / "pyenv" / "versions"
    fake_python(versions / "3.13.2" / "bin" / "python3.13", "3.13; exit 1")  # a shim with no such version
    fake_python(versions / "3.13.1" / "bin" / "python3.13", "3.13")
    monkeypatch.setenv("PYENV_ROOT", str(tmp_path / "pyenv"))
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert find_python.find("3.13") == versions / "3.13.1" / "bin" / "python3.13"
    assert find_python.main(["3.13"]) == 0
    assert find_python.main(["three"]) == 2


def test_find_python_runs_on_the_interpreter_running_the_tests() -> None:
    version = f"{sys.version_info[0]}.{sys.version_info[1]}"
    assert find_python.works(Path(sys.executable), version)
    assert not find_python.works(Path(sys.executable), "2.7")
