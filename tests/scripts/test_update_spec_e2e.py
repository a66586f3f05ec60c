"""update-spec end to end on a copy of the project: new operation generated, CHANGELOG entry, no drift."""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _project_copy(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    root.mkdir()
    for name in ("openapi.json", "generator-config.yaml", "Makefile", "CHANGELOG.md", "pyproject.toml"):
        shutil.copy2(ROOT / name, root / name)  # copy2 keeps mtimes, so make sees .venv as up to date
    for name in ("custom_templates", "scripts"):
        shutil.copytree(ROOT / name, root / name)
    shutil.copytree(ROOT / "tokportal_client" / "_generated", root / "tokportal_client" / "_generated")
    os.symlink(Path(sys.executable).parent.parent, root / ".venv")
    return root


def test_update_spec_then_check_drift_is_clean(tmp_path: Path) -> None:
    root = _project_copy(tmp_path)
    spec = json.loads((root / "openapi.json").read_text(encoding="utf-8"))
    new = copy.deepcopy(spec)
    ping = copy.deepcopy(new["paths"]["/me"]["get"])
    ping.update(operationId="pingStatus", summary="Ping the API")
    new["paths"]["/ping"] = {"get": ping}
    del new["paths"]["/platforms"]
    new["info"]["version"] = "2026-06-01"
    (tmp_path / "new.json").write_text(json.dumps(new, indent=2), encoding="utf-8")

    update = subprocess.run(
        [sys.executable, "scripts/spectools.py", "update", str(tmp_path / "new.json"), "--root", str(root)],
        cwd=root,
        capture_output=True,
        text=True,
    )
    assert update.returncode == 0, update.stderr

    generated = root / "tokportal_client" / "_generated" / "api"
    assert (generated / "profile" / "ping_status.py").is_file()
    assert not (generated / "reference" / "list_platforms.py").exists()
    assert "def ping_status(" in (generated / "profile" / "__init__.py").read_text(encoding="utf-8")
    changelog = (root / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "2026-06-01" in changelog and "pingStatus" in changelog and "listPlatforms" in changelog
    drift = subprocess.run([sys.executable, "scripts/check_drift.py"], cwd=root, capture_output=True, text=True)
    assert drift.returncode == 0, drift.stderr


def test_check_drift_names_an_edited_generated_file(tmp_path: Path) -> None:
    root = _project_copy(tmp_path)
    edited = root / "tokportal_client" / "_generated" / "models" / "bundle.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "# hand edit\n", encoding="utf-8")
    drift = subprocess.run([sys.executable, "scripts/check_drift.py"], cwd=root, capture_output=True, text=True)
    assert drift.returncode == 1
    assert "differs: models/bundle.py" in drift.stderr
