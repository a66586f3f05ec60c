"""The README's Python examples at least compile, and name only operations the client has."""

from __future__ import annotations

import re
from pathlib import Path

from tokportal_client import TokPortal

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```python\n(.*?)```", README, re.S)


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
