"""update-spec end to end on a copy of the project: new operation generated, CHANGELOG entry, no drift; and a
newer contract going in with `make update-spec` alone, after which the generated code type-checks and the suites
that read the contract pass on the regenerated copy."""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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


def test_update_spec_adds_and_removes_operations_and_leaves_no_drift(tmp_path: Path) -> None:
    """A removed operation's module goes, a new one's comes, the CHANGELOG names both; afterwards check-drift finds
    nothing but the hand edits made to generated files, and names each."""
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

    # Hand edits to what update-spec generated: a model, the API reference (a heading renamed) and the command
    # line's reference (removed). check-drift names each, and nothing else (tests/test_api_reference.py checks the
    # other two cases: the API reference missing, the command line's reference stale).
    edited = root / "tokportal_client" / "_generated" / "models" / "bundle.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "# hand edit\n", encoding="utf-8")
    reference = root / "docs" / "api.md"
    reference.write_text(reference.read_text(encoding="utf-8").replace("### ping_status\n", "### ping\n"))
    (root / "docs" / "cli.md").unlink()
    drift = subprocess.run([sys.executable, "-m", "scripts.check_drift"], cwd=root, capture_output=True, text=True)
    assert drift.returncode == 1
    kinds = ("differs:", "missing:", "not generated:")
    named = sorted(line.strip() for line in drift.stderr.splitlines() if line.strip().startswith(kinds))
    assert named == ["differs: docs/api.md", "differs: models/bundle.py", "missing: docs/cli.md"], drift.stderr


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


def _fresh(name: str, taken: object) -> str:
    """``name``, or ``name_2``, ``name_3``... : the first one ``taken`` does not hold (so the newer contract always
    adds something, even to a contract that already has the plain name)."""
    assert isinstance(taken, dict | list | set)
    candidate, n = name, 1
    while candidate in taken:
        n += 1
        candidate = f"{name}_{n}"
    return candidate


@dataclass(frozen=True)
class Newer:
    """The pinned contract one version later, and what it adds."""

    spec: dict[str, Any]
    operation_id: str
    method: str
    """The new list operation's method name (``list_featured_bundles``)."""
    field: str
    """The new optional Bundle field."""
    status: str
    """The new BundleStatus value."""


def _newer_contract(spec: dict[str, Any]) -> Newer:
    """The pinned contract, one version later: a new paginated GET, a new optional Bundle field, a new status; each
    named so that the pinned contract does not hold it yet."""
    new = copy.deepcopy(spec)
    paths, schemas = new["paths"], new["components"]["schemas"]
    operation_ids = {op["operationId"] for item in paths.values() for op in item.values() if isinstance(op, dict)}
    path = "/" + _fresh("featured-bundles", {p.lstrip("/") for p in paths})
    operation_id = _fresh("listFeaturedBundles", operation_ids)
    listing = copy.deepcopy(paths["/bundles"]["get"])
    listing.update(operationId=operation_id, summary="List featured bundles")
    listing["parameters"] = [p for p in listing["parameters"] if p["name"] in ("page", "per_page")]
    paths[path] = {"get": listing}
    field = _fresh("featured_until", schemas["Bundle"]["properties"])
    schemas["Bundle"]["properties"][field] = {"type": ["string", "null"], "format": "date-time"}
    status = _fresh("on_hold", schemas["BundleStatus"]["enum"])
    schemas["BundleStatus"]["enum"].append(status)
    new["info"]["version"] = new["info"]["version"] + "-next"
    method = "list_" + operation_id.removeprefix("list").replace("FeaturedBundles", "featured_bundles")
    return Newer(new, operation_id, method, field, status)


def test_the_newer_contract_adds_what_the_contract_does_not_hold() -> None:
    """Even when the pinned contract already has the plain names (a real bump added them), the test contract adds
    new ones: the operation, the field and the enum value are each new, and the method name follows."""
    pinned = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
    first = _newer_contract(pinned)
    second = _newer_contract(first.spec)
    for newer, base in ((first, pinned), (second, first.spec)):
        assert newer.status not in base["components"]["schemas"]["BundleStatus"]["enum"]
        assert newer.field not in base["components"]["schemas"]["Bundle"]["properties"]
        assert newer.operation_id not in json.dumps(base["paths"])
    assert second.method == first.method + "_2" and second.status == first.status + "_2"


# What the regenerated copy is checked with: the suites that read the registry or openapi.json (every operation
# called through the client against the mock, pagers, call_operation, the reference, the registry's records), and
# of their tests parametrized by operation only those of the new operation (TOKPORTAL_TEST_OPERATIONS, see
# tests/conftest.py): the others ran on the real tree already. The rest of the suite tests hand-written code that a
# contract bump does not touch (the mock's business rules too: tests/testing/test_fidelity.py; the new operation is
# served by the mock in tests/contract). The official SDK parity test is left out on purpose: an operation the SDK
# lacks must fail it, not this test.
REGISTRY_SUITES = (
    "tests/contract",
    "tests/test_registry.py",
    "tests/test_spec.py",
    "tests/test_api_reference.py",
    "tests/test_call_operation.py",
    "tests/test_pagination.py",
)
DESELECTED = (
    # regenerates the whole tree to prove check-drift notices a stale reference: nothing contract-specific
    "tests/test_api_reference.py::test_check_drift_fails_when_the_reference_is_stale",
    # needs every test_operation case selected
    "tests/contract/test_contract.py::test_every_operation_was_exercised",
)


def test_newer_contract_needs_nothing_but_update_spec(tmp_path: Path) -> None:
    """`make update-spec SPEC=<newer>` on a copy of the tracked tree, nothing else edited: the generated
    code passes mypy --strict, the new operation, field and value are there, and the registry-driven suites pass."""
    root = tmp_path / "project"
    for name in _project_files():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, root / name)
    os.symlink(Path(sys.executable).parent.parent, root / ".venv")
    if (ROOT / ".mypy_cache").is_dir():  # incremental: mypy rechecks what update-spec rewrote and what uses it
        shutil.copytree(ROOT / ".mypy_cache", root / ".mypy_cache")
    newer = _newer_contract(json.loads((root / "openapi.json").read_text(encoding="utf-8")))
    (tmp_path / "newer.json").write_text(json.dumps(newer.spec, indent=2), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(root), "TOKPORTAL_TEST_OPERATIONS": newer.operation_id}

    def run(*command: str) -> None:
        done = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True)
        assert done.returncode == 0, f"{' '.join(command)}:\n" + done.stdout[-4000:] + done.stderr[-2000:]

    run("make", "update-spec", f"SPEC={tmp_path / 'newer.json'}")
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, tokportal_client as t; c = t.TokPortal(api_key='k'); m, s, f = sys.argv[1:]; "
            "print(t.__file__, t.API_VERSION, getattr(c.bundles, m).__name__, "
            "type(getattr(c.bundles, 'iter_' + m[5:])()).__name__, t.models.BundleStatus(s).is_known, "
            "f in t.models.Bundle.__annotations__)",
            newer.method,
            newer.status,
            newer.field,
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert probe.stdout.split() == [
        str(root / "tokportal_client" / "__init__.py"),
        str(newer.spec["info"]["version"]),
        newer.method,
        "SyncPager",
        "True",
        "True",
    ], probe.stderr
    changelog = (root / "CHANGELOG.md").read_text(encoding="utf-8")
    assert newer.operation_id in changelog and newer.status in changelog and newer.field in changelog
    # No check-drift here: test_update_spec_adds_and_removes_operations_and_leaves_no_drift shows that update-spec
    # leaves none.
    run(sys.executable, "-m", "mypy", "tokportal_client")
    deselect = [argument for test in DESELECTED for argument in ("--deselect", test)]
    run(sys.executable, "-m", "pytest", "-q", "-p", "no:xdist", *deselect, *REGISTRY_SUITES)
