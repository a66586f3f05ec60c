"""The README's Python examples compile, name only operations the client has, and pass ``mypy --strict``.

Each block is checked as its own script, the way a reader copies it. A block may use a few names that earlier
prose or blocks set up (``client``, ``bundle_id``, ...): those get a typed declaration in front of the block,
from :data:`CONTEXT`. A name a block uses that is neither defined in it nor in :data:`CONTEXT` is an error, as
it would be for the reader.
"""

from __future__ import annotations

import ast
import builtins
import re
from pathlib import Path

import pytest
from typecheck import mypy_errors, show

from tokportal_client import TokPortal

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```python\n(.*?)```", README, re.S)

CONTEXT = {
    "client": "from tokportal_client import TokPortal\nclient: TokPortal",
    "bundle_id": "bundle_id: str",
    "account_id": "account_id: str",
    "uploaded": "from tokportal_client import models\nuploaded: models.UploadedVideoResponse",
    "errors": "from tokportal_client import errors",
    "AsyncTokPortal": "from tokportal_client import AsyncTokPortal",
    "os": "import os",
    "request": "from flask import request",
    "construct_event": "from tokportal_client.webhooks import construct_event",
}
"""What a block may use without defining it: the names the README's prose and earlier blocks set up."""

KNOWN_GAPS: dict[str, str] = {}
"""mypy errors in README blocks that other open work fixes: message fragment -> why it is tolerated for now."""

MODULES = {"myapp": "app = Flask(__name__)"}
"""Blocks other blocks import (README: "the Flask app above (saved as myapp.py)"): module -> a line of it."""


def free_names(source: str) -> set[str]:
    """Names a block reads without binding them anywhere (builtins aside)."""
    tree = ast.parse(source)
    loaded: set[str] = set()
    bound: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            (loaded if isinstance(node.ctx, ast.Load) else bound).add(node.id)
        elif isinstance(node, ast.alias):
            bound.add((node.asname or node.name).split(".")[0])
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            bound.add(node.name)
        elif isinstance(node, ast.arg):
            bound.add(node.arg)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            bound.add(node.name)
    return loaded - bound - set(dir(builtins))


def script(block: str) -> str:
    """A block as a script: the context it uses, then the block."""
    context = [CONTEXT[name] for name in sorted(free_names(block)) if name in CONTEXT]
    return "\n".join(context) + ("\n\n" if context else "") + block


def test_python_blocks_compile() -> None:
    assert len(BLOCKS) >= 10
    for block in BLOCKS:
        compile(block, "README.md", "exec")


def test_operations_named_in_the_readme_exist() -> None:
    client = TokPortal(api_key="sk_test")
    calls = set(re.findall(r"client\.(?:with_raw_response\.)?([a-z_]+)\.([a-z_]+)\(", README))
    assert calls
    for tag, method in calls:
        assert hasattr(getattr(client, tag), method), f"client.{tag}.{method}"


@pytest.fixture(scope="module")
def checked() -> tuple[dict[str, str], dict[str, list[tuple[int, str]]]]:
    """The README blocks as scripts, and what mypy --strict says about each."""
    files = {f"readme_block_{index:02d}.py": script(block) for index, block in enumerate(BLOCKS)}
    for module, marker in MODULES.items():
        files[f"{module}.py"] = next(block for block in BLOCKS if marker in block)
    return files, mypy_errors(files)


def test_every_python_block_passes_mypy_strict(
    checked: tuple[dict[str, str], dict[str, list[tuple[int, str]]]],
) -> None:
    files, errors = checked
    failing = {
        name: kept
        for name, found in errors.items()
        if (kept := [(line, message) for line, message in found if not any(gap in message for gap in KNOWN_GAPS)])
    }
    assert not failing, "README blocks that fail mypy --strict:\n" + "\n".join(
        f"{name}:\n{show(found, files[name])}" for name, found in sorted(failing.items())
    )


@pytest.mark.parametrize("block", BLOCKS)
def test_blocks_need_no_narrowing_workarounds(block: str) -> None:
    """The types are right, so README code needs no casts, isinstance asserts or Unset checks."""
    for workaround in ("cast(", "assert isinstance", "Unset", "UNSET", "type: ignore"):
        assert workaround not in block
