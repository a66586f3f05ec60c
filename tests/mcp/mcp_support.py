"""Helpers of the agent and MCP suites: tool arguments built from each tool's own input schema (the contract's).

(Not a package: a ``tests/mcp/__init__.py`` would make ``mcp`` name this directory instead of the MCP SDK.)"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from tokportal_client.agents import AgentTool

_FORMATS = {
    "date": "2030-01-15",
    "date-time": "2030-01-15T10:00:00Z",
    "uuid": "00000000-0000-4000-8000-0000000000aa",
    "uri": "https://example.com/a.png",
    "email": "someone@example.com",
}


def sample(schema: Mapping[str, Any], name: str = "") -> Any:
    """A value that fits ``schema``: its first enum value or const, its bounds, only required object fields."""
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return next(v for v in schema["enum"] if v is not None)
    for key in ("anyOf", "oneOf"):
        if schema.get(key):
            return sample(next(p for p in schema[key] if p.get("type") != "null"), name)
    types = schema.get("type", "object")
    kind = next((t for t in types if t != "null"), "string") if isinstance(types, list) else types
    if kind == "object":
        properties = schema.get("properties", {})
        return {key: sample(properties[key], key) for key in schema.get("required", []) if key in properties}
    if kind == "array":
        count = max(int(schema.get("minItems", 1)), 1)
        multiple = schema.get("multipleOf")
        if isinstance(multiple, int):
            count = max(count, multiple)
        return [_distinct(sample(schema.get("items", {"type": "string"}), name), i) for i in range(count)]
    if kind == "integer":
        low = int(schema.get("minimum", 1))
        return max(low, 1) if schema.get("maximum", 1) >= 1 else low
    if kind == "number":
        return float(schema.get("minimum", 1))
    if kind == "boolean":
        return False
    if schema.get("format") in _FORMATS:
        return _FORMATS[schema["format"]]
    if "url" in name:
        return "https://example.com/a.png"
    if "date" in name:
        return "2030-01-15"
    text = "sample"
    if "pattern" in schema and not re.fullmatch(schema["pattern"], text):
        return "2030-01-15" if re.fullmatch(schema["pattern"], "2030-01-15") else text
    return text[: schema.get("maxLength", 64)].ljust(int(schema.get("minLength", 0)), "x")


def _distinct(value: Any, index: int) -> Any:
    return f"{value}{index}" if isinstance(value, str) and index else value


def arguments_for(tool: AgentTool, upload: Path) -> dict[str, Any]:
    """Arguments for one tool from its input schema: required values, a local file for a multipart upload."""
    schema = tool.input_schema
    arguments = {
        key: sample(schema["properties"][key], key) for key in schema.get("required", []) if key not in tool.file_names
    }
    for key in tool.file_names:
        arguments[key] = str(upload)
    return arguments
