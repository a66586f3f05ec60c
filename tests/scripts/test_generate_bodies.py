"""Generation stops on a request content type the runtime has no encoder for, naming the operation and the type
(before, such a body was silently sent as JSON)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_form_urlencoded_body_stops_generation(tmp_path: Path) -> None:
    spec = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
    operation = next(
        op
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "application/json" in op.get("requestBody", {}).get("content", {})
    )
    content = operation["requestBody"]["content"]
    content["application/x-www-form-urlencoded"] = content.pop("application/json")
    changed = tmp_path / "openapi.json"
    changed.write_text(json.dumps(spec), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "scripts.generate", str(tmp_path / "out"), "--spec", str(changed)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode != 0
    assert operation["operationId"] in done.stderr and "application/x-www-form-urlencoded" in done.stderr, done.stderr
    assert not (tmp_path / "out").exists()
