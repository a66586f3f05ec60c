"""The bundled OpenAPI contract as data: loading, local ``$ref`` resolution and operation iteration.

The one reader of ``openapi.json`` shared by the project's tools (generation, spec diff), the testing kit's
mock and the test suites. The client itself never reads the spec at run time: it reads the generated
registry of operations (``tokportal_client._generated.registry``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
JSONObject = dict[str, Any]
_SCHEMAS = "#/components/schemas/"


def bundled_spec_path() -> Path:
    """``openapi.json`` as installed in the wheel, or at the root of a source checkout."""
    packaged = resources.files("tokportal_client").joinpath("openapi.json")
    if packaged.is_file():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "openapi.json"


def load_spec(path: str | Path | None = None) -> JSONObject:
    """Read an OpenAPI document (the bundled contract by default)."""
    source = Path(path or bundled_spec_path())
    return parse_spec(source.read_text(encoding="utf-8"), str(source))


def parse_spec(text: str, source: str = "document") -> JSONObject:
    """Parse the JSON text of an OpenAPI document (read from a file or fetched); ValueError when it is none."""
    document = json.loads(text)
    if not isinstance(document, dict):
        raise ValueError(f"{source}: expected a JSON object")
    return document


@dataclass(frozen=True)
class SpecOperation:
    """One operation of the document, with its parameters resolved (path-level ones included)."""

    operation_id: str
    method: str
    """Lower case, as in the document."""
    path: str
    operation: JSONObject = field(repr=False)
    parameters: tuple[JSONObject, ...] = field(repr=False)

    @property
    def tag(self) -> str | None:
        tags = self.operation.get("tags") or [None]
        return None if tags[0] is None else str(tags[0])


class Spec:
    """An OpenAPI document with local ``$ref`` resolution."""

    def __init__(self, document: Mapping[str, Any] | None = None) -> None:
        self.document: JSONObject = dict(document) if document is not None else load_spec()

    def lookup(self, ref: str) -> Any:
        """The node a local reference (``#/a/b``) points at, or None."""
        if not ref.startswith("#/"):
            return None
        node: Any = self.document
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, dict) or part not in node:
                return None
            node = node[part]
        return node

    def deref(self, node: Any) -> Any:
        """Follow a ``$ref`` chain to the node it ends at (the node itself when it is no reference)."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen:
                raise ValueError(f"$ref cycle at {ref}")
            seen.add(ref)
            target = self.lookup(ref)
            if target is None:
                raise ValueError(f"unresolvable $ref {ref}")
            node = target
        return node

    def schema(self, name: str) -> JSONObject:
        """A named schema of ``components/schemas``."""
        found = self.document.get("components", {}).get("schemas", {}).get(name)
        if not isinstance(found, dict):
            raise KeyError(name)
        return found

    def referenced_schemas(self, node: Any) -> set[str]:
        """Names of the ``components/schemas`` that ``node`` refers to, directly or through other schemas."""
        found: set[str] = set()
        pending = [node]
        while pending:
            current = pending.pop()
            if isinstance(current, list):
                pending.extend(current)
            elif isinstance(current, dict):
                ref = current.get("$ref")
                if isinstance(ref, str):
                    if ref.startswith(_SCHEMAS) and ref[len(_SCHEMAS) :] not in found:
                        found.add(ref[len(_SCHEMAS) :])
                        pending.append(self.lookup(ref))
                    elif not ref.startswith(_SCHEMAS):
                        pending.append(self.lookup(ref))
                pending.extend(value for key, value in current.items() if key != "$ref")
        return found

    def operations(self) -> Iterator[SpecOperation]:
        """Every operation, in document order."""
        for path, raw_item in self.document.get("paths", {}).items():
            item = self.deref(raw_item)
            for method in HTTP_METHODS:
                operation = item.get(method)
                if isinstance(operation, dict):
                    declared = [self.deref(p) for p in [*item.get("parameters", []), *operation.get("parameters", [])]]
                    merged = {(p.get("in"), p.get("name")): p for p in declared}
                    yield SpecOperation(
                        operation_id=str(operation.get("operationId", f"{method} {path}")),
                        method=method,
                        path=path,
                        operation=operation,
                        parameters=tuple(merged.values()),
                    )

    def operation(self, operation_id: str) -> SpecOperation:
        for found in self.operations():
            if found.operation_id == operation_id:
                return found
        raise KeyError(operation_id)

    @property
    def version(self) -> str:
        return str(self.document.get("info", {}).get("version", ""))


RULE_KEYWORDS = (
    "minLength",
    "maxLength",
    "pattern",
    "format",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minItems",
    "maxItems",
    "uniqueItems",
)
"""The JSON Schema keywords the client checks before sending (``tokportal_client._models_runtime.check_rules``)."""


POLICY_FIELDS = ("acknowledge_support_forfeit", "policy_version")
"""The fields of a policy acceptance: the body of the second step of a call TokPortal first answers with 428
(whose ``details.policy_version`` is the version to accept). Facts: revealAccountCredentials,
retrieveAccountVerificationCode."""


def is_policy_acceptance(schema: Mapping[str, Any]) -> bool:
    """Whether a resolved request body schema is a policy acceptance (it declares every :data:`POLICY_FIELDS`)."""
    properties = schema.get("properties")
    return isinstance(properties, Mapping) and all(name in properties for name in POLICY_FIELDS)


def rules_of(spec: Spec, schema: Any) -> dict[str, Any]:
    """The constraints a value of ``schema`` must meet, as the runtime checks them.

    The schema's own keywords of :data:`RULE_KEYWORDS`, those of its one non-null ``anyOf``/``oneOf`` branch
    (a nullable field), and the rules of an array's items under ``"items"``. Empty when nothing is constrained.
    """
    node = spec.deref(schema)
    if not isinstance(node, dict):
        return {}
    rules = {key: node[key] for key in RULE_KEYWORDS if key in node}
    for combinator in ("anyOf", "oneOf"):
        branches = [spec.deref(b) for b in node.get(combinator, [])]
        kept = [b for b in branches if isinstance(b, dict) and b.get("type") != "null"]
        if len(kept) == 1:
            rules = {**rules_of(spec, kept[0]), **rules}
    if "items" in node:
        items = rules_of(spec, node["items"])
        if items:
            rules["items"] = items
    return rules
