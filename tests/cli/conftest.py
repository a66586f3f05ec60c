"""Fixtures of the command-line tests: the real ``tokportal`` entry point run in a subprocess against the testing
kit's mock on loopback, with a private HOME and config file (nothing of the user's is read)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import pytest

import tokportal_client
from tokportal_client.testing import MockServer

TOKPORTAL = Path(sys.executable).parent / "tokportal"
"""The console script pip installed for the [project.scripts] entry."""
KEY = MockServer.api_key
PACKAGE_ROOT = str(Path(tokportal_client.__file__).resolve().parent.parent)


def cli_env(tmp: Path, base_url: str | None, **extra: str) -> dict[str, str]:
    """The environment of one run: no proxies, no profile or key of the user's, a private HOME."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TOKPORTAL_") and "proxy" not in k.lower()}
    env.update(HOME=str(tmp), XDG_CONFIG_HOME=str(tmp / "config"), TOKPORTAL_STRICT_RESPONSE_VALIDATION="1")
    env["PYTHONPATH"] = PACKAGE_ROOT  # the command runs the code under test, wherever the console script points
    if base_url is not None:
        env.update(TOKPORTAL_BASE_URL=base_url, TOKPORTAL_API_KEY=KEY)
    env.update(extra)
    return env


class CLI:
    """``cli("bundles", "list-bundles", ...)`` runs the command and returns the finished process.

    In this process by default (click's isolation of stdin, stdout, stderr and the environment; cheap), or, with
    ``subprocess=True``, through the installed ``tokportal`` console script (the real entry point)."""

    def __init__(self, tmp: Path, base_url: str | None, *, subprocess: bool = False) -> None:
        self.tmp = tmp
        self.base_url = base_url
        self.subprocess = subprocess

    def __call__(
        self, *args: str, input: str | bytes | None = None, env: Mapping[str, str] | None = None, timeout: float = 60
    ) -> subprocess.CompletedProcess[str]:
        data = input.decode() if isinstance(input, bytes) else input
        if not self.subprocess:
            return self._in_process(list(args), data, env or {})
        environ = cli_env(self.tmp, self.base_url, **(env or {}))
        return subprocess.run(
            [str(TOKPORTAL), *args],
            input=data,
            capture_output=True,
            text=True,
            env=environ,
            timeout=timeout,
            stdin=subprocess.DEVNULL if data is None else None,
        )

    def _in_process(
        self, args: list[str], data: str | None, env: Mapping[str, str]
    ) -> subprocess.CompletedProcess[str]:
        from click.testing import CliRunner

        from tokportal_client.cli._tools import run

        environ: dict[str, str | None] = {k: None for k in os.environ if k.startswith("TOKPORTAL_")}
        environ.update(HOME=str(self.tmp), XDG_CONFIG_HOME=str(self.tmp / "config"))
        environ["TOKPORTAL_STRICT_RESPONSE_VALIDATION"] = "1"
        if self.base_url is not None:
            environ.update(TOKPORTAL_BASE_URL=self.base_url, TOKPORTAL_API_KEY=KEY)
        environ.update(env)
        code = 0
        with CliRunner().isolation(input=data, env=environ) as (stdout, stderr, _):
            try:
                run(args)
            except SystemExit as done:
                code = done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
            out, err = stdout.getvalue().decode(), stderr.getvalue().decode()
        return subprocess.CompletedProcess(["tokportal", *args], code, out, err)


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


class Terminal:
    """A command running in a detached tmux session (a real terminal): read its screen, type into it."""

    def __init__(self, command: str, env: Mapping[str, str], width: int = 150) -> None:
        import shlex

        self.tmux = ["tmux", "-L", f"tokportal-cli-test-{os.getpid()}-{id(self)}", "-f", "/dev/null"]
        exports = " ".join(
            f"{k}={shlex.quote(v)}" for k, v in env.items() if k.startswith(("TOKPORTAL_", "HOME", "XDG"))
        )
        script = f"env -u COLUMNS -u LINES {exports} {command}; echo EXIT=$?; sleep 60"
        subprocess.run([*self.tmux, "new-session", "-d", "-s", "cli", "-x", str(width), "-y", "30", script], check=True)

    def screen(self) -> str:
        done = subprocess.run([*self.tmux, "capture-pane", "-p", "-t", "cli"], capture_output=True, text=True)
        return done.stdout

    def wait_for(self, text: str, timeout: float = 60) -> list[str]:
        """Every screen seen until ``text`` shows (the last one has it), or AssertionError."""
        import time

        screens: list[str] = []
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screens.append(self.screen())
            if text in screens[-1]:
                return screens
            time.sleep(0.1)
        raise AssertionError(f"{text!r} never showed; last screen:\n{screens[-1] if screens else ''}")

    def type(self, keys: str) -> None:
        subprocess.run([*self.tmux, "send-keys", "-t", "cli", keys, "Enter"], check=True)

    def close(self) -> None:
        subprocess.run([*self.tmux, "kill-server"], capture_output=True)


@pytest.fixture
def terminal() -> Iterator[Callable[..., Terminal]]:
    if shutil.which("tmux") is None:
        pytest.skip("tmux missing: `make install` installs it (as root)")
    opened: list[Terminal] = []

    def open_terminal(command: str, env: Mapping[str, str], width: int = 150) -> Terminal:
        opened.append(Terminal(command, env, width))
        return opened[-1]

    yield open_terminal
    for term in opened:
        term.close()
