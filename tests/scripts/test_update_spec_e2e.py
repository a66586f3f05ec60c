"""update-spec end to end on a copy of the project: new operation generated, CHANGELOG entry, no drift; and a
newer contract going in with `make update-spec` alone, after which the whole `make test` passes."""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

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


def _project_files() -> list[str]:
    """The files of the project: git's tracked files in a checkout, else (an unpacked sdist) the tree without
    virtual environments, caches and build output."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True)
    if listed.returncode == 0 and listed.stdout:
        names = listed.stdout.decode().split("\0")
    else:
        skipped = {".git", "dist", "build", "__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"}
        names = [
            str(path.relative_to(ROOT))
            for path in ROOT.rglob("*")
            if not any(part in skipped or part.startswith(".venv") for part in path.relative_to(ROOT).parts)
        ]
    return [name for name in names if name and (ROOT / name).is_file()]


def _newer_contract(spec: dict[str, object]) -> dict[str, object]:
    """The pinned contract, one version later: a new paginated GET, a new optional Bundle field, a new status."""
    new: dict[str, object] = copy.deepcopy(spec)
    paths = new["paths"]
    components = new["components"]
    assert isinstance(paths, dict) and isinstance(components, dict)
    listing = copy.deepcopy(paths["/bundles"]["get"])
    listing.update(operationId="listFeaturedBundles", summary="List featured bundles")
    listing["parameters"] = [p for p in listing["parameters"] if p["name"] in ("page", "per_page")]
    paths["/featured-bundles"] = {"get": listing}
    schemas = components["schemas"]
    schemas["Bundle"]["properties"]["featured_until"] = {"type": ["string", "null"], "format": "date-time"}
    schemas["BundleStatus"]["enum"].append("on_hold")
    info = new["info"]
    assert isinstance(info, dict)
    info["version"] = info["version"] + "-next"
    return new


@pytest.mark.skipif(os.environ.get("TOKPORTAL_E2E_INNER") == "1", reason="already inside the end-to-end copy")
def test_newer_contract_needs_nothing_but_update_spec(tmp_path: Path) -> None:
    """`make update-spec SPEC=<newer>` then `make test` on a copy of the tracked tree: nothing else edited."""
    root = tmp_path / "project"
    for name in _project_files():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, root / name)
    os.symlink(Path(sys.executable).parent.parent, root / ".venv")
    new = _newer_contract(json.loads((root / "openapi.json").read_text(encoding="utf-8")))
    (tmp_path / "newer.json").write_text(json.dumps(new, indent=2), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(root), "TOKPORTAL_E2E_INNER": "1"}

    update = subprocess.run(
        ["make", "update-spec", f"SPEC={tmp_path / 'newer.json'}"], cwd=root, env=env, capture_output=True, text=True
    )
    assert update.returncode == 0, update.stdout[-2000:] + update.stderr[-2000:]
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import tokportal_client as t; c = t.TokPortal(api_key='k'); "
            "print(t.__file__, t.API_VERSION, c.bundles.list_featured_bundles.__name__, "
            "type(c.bundles.iter_featured_bundles()).__name__, t.models.BundleStatus('on_hold').is_known)",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert probe.stdout.split() == [
        str(root / "tokportal_client" / "__init__.py"),
        str(new["info"]["version"]),  # type: ignore[index]
        "list_featured_bundles",
        "SyncPager",
        "True",
    ], probe.stderr
    test = subprocess.run(["make", "test"], cwd=root, env=env, capture_output=True, text=True)
    assert test.returncode == 0, test.stdout[-4000:] + test.stderr[-2000:]
