"""Print the path of a working Python X.Y interpreter (one that can create venvs), or exit 1.

    python scripts/find_python.py 3.12

Looks on PATH (`python3.12`), then in pyenv's versions (`$PYENV_ROOT`, default ~/.pyenv), newest patch release
first, so no machine's patch versions are written down anywhere. Standard library only: it runs before any venv.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

PROBE = "import sys, venv, ensurepip; print('%d.%d' % sys.version_info[:2])"


def candidates(version: str) -> Iterator[Path]:
    """Interpreters that may be Python `version`, most likely first."""
    on_path = shutil.which(f"python{version}")
    if on_path:
        yield Path(on_path)
    root = Path(os.environ.get("PYENV_ROOT") or Path.home() / ".pyenv") / "versions"
    releases = re.compile(rf"{re.escape(version)}(?:\.(\d+))?")
    found = [(int(m.group(1) or 0), d) for d in _dirs(root) if (m := releases.fullmatch(d.name))]
    for _, directory in sorted(found, reverse=True):
        yield directory / "bin" / f"python{version}"


def _dirs(root: Path) -> list[Path]:
    try:
        return [entry for entry in root.iterdir() if entry.is_dir()]
    except OSError:
        return []


def works(interpreter: Path, version: str) -> bool:
    """True when `interpreter` runs, is Python `version` and has venv with ensurepip (pyenv shims may not)."""
    try:
        done = subprocess.run([str(interpreter), "-c", PROBE], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0 and done.stdout.strip() == version


def find(version: str) -> Path | None:
    return next((path for path in candidates(version) if works(path, version)), None)


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not re.fullmatch(r"3\.\d+", argv[0]):
        print("usage: find_python.py 3.X", file=sys.stderr)
        return 2
    found = find(argv[0])
    if found is None:
        print(f"find_python: no working Python {argv[0]} on PATH or in pyenv", file=sys.stderr)
        return 1
    print(found)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
