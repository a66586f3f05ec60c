"""What the command line needs from the contract beyond the registry: parameter descriptions, enum choices and
defaults, and the properties of JSON bodies (for ``-f`` fields and the policy flow). Read from the bundled
``openapi.json`` on first use, without the spec tools (a plain JSON load is a few milliseconds)."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any, NamedTuple

from .._spec import bundled_spec_path

JSON = dict[str, Any]


_SOURCE: list[Path] = []


def use_document(path: Path) -> None:
    """Read the contract from ``path`` instead of the bundled one (the docs generator, on a project's tree)."""
    _SOURCE[:] = [path]
    document.cache_clear()


@functools.cache
def document() -> JSON:
    source = _SOURCE[0] if _SOURCE else bundled_spec_path()
    loaded: JSON = json.loads(source.read_text(encoding="utf-8"))
    return loaded


def resolve(node: Any) -> Any:
    """Follow local ``$ref`` chains (``#/components/schemas/X``)."""
    seen = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 32:
        target: Any = document()
        for part in node["$ref"][2:].split("/"):
            target = target.get(part.replace("~1", "/").replace("~0", "~"), {}) if isinstance(target, dict) else {}
        node, seen = target, seen + 1
    return node


def operation(method: str, path: str) -> JSON:
    item = document().get("paths", {}).get(path, {})
    found = item.get(method.lower(), {}) if isinstance(item, dict) else {}
    return found if isinstance(found, dict) else {}


class ParameterInfo(NamedTuple):
    description: str
    choices: tuple[str, ...]
    default: Any
    item_choices: tuple[str, ...]
    """For an array parameter: the enum of its items."""


def parameters(method: str, path: str) -> dict[str, ParameterInfo]:
    """Description, choices and default of each path and query parameter, by the API's name."""
    item = document().get("paths", {}).get(path, {})
    raw = [*item.get("parameters", []), *operation(method, path).get("parameters", [])]
    found: dict[str, ParameterInfo] = {}
    for entry in raw:
        entry = resolve(entry)
        if not isinstance(entry, dict) or "name" not in entry:
            continue
        schema = resolve(entry.get("schema", {}))
        items = resolve(schema.get("items", {})) if isinstance(schema, dict) else {}
        found[str(entry["name"])] = ParameterInfo(
            description=" ".join(str(entry.get("description", "")).split()),
            choices=_enum(schema),
            default=schema.get("default") if isinstance(schema, dict) else None,
            item_choices=_enum(items),
        )
    return found


def _enum(schema: Any) -> tuple[str, ...]:
    if not isinstance(schema, dict):
        return ()
    values = schema.get("enum")
    return tuple(str(v) for v in values) if isinstance(values, list) else ()


def body_schema(method: str, path: str) -> JSON:
    """The JSON (or multipart) request body schema of an operation, resolved; empty when it has none."""
    body = resolve(operation(method, path).get("requestBody", {}))
    content = body.get("content", {}) if isinstance(body, dict) else {}
    for media in ("application/json", "multipart/form-data"):
        if media in content:
            schema = resolve(content[media].get("schema", {}))
            return schema if isinstance(schema, dict) else {}
    return {}


def body_required(method: str, path: str) -> bool:
    body = resolve(operation(method, path).get("requestBody", {}))
    return bool(isinstance(body, dict) and body.get("required"))


def description(method: str, path: str) -> str:
    return str(operation(method, path).get("description", "")).strip()


def enum_values(schema_name: str) -> tuple[str, ...]:
    return _enum(resolve({"$ref": f"#/components/schemas/{schema_name}"}))
