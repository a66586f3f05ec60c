"""Generate ``tokportal_client/_generated`` from ``openapi.json``.

Runs openapi-python-client with ``generator-config.yaml`` and ``custom_templates/``, then formats the
result with pinned ruff options so the output is byte-identical for the same input, wherever it is written.

Our templates need things the generator does not hand them, so this driver adds them as Jinja
globals: the raw operation objects (for the ``x-tokportal-idempotency`` policy) keyed by the snake_case
method name, the client version, and the model plans of ``scripts/modelgen.py`` (request or response model,
field types, parsing code, secrets).

Usage: python scripts/generate.py [OUTPUT_DIR]   (default: tokportal_client/_generated)
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from modelgen import model_globals  # scripts/modelgen.py: the plans of the model templates
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.strings import PythonIdentifier

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.json"
TEMPLATES = ROOT / "custom_templates"
DEFAULT_OUTPUT = ROOT / "tokportal_client" / "_generated"
RUFF_OPTIONS = ["--isolated", "--no-cache", "--line-length", "120", "--target-version", "py311"]


def _raw_operations(spec: dict[str, Any], config_prefix: str) -> dict[str, dict[str, Any]]:
    """Map each operation's Python name (as the generator spells it) to its raw OpenAPI object."""
    found: dict[str, dict[str, Any]] = {}
    for path_item in spec.get("paths", {}).values():
        for method, operation in path_item.items():
            if isinstance(operation, dict) and "operationId" in operation:
                found[PythonIdentifier(operation["operationId"], prefix=config_prefix)] = operation | {"method": method}
    return found


def generate(output: Path) -> None:
    spec = json.loads(SPEC.read_text(encoding="utf-8"))
    config_file = ConfigFile.load_from_path(ROOT / "generator-config.yaml")
    with tempfile.TemporaryDirectory() as tmp:
        staging = Path(tmp) / "_generated"
        config = Config.from_sources(config_file, MetaType.NONE, SPEC, "utf-8", True, staging)
        data = GeneratorData.from_dict(spec, config=config)
        if isinstance(data, GeneratorError):
            sys.exit(f"generate: {data.header}: {data.detail}")
        project = Project(openapi=data, config=config, custom_template_path=TEMPLATES)
        project.env.globals.update(raw_operations=_raw_operations(spec, config.field_prefix), spec_info=spec["info"])
        project.env.globals.update(model_globals(spec, data, config))
        errors = project.build()
        for error in errors:
            print(f"generate: {error.level.value}: {error.header}: {error.detail}", file=sys.stderr)
        if errors:
            sys.exit(1)
        ruff = [sys.executable, "-m", "ruff"]
        # Run from the repository root: inside the staging directory, its types.py would shadow the stdlib's.
        for command in (["check", "--fix-only", "--select", "F401,I"], ["format"]):
            done = subprocess.run(
                [*ruff, *command, *RUFF_OPTIONS, str(staging)], cwd=ROOT, capture_output=True, text=True
            )
            if done.returncode != 0:
                kept = Path(tempfile.gettempdir()) / "tokportal-generate-failed"
                shutil.rmtree(kept, ignore_errors=True)
                shutil.copytree(staging, kept)
                sys.exit(f"generate: ruff {command[0]} failed on the generated code (kept in {kept}):\n{done.stderr}")
        for stray in staging.rglob("__pycache__"):
            shutil.rmtree(stray)
        if output.exists():
            shutil.rmtree(output)
        shutil.copytree(staging, output)


if __name__ == "__main__":
    generate(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUTPUT)
