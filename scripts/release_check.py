"""Release checks on the built artifacts (`make dist-check`) and on the source distribution (`make sdist-test`).

    release_check.py dist [--pythons 3.12 3.13]
        Build wheel and sdist into dist/ and `twine check --strict` them; check their contents (LICENSE in both,
        the contract, the sdist's test tree, no relative link in the PyPI description); then install the wheel
        into a fresh venv of each Python and call a loopback server with it (scripts/wheel_smoke.py). When
        tests/testing/user_project/test_user_integration.py exists, also install wheel[testing] and run it.
    release_check.py sdist --python PYTHON
        Build the sdist, unpack it in a temporary directory (no checkout, no ../shared beside it) and run
        `make test` there, its venv made by PYTHON.

A Python version the machine does not have is skipped with a message (scripts/find_python.py finds them).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from email.parser import Parser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
USER_PROJECT = ROOT / "tests" / "testing" / "user_project"
# What a packager needs beside the package to run `make test` from the sdist.
SDIST_MEMBERS = ("LICENSE", "README.md", "CHANGELOG.md", "Makefile", "openapi.json", "generator-config.yaml")
SDIST_DIRS = ("tests", "examples", "scripts", "custom_templates", "tokportal_client/_generated", "docs")
MARKDOWN_LINK = re.compile(r"\]\(([^)\s]+)\)")


class CheckError(Exception):
    pass


def run(command: list[str], cwd: Path = ROOT, env: dict[str, str] | None = None) -> None:
    print("+ " + " ".join(command), flush=True)
    if subprocess.run(command, cwd=cwd, env=env, check=False).returncode != 0:
        raise CheckError(f"failed: {' '.join(command)}")


def build(outdir: Path, *kinds: str) -> list[Path]:
    shutil.rmtree(outdir, ignore_errors=True)
    run([sys.executable, "-m", "build", *kinds, "--outdir", str(outdir), str(ROOT)])
    return sorted(outdir.iterdir())


def check_wheel(wheel: Path) -> str:
    """The wheel's README (its METADATA body) after checking LICENSE, the contract and py.typed are inside."""
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        for wanted in (
            r"[^/]+\.dist-info/licenses/LICENSE",
            r"tokportal_client/openapi\.json",
            r"tokportal_client/py\.typed",
        ):
            if not any(re.fullmatch(wanted, name) for name in names):
                raise CheckError(f"{wheel.name}: no {wanted}")
        metadata = next(name for name in names if name.endswith(".dist-info/METADATA"))
        message = Parser().parsestr(archive.read(metadata).decode("utf-8"))
    for field, expected in (("License-Expression", "MIT"), ("License-File", "LICENSE")):
        if message.get(field) != expected:
            raise CheckError(f"{wheel.name}: {field} is {message.get(field)!r}, expected {expected!r}")
    return str(message.get_payload())


def check_sdist(sdist: Path) -> None:
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    missing = [m for m in SDIST_MEMBERS if m not in names] + [
        d for d in SDIST_DIRS if not any(n.startswith(d + "/") for n in names)
    ]
    if missing:
        raise CheckError(f"{sdist.name} lacks {', '.join(missing)}")


def relative_links(readme: str) -> list[str]:
    """Link targets of a Markdown text that would not work on PyPI (neither absolute nor mailto)."""
    return [target for target in MARKDOWN_LINK.findall(readme) if not re.match(r"[a-z][a-z0-9+.-]*:", target)]


def fresh_venv(version: str, where: Path) -> Path | None:
    """The interpreter of a new venv of Python `version`, or None when the machine has no such Python."""
    found = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "find_python.py"), version], capture_output=True, text=True
    )
    if found.returncode != 0:
        print(f"release_check: Python {version} not found: skipped", flush=True)
        return None
    run([found.stdout.strip(), "-m", "venv", str(where)])
    python = where / "bin" / "python"
    run([str(python), "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
    return python


def try_wheel(wheel: Path, version: str) -> bool:
    with tempfile.TemporaryDirectory(prefix=f"tokportal-wheel-{version}-") as tmp:
        python = fresh_venv(version, Path(tmp) / "venv")
        if python is None:
            return False
        run([str(python), "-m", "pip", "install", "--quiet", str(wheel)])
        # from a directory outside the checkout, so `import tokportal_client` finds the installed wheel
        run([str(python), str(ROOT / "scripts" / "wheel_smoke.py")], cwd=Path(tmp))
        if (USER_PROJECT / "test_user_integration.py").is_file():
            run([str(python), "-m", "pip", "install", "--quiet", f"{wheel}[testing]", "pytest"])
            project = Path(tmp) / "user_project"
            shutil.copytree(USER_PROJECT, project, ignore=shutil.ignore_patterns("__pycache__"))
            run([str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider", "."], cwd=project)
        else:
            print(f"release_check: no {USER_PROJECT.relative_to(ROOT)}/test_user_integration.py: skipped", flush=True)
    return True


def command_dist(pythons: list[str]) -> None:
    artifacts = build(DIST)
    wheels = [a for a in artifacts if a.suffix == ".whl"]
    sdists = [a for a in artifacts if a.name.endswith(".tar.gz")]
    if len(wheels) != 1 or len(sdists) != 1:
        raise CheckError(f"expected one wheel and one sdist in dist/, found {[a.name for a in artifacts]}")
    run([sys.executable, "-m", "twine", "check", "--strict", *map(str, artifacts)])
    readme = check_wheel(wheels[0])
    if links := relative_links(readme):
        raise CheckError(f"the PyPI description has relative links: {links}")
    check_sdist(sdists[0])
    print(f"release_check: {wheels[0].name} and {sdists[0].name}: LICENSE, contract and test tree inside", flush=True)
    tried = [version for version in pythons if try_wheel(wheels[0], version)]
    print(f"release_check: the wheel works on Python {', '.join(tried) or '(none found)'}", flush=True)


def command_sdist(python: str) -> None:
    with tempfile.TemporaryDirectory(prefix="tokportal-sdist-") as tmp:
        (sdist,) = build(Path(tmp) / "dist", "--sdist")
        with tarfile.open(sdist) as archive:
            archive.extractall(tmp, filter="data")
        unpacked = Path(tmp) / sdist.name.removesuffix(".tar.gz")
        # a clean make: no jobserver or flags of the make that runs this script
        env = {k: v for k, v in os.environ.items() if k not in {"MAKEFLAGS", "MFLAGS", "MAKELEVEL"}}
        run(["make", "test", f"PYTHON={python}"], cwd=unpacked, env=env)
        print(f"release_check: `make test` passes in the unpacked {sdist.name}", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="release_check.py", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    dist = commands.add_parser("dist", help="build, twine check, artifact contents, the wheel in fresh venvs")
    dist.add_argument("--pythons", nargs="*", default=["3.12", "3.13"], help="default: %(default)s")
    sdist = commands.add_parser("sdist", help="`make test` from the unpacked sdist")
    sdist.add_argument("--python", required=True, help="the interpreter `make` creates the sdist's venv with")
    args = parser.parse_args(argv)
    try:
        if args.command == "dist":
            command_dist(args.pythons)
        else:
            command_sdist(args.python)
    except CheckError as exc:
        print(f"release_check: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
