"""Example values synthesized from the contract's schemas, for the answers no business rule shapes."""

from __future__ import annotations

import copy
import math
import uuid
from collections.abc import Mapping
from typing import Any, Literal

from .._spec import Spec

__all__ = ["EXAMPLE_TIME", "VARIANTS", "ExampleFactory", "Variant"]

EXAMPLE_TIME = "2026-05-25T12:00:00Z"
Variant = Literal["full", "minimal", "nulls"]
VARIANTS: tuple[Variant, ...] = ("full", "minimal", "nulls")
_ID_NAMESPACE = uuid.UUID("6f1c2b1e-0d2a-4c51-9d3e-7a0b7c1d2e3f")
_MAX_DEPTH = 12


class ExampleFactory:
    """Deterministic example values for the schemas of the contract.

    ``example`` (or the first of ``examples``) wins; else ``const``, the first ``enum`` value, the first
    non-null branch of ``anyOf``/``oneOf``, merged ``allOf``; objects get every property; arrays one item (two
    for a ``data`` list, always within ``minItems``/``maxItems``); strings follow their format and name (ids are
    UUIDs derived from their position in the document, ``*_at`` are date-times, ``*url*`` are URLs) and length
    limits, or take the value the contract's own examples give a property of that name (never the field's name,
    never ``example.com``); numbers their bounds and ``multipleOf``; booleans are false.

    Variants: ``"nulls"`` is the same with ``null`` wherever the schema allows it; ``"minimal"`` is the least
    a response may carry: only required properties, ``null`` wherever allowed, arrays at ``minItems`` (a
    ``data`` list still gets one item). Neither uses object or array ``example``s.
    """

    def __init__(self, spec: Spec, variant: Variant = "full") -> None:
        if variant not in VARIANTS:
            raise ValueError(f"variant: expected one of {VARIANTS}, got {variant!r}")
        self.spec = spec
        self.minimal = variant == "minimal"
        self.nulls = variant != "full"
        self.known = _example_strings(spec)

    def example(self, schema: Mapping[str, Any], name: str = "", pointer: str = "", depth: int = 0) -> Any:
        schema = self.spec.deref(schema)
        if depth > _MAX_DEPTH:
            return None
        examples = [schema["example"]] if "example" in schema else list(schema.get("examples") or [])
        if examples and not (self.nulls and isinstance(examples[0], dict | list)):
            return copy.deepcopy(examples[0])
        if "const" in schema:
            return copy.deepcopy(schema["const"])
        if "enum" in schema:
            return next((value for value in schema["enum"] if value is not None), None)
        if "allOf" in schema:
            merged: dict[str, Any] = {}
            for part in schema["allOf"]:
                value = self.example(part, name, pointer, depth + 1)
                if isinstance(value, dict):
                    merged.update(value)
            return merged
        for key in ("oneOf", "anyOf"):
            if key in schema:
                options = [option for option in schema[key] if not _is_null(self.spec.deref(option))]
                if self.nulls and len(options) < len(schema[key]):
                    return None
                return self.example(options[0] if options else schema[key][0], name, pointer, depth + 1)
        kind = schema.get("type")
        if isinstance(kind, list):
            if self.nulls and "null" in kind:
                return None
            kind = next((k for k in kind if k != "null"), "null")
        if kind is None:
            kind = "object" if "properties" in schema else "array" if "items" in schema else None
        if kind == "object":
            required = schema.get("required", [])
            properties = schema.get("properties", {})
            return {
                prop: self.example(sub, prop, f"{pointer}/{prop}", depth + 1)
                for prop, sub in properties.items()
                if prop in required or not self.minimal
            } | {prop: _text(prop) for prop in required if prop not in properties}
        if kind == "array":
            count = (1 if self.minimal else 2) if name == "data" else (0 if self.minimal else 1)
            count = max(count, int(schema.get("minItems", 0)))
            if "maxItems" in schema:
                count = min(count, int(schema["maxItems"]))
            items = schema.get("items", {})
            return [self.example(items, name, f"{pointer}/{index}", depth + 1) for index in range(count)]
        if kind == "string":
            return _string(schema, name, pointer, self.known)
        if kind in ("integer", "number"):
            return _number(schema)
        if kind == "boolean":
            return False
        if kind == "null":
            return None
        return _text(name)  # an empty schema: any value will do

    def named(self, schema_name: str, pointer: str = "") -> dict[str, Any]:
        """The example of a named schema of ``components/schemas`` (an object)."""
        value = self.example({"$ref": f"#/components/schemas/{schema_name}"}, pointer=pointer)
        return value if isinstance(value, dict) else {}

    def blank(self, schema_name: str) -> dict[str, Any]:
        """An object of a named schema with nothing set: every nullable property ``None``, the others absent."""
        schema = self.spec.deref(self.spec.schema(schema_name))
        return {name: None for name, sub in schema.get("properties", {}).items() if self._nullable(sub)}

    def properties(self, schema_name: str) -> frozenset[str]:
        """The property names of a named schema."""
        return frozenset(self.spec.deref(self.spec.schema(schema_name)).get("properties", {}))

    def _nullable(self, schema: Mapping[str, Any]) -> bool:
        schema = self.spec.deref(schema)
        kind = schema.get("type")
        if kind == "null" or (isinstance(kind, list) and "null" in kind):
            return True
        return any(_is_null(self.spec.deref(option)) for option in schema.get("anyOf", schema.get("oneOf", [])))


def _is_null(schema: Mapping[str, Any]) -> bool:
    return schema.get("type") == "null"


def _example_strings(spec: Spec) -> dict[str, str]:
    """Property name -> a string value the contract's own object examples give it (placeholders left out)."""
    found: dict[str, str] = {}

    def collect(value: Any) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if (
                    isinstance(item, str)
                    and item
                    and item.lower() != str(key).lower()
                    and "example.com" not in item
                    and item != "example"
                ):
                    found.setdefault(str(key), item)
                collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)

    for schema in spec.document.get("components", {}).get("schemas", {}).values():
        if isinstance(schema, dict):
            collect(schema.get("example"))
    return found


def _string(schema: Mapping[str, Any], name: str, pointer: str, known: Mapping[str, str]) -> str:
    fmt = schema.get("format")
    lowered = name.lower()
    if fmt == "date-time" or lowered.endswith(("_at", "_end", "_start", "_until")):
        value = EXAMPLE_TIME
    elif fmt == "date" or lowered.endswith("_date"):
        value = EXAMPLE_TIME[:10]
    elif fmt == "uuid" or lowered == "id" or lowered.endswith("_id"):
        value = str(uuid.uuid5(_ID_NAMESPACE, pointer or name))
    elif name in known:
        value = known[name]
    elif fmt in ("uri", "url") or "url" in lowered:
        slug = lowered.removesuffix("_url").replace("_", "-") or "resource"
        value = f"https://app.tokportal.com/{slug}/{uuid.uuid5(_ID_NAMESPACE, pointer or name).hex[:12]}"
    elif fmt == "email" or "email" in lowered:
        value = "integrations@acme.test"
    elif fmt == "binary":
        value = ""
    elif lowered == "country":
        value = "USA"
    else:
        value = _text(name)
    value = value[: int(schema["maxLength"])] if "maxLength" in schema else value
    return value.ljust(int(schema.get("minLength", 0)), "x")


def _text(name: str) -> str:
    """A string for a field the contract gives no example or format: says what it is, never just its name."""
    return f"Mock {name.replace('_', ' ')}" if name else "Mock value"


def _number(schema: Mapping[str, Any]) -> int:
    value = 1
    if "minimum" in schema:
        value = math.ceil(schema["minimum"])
    if "exclusiveMinimum" in schema:
        value = max(value, math.floor(schema["exclusiveMinimum"]) + 1)
    step = schema.get("multipleOf")
    if isinstance(step, int) and step > 0 and value % step:
        value += step - value % step
    if "maximum" in schema:
        value = min(value, math.floor(schema["maximum"]))
    return value
