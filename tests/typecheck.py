"""Run ``mypy --strict`` on scripts written the way a user of the package writes them.

Used by test_readme.py, test_examples.py and test_typing.py. One mypy run per call, over all the files given;
the cache is the project's ``.mypy_cache`` (``make lint`` fills it), so only the scripts themselves are
checked afresh. Under pytest-xdist each worker works on its own copy of that cache, so that two mypy runs never
write the same cache files at once.
"""

from __future__ import annotations

import atexit
import os
import re
import shutil
import subprocess
import sys
import tempfile
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_LINE = re.compile(r"^(?P<file>[^:]+\.py):(?P<line>\d+): (?P<kind>error|note): (?P<message>.*)$")


@cache
def cache_dir() -> Path:
    """The project's mypy cache, or under an xdist worker a private copy of it (removed when the worker exits)."""
    shared = ROOT / ".mypy_cache"
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not worker:
        return shared
    own = Path(tempfile.mkdtemp(prefix=f"tokportal-mypy-{worker}-")) / "cache"
    if shared.is_dir():
        shutil.copytree(shared, own)
    atexit.register(shutil.rmtree, own.parent, True)
    return own


def mypy_errors(files: dict[str, str], *, ignore_missing: tuple[str, ...] = ()) -> dict[str, list[tuple[int, str]]]:
    """Type-check ``files`` (name -> source) together; the errors of each file as (line, message with code).

    ``ignore_missing`` names third-party modules a script may import without them being installed.
    """
    with tempfile.TemporaryDirectory(prefix="tokportal-typecheck-") as tmp:
        base = Path(tmp)
        config = ["[mypy]", "strict = True", "python_version = 3.11", "show_error_codes = True"]
        for module in ignore_missing:
            config += [f"[mypy-{module}.*]", "ignore_missing_imports = True"]
        (base / "mypy.ini").write_text("\n".join(config) + "\n", encoding="utf-8")
        for name, source in files.items():
            (base / name).write_text(source, encoding="utf-8")
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "mypy",
                "--config-file",
                str(base / "mypy.ini"),
                "--cache-dir",
                str(cache_dir()),
                "--no-error-summary",
                "--no-pretty",
                *sorted(files),
            ],
            cwd=base,
            capture_output=True,
            text=True,
        )
    found: dict[str, list[tuple[int, str]]] = {name: [] for name in files}
    for line in done.stdout.splitlines():
        match = _LINE.match(line)
        if match and match["kind"] == "error":
            found.setdefault(Path(match["file"]).name, []).append((int(match["line"]), match["message"]))
    if done.returncode not in (0, 1) or (done.returncode == 1 and not any(found.values())):
        raise RuntimeError(f"mypy failed to run (exit {done.returncode}):\n{done.stdout}\n{done.stderr}")
    return found


def show(errors: list[tuple[int, str]], source: str) -> str:
    """Errors with the offending source lines, for assertion messages."""
    lines = source.splitlines()
    return "\n".join(
        f"  line {n}: {message}\n    {lines[n - 1].strip() if n <= len(lines) else ''}" for n, message in errors
    )


_PYRIGHT_LINE = re.compile(
    r"^\s*(?P<file>/[^:]+\.py):(?P<line>\d+):\d+ - (?P<kind>error|warning|information): (?P<message>.*)$"
)


def pyright_errors(files: dict[str, str]) -> dict[str, list[tuple[int, str]]]:
    """Like :func:`mypy_errors`, with pyright (basic mode, the default of editors); each message with the
    indented detail lines that follow it (where pyright names the key or the value)."""
    with tempfile.TemporaryDirectory(prefix="tokportal-pyright-") as tmp:
        base = Path(tmp)
        for name, source in files.items():
            (base / name).write_text(source, encoding="utf-8")
        (base / "pyrightconfig.json").write_text(
            '{"typeCheckingMode": "basic", "pythonVersion": "3.11"}', encoding="utf-8"
        )
        done = subprocess.run(
            [str(Path(sys.executable).with_name("pyright")), "--pythonpath", sys.executable, *sorted(files)],
            cwd=base,
            capture_output=True,
            text=True,
        )
    found: dict[str, list[tuple[int, str]]] = {name: [] for name in files}
    last: tuple[str, int, list[str]] | None = None  # the error being read: file, line, message lines
    for line in [*done.stdout.splitlines(), ""]:
        match = _PYRIGHT_LINE.match(line)
        if last is not None and (match or not line[:1].isspace()):  # details are indented (with no-break spaces)
            found.setdefault(last[0], []).append((last[1], "\n".join(last[2])))
            last = None
        if match and match["kind"] == "error":
            last = (Path(match["file"]).name, int(match["line"]), [match["message"]])
        elif last is not None:
            last[2].append(line.strip().replace("\xa0", " "))
    if done.returncode not in (0, 1) or (done.returncode == 1 and not any(found.values())):
        raise RuntimeError(f"pyright failed to run (exit {done.returncode}):\n{done.stdout}\n{done.stderr}")
    return found
