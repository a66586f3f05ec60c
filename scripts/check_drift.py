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

from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parent.parent
COMMITTED = ROOT / "tokportal_client" / "_generated"
DOCS = "docs/api.md"


def _files(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def main() -> int:
    try:
        validate(json.loads((ROOT / "openapi.json").read_text(encoding="utf-8")))
    except Exception as error:
        print(f"check-drift: openapi.json is not a valid OpenAPI document: {error}", file=sys.stderr)
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
    if differing:
        print(f"check-drift: tokportal_client/_generated or {DOCS} does not match `make generate`:", file=sys.stderr)
        for line in differing:
            print(f"  {line}", file=sys.stderr)
        print(
            "Change openapi.json, generator-config.yaml or custom_templates/, then run `make generate`.",
            file=sys.stderr,
        )
        return 1
    print(f"check-drift: generated code and {DOCS} match openapi.json.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
