"""Fixtures of the agent and MCP suites."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tokportal_client.testing import MockServer


@pytest.fixture
def upload(tmp_path: Path) -> Path:
    path = tmp_path / "clip.csv"
    path.write_bytes(b"position,description\n1,hello\n")
    return path


@pytest.fixture
def mock() -> Iterator[MockServer]:
    with MockServer() as server:
        yield server
