"""Fail when the committed generated code or API reference differs from what openapi.json and the templates produce.

Validates openapi.json, regenerates into a temporary directory and compares it with
``tokportal_client/_generated`` file by file, and the API reference with ``docs/api.md``. Exit 1 names every
differing, missing or extra file.
"""

from __future__ import annotations

import filecmp
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from scripts.spectools import SpecError, validate_document

ROOT = Path(__file__).resolve().parent.parent
COMMITTED = ROOT / "tokportal_client" / "_generated"
DOCS = "docs/api.md"
CLI_DOCS = "docs/cli.md"
CLI_INDEX = "tokportal_client/cli/_index.py"


def _files(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def _cli_docs_drift(fresh: Path) -> list[str]:
    """docs/cli.md against the command line's reference rendered from the committed registry."""
    index = fresh.with_name("_index.py")
    render = ["-m", "tokportal_client.cli._docs", "--root", str(ROOT), "--docs", str(fresh), "--index", str(index)]
    subprocess.run([sys.executable, *render], cwd=ROOT, check=True)
    if not (ROOT / CLI_INDEX).is_file() or not filecmp.cmp(index, ROOT / CLI_INDEX, shallow=False):
        return [f"differs: {CLI_INDEX}"]
    if not (ROOT / CLI_DOCS).is_file():
        return [f"missing: {CLI_DOCS}"]
    return [] if filecmp.cmp(fresh, ROOT / CLI_DOCS, shallow=False) else [f"differs: {CLI_DOCS}"]


def main() -> int:
    try:
        validate_document(json.loads((ROOT / "openapi.json").read_text(encoding="utf-8")), "openapi.json")
    except (ValueError, SpecError) as error:
        print(f"check-drift: {error}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        fresh, fresh_docs = Path(tmp) / "_generated", Path(tmp) / "api.md"
        subprocess.run(
            [sys.executable, "-m", "scripts.generate", str(fresh), "--docs", str(fresh_docs)],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        expected, committed = _files(fresh), _files(COMMITTED)
        differing = sorted(
            [f"missing: {name}" for name in expected - committed]
            + [f"not generated: {name}" for name in committed - expected]
            + [
                f"differs: {name}"
                for name in expected & committed
                if not filecmp.cmp(fresh / name, COMMITTED / name, shallow=False)
            ]
        )
        if not (ROOT / DOCS).is_file():
            differing.append(f"missing: {DOCS}")
        elif not filecmp.cmp(fresh_docs, ROOT / DOCS, shallow=False):
            differing.append(f"differs: {DOCS}")
        differing += _cli_docs_drift(Path(tmp) / "cli.md")
    if differing:
        print(
            f"check-drift: tokportal_client/_generated, {DOCS} or {CLI_DOCS} does not match `make generate`:",
            file=sys.stderr,
        )
        for line in differing:
            print(f"  {line}", file=sys.stderr)
        print(
            "Change openapi.json, generator-config.yaml or custom_templates/, then run `make generate`.",
            file=sys.stderr,
        )
        return 1
    print(f"check-drift: generated code, {DOCS} and {CLI_DOCS} match openapi.json.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
