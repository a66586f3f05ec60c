"""Fixtures of the command-line tests: the real ``tokportal`` entry point run in a subprocess against the testing
kit's mock on loopback, with a private HOME and config file (nothing of the user's is read)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

from tokportal_client.testing import MockServer

TOKPORTAL = Path(sys.executable).parent / "tokportal"
"""The console script pip installed for the [project.scripts] entry."""
KEY = MockServer.api_key


def cli_env(tmp: Path, base_url: str | None, **extra: str) -> dict[str, str]:
    """The environment of one run: no proxies, no profile or key of the user's, a private HOME."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TOKPORTAL_") and "proxy" not in k.lower()}
    env.update(HOME=str(tmp), XDG_CONFIG_HOME=str(tmp / "config"), TOKPORTAL_STRICT_RESPONSE_VALIDATION="1")
    if base_url is not None:
        env.update(TOKPORTAL_BASE_URL=base_url, TOKPORTAL_API_KEY=KEY)
    env.update(extra)
    return env


class CLI:
    """``cli("bundles", "list-bundles", ...)`` runs the command and returns the finished process."""

    def __init__(self, tmp: Path, base_url: str | None) -> None:
        self.tmp = tmp
        self.base_url = base_url

    def __call__(
        self, *args: str, input: str | bytes | None = None, env: Mapping[str, str] | None = None, timeout: float = 60
    ) -> subprocess.CompletedProcess[str]:
        environ = cli_env(self.tmp, self.base_url, **(env or {}))
        data = input.decode() if isinstance(input, bytes) else input
        return subprocess.run(
            [str(TOKPORTAL), *args],
            input=data,
            capture_output=True,
            text=True,
            env=environ,
            timeout=timeout,
            stdin=subprocess.DEVNULL if data is None else None,
        )


@pytest.fixture(scope="session")
def cli_mock() -> Iterator[MockServer]:
    with MockServer() as mock:
        yield mock


@pytest.fixture
def mock(cli_mock: MockServer) -> MockServer:
    """The session's mock, reset to an empty world."""
    cli_mock.reset()
    return cli_mock


@pytest.fixture
def cli(mock: MockServer, tmp_path: Path) -> CLI:
    return CLI(tmp_path, mock.base_url)
