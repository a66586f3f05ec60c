"""Maintainer tools for the pinned TokPortal OpenAPI document (`openapi.json`).

    spectools.py diff OLD NEW                  semantic Markdown report of two OpenAPI 3.1 JSON documents
    spectools.py update SPEC [--root DIR]      validate SPEC, replace openapi.json, `make generate`,
                                               add a CHANGELOG entry
    spectools.py check-upstream [--url URL]    compare the pinned openapi.json with the published document

OLD, NEW, SPEC and URL are file paths or http(s) URLs. Exit status: 0 success (or up to date); 1 upstream differs,
or `make generate` failed; 2 a document could not be fetched, read, parsed or validated (one line on stderr).

The diff reports every change that alters the generated code, the registry of operations or the client's
behaviour, and marks each one breaking or non-breaking *for a caller of this generated client*:

- breaking: a caller's unchanged code may fail or read something else after the upgrade (what it sends is
  refused, what it reads is gone, retyped, may be null or absent), or the client changes what it does with the
  caller's requests unasked (another host, other credentials, other idempotency keys and retries);
- anything spectools does not recognise (a new keyword or extension) is reported as breaking, for review.

Enums are open on the response side (unknown values are kept as strings), so new response enum values never
break a caller; constraints on response values (maxLength, minimum, pattern...) break when they loosen.
Descriptions, summaries and examples are listed under Documentation, never breaking.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import hashlib
import importlib.metadata
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from tokportal_client._spec import HTTP_METHODS, SpecOperation, load_spec, parse_spec
from tokportal_client._spec import Spec as ContractSpec

DEFAULT_UPSTREAM_URL = "https://developers.tokportal.com/openapi.json"
FETCH_TIMEOUT = 10.0
REPO_ROOT = Path(__file__).resolve().parent.parent
SECTIONS = (
    "Servers and security",
    "Operations",
    "Parameters",
    "Request bodies",
    "Responses",
    "Models",
    "Documentation",
)
# Formats for which openapi-python-client generates a different Python type (datetime, date, File, UUID).
TYPED_FORMATS = frozenset({"date-time", "date", "binary", "uuid"})
LABEL = "x-spectools-label"  # set by Spec.normalize on schemas whose type is described by a fixed label

# Keys that document and never change what is generated beyond docstrings (compared by `Differ.documentation`).
DOC_KEYS = frozenset({"description", "summary", "example", "examples", "externalDocs", "$comment"})
# Maps whose keys are names (of properties, paths, media types...), not keywords: no key inside is a DOC_KEY.
NAME_MAPS = frozenset(
    {
        "properties",
        "patternProperties",
        "dependentSchemas",
        "$defs",
        "definitions",
        "paths",
        "webhooks",
        "responses",
        "content",
        "encoding",
        "headers",
        "links",
        "callbacks",
        "variables",
        "mapping",
        "schemas",
        "parameters",
        "requestBodies",
        "securitySchemes",
        "pathItems",
    }
)
# Schema keys `Spec.flatten` turns into Field attributes or child nodes.
STRUCTURAL = frozenset(
    {"type", "enum", "properties", "items", "required", "allOf", "oneOf", "anyOf", "nullable", "additionalProperties"}
    | {LABEL, "$ref", "$defs", "definitions", "$id", "$schema", "$anchor"}
)
UPPER_BOUNDS = frozenset({"maxLength", "maximum", "exclusiveMaximum", "maxItems", "maxProperties", "maxContains"})
LOWER_BOUNDS = frozenset({"minLength", "minimum", "exclusiveMinimum", "minItems", "minProperties", "minContains"})
# Constraints on values: stricter ones break what a caller sends; looser ones break what it may receive.
VALUE_CONSTRAINTS = UPPER_BOUNDS | LOWER_BOUNDS | {"pattern", "format", "multipleOf", "uniqueItems"}
VALUE_CONSTRAINTS |= {"contentMediaType", "contentEncoding", "propertyNames", "dependentRequired"}
# Operation extensions the generator's templates read, and what a change to each does to the client.
EXTENSIONS = {
    "x-tokportal-idempotency": "whether the client sends an Idempotency-Key, accepts `idempotency_key=` and retries",
}
# Keys the client and the generator do not read: reported, never breaking.
UNREAD = frozenset({"links", "callbacks", "webhooks", "xml"})

JSONObject = dict[str, Any]


class SpecError(Exception):
    """A document that cannot be fetched, read, parsed or validated (exit status 2)."""


def load_document(source: str) -> JSONObject:
    """Load a JSON document from a path or an http(s) URL."""
    if not source.startswith(("http://", "https://")):
        try:
            return load_spec(source)
        except (OSError, UnicodeDecodeError) as exc:
            raise SpecError(f"cannot read {source}: {exc}") from None
        except ValueError as exc:
            raise SpecError(f"{source} is not a JSON object: {exc}") from None
    try:
        response = httpx.get(source, timeout=FETCH_TIMEOUT, follow_redirects=True)
        response.raise_for_status()
    except httpx.HTTPStatusError as exc:
        status = exc.response
        raise SpecError(f"cannot fetch {source}: HTTP {status.status_code} {status.reason_phrase}") from None
    except httpx.HTTPError as exc:
        raise SpecError(f"cannot fetch {source}: {exc or type(exc).__name__}") from None
    try:
        return parse_spec(response.text, source)
    except ValueError as exc:
        raise SpecError(f"{source} is not a JSON object: {exc}") from None


VALIDATED = Path(sys.prefix) / ".tokportal-valid-specs"
"""Digests of documents found valid, kept in the virtual environment (it holds the validator whose verdict they
record): validating this contract takes seconds, and check-drift, update-spec and their tests ask about the same
document again and again. Only valid documents are recorded; anything else is validated afresh."""


def _digest(document: JSONObject) -> str:
    text = json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(f"{importlib.metadata.version('openapi-spec-validator')}\n{text}".encode()).hexdigest()


def validate_document(document: JSONObject, source: str) -> None:
    """Raise SpecError unless ``document`` is a valid OpenAPI document (remembered per digest, see VALIDATED)."""
    known = VALIDATED / _digest(document)
    if known.is_file():
        return
    try:
        validate(document)
    except OpenAPIValidationError as exc:
        raise SpecError(f"{source} is not a valid OpenAPI document: {exc.message} (at {exc.json_path})") from None
    except Exception as exc:
        raise SpecError(f"{source} is not a valid OpenAPI document: {type(exc).__name__}: {str(exc)[:200]}") from None
    with contextlib.suppress(OSError):  # a read-only environment only loses the shortcut
        VALIDATED.mkdir(exist_ok=True)
        known.touch()


# -- semantic diff ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    section: str
    breaking: bool
    text: str


@dataclass(frozen=True)
class Field:
    """One node of a flattened schema: the root (path ""), a property (`a.b`), array items (`a[]`) or map values."""

    type: str
    nullable: bool
    required: bool
    enum: frozenset[str] | None  # JSON-encoded values; None when the node is not an enum
    keywords: tuple[tuple[str, str], ...] = ()  # every other keyword (constraints, default...), JSON-encoded values


class Spec(ContractSpec):
    """The shared spec reader (`tokportal_client._spec`) plus the schema flattening the diff compares."""

    def deref(self, node: Any) -> Any:
        try:
            return super().deref(node)
        except ValueError as exc:  # an unresolvable or cyclic $ref: the document is broken, not the tool
            raise SpecError(str(exc)) from None

    def obj(self, node: Any) -> JSONObject:
        """The object a (possibly referenced) node ends at; {} for none."""
        found = self.deref(node)
        return found if isinstance(found, dict) else {}

    def normalize(self, schema: Any, seen: frozenset[str]) -> tuple[JSONObject, bool, frozenset[str]]:
        """Resolve `$ref`s, merge `allOf`, fold null branches and `type` lists.

        Returns the schema, whether it admits null, and the refs followed on the way down (the cycle guard).
        """
        if not isinstance(schema, dict):
            return {}, False, seen  # boolean schemas
        while "$ref" in schema:
            ref = str(schema["$ref"])
            if ref in seen:
                return {LABEL: f"recursive {ref.rsplit('/', 1)[-1]}"}, False, seen
            target = self.lookup(ref)
            if not isinstance(target, dict):
                return {LABEL: f"unresolved {ref}"}, False, seen
            seen = seen | {ref}
            schema = {**target, **{key: value for key, value in schema.items() if key != "$ref"}}
        schema = dict(schema)
        nullable = bool(schema.pop("nullable", False))
        if isinstance(schema.get("type"), list):
            nullable = nullable or "null" in schema["type"]
            schema["type"] = " | ".join(sorted(t for t in schema["type"] if t != "null")) or "null"
        if "const" in schema:
            schema.setdefault("enum", [schema.pop("const")])
        if isinstance(schema.get("enum"), list):
            nullable = nullable or None in schema["enum"]
            schema["enum"] = [value for value in schema["enum"] if value is not None]

        outer_seen = seen
        parts = [self.normalize(part, outer_seen) for part in schema.pop("allOf", [])]
        for part, _, part_seen in parts:
            _merge(schema, part)
            seen |= part_seen
        nullable = nullable or (bool(parts) and all(part_nullable for _, part_nullable, _ in parts))

        raw_branches = [*schema.pop("oneOf", []), *schema.pop("anyOf", [])]
        branches = [(raw, self.normalize(raw, outer_seen)) for raw in raw_branches]
        non_null = [(raw, branch) for raw, branch in branches if branch[0].get("type") != "null"]
        nullable = nullable or len(non_null) < len(branches) or any(branch[1] for _, branch in non_null)
        if len(non_null) == 1:
            _merge(schema, non_null[0][1][0])
            seen |= non_null[0][1][2]
        elif non_null:
            labels = {_ref_name(raw) or self.type_label(branch[0]) for raw, branch in non_null}
            schema[LABEL] = " | ".join(sorted(labels))
        return schema, nullable, seen

    @staticmethod
    def type_label(schema: JSONObject) -> str:
        if LABEL in schema:
            return str(schema[LABEL])
        kind = schema.get("type")
        if kind is None:
            kind = "object" if "properties" in schema else "array" if "items" in schema else "any"
        fmt = schema.get("format")
        return f"{kind}<{fmt}>" if fmt in TYPED_FORMATS else str(kind)

    def flatten(
        self, schema: Any, path: str = "", required: bool = True, seen: frozenset[str] = frozenset()
    ) -> dict[str, Field]:
        """Map every reachable node of a schema to its path: `data.account.username`, `items[]`, `meta.*`."""
        node, nullable, seen = self.normalize(schema, seen)
        enum = node.get("enum")
        values = frozenset(json.dumps(value, sort_keys=True) for value in enum) if isinstance(enum, list) else None
        fields = {path: Field(self.type_label(node), nullable, required, values, _keywords(node))}
        required_names = set(node.get("required", []))
        for name, sub in node.get("properties", {}).items():
            fields.update(self.flatten(sub, f"{path}.{name}" if path else name, name in required_names, seen))
        if "items" in node:
            fields.update(self.flatten(node["items"], f"{path}[]", True, seen))
        if isinstance(node.get("additionalProperties"), dict):
            fields.update(self.flatten(node["additionalProperties"], f"{path}.*" if path else "*", True, seen))
        return fields


def _merge(target: JSONObject, part: JSONObject) -> None:
    """Merge a normalized sub-schema into `target` (properties and `required` are combined, the rest kept)."""
    for key, value in part.items():
        if key == "properties":
            target["properties"] = {**value, **target.get("properties", {})}
        elif key == "required":
            target["required"] = sorted({*target.get("required", []), *value})
        else:
            target.setdefault(key, value)


def _keywords(node: JSONObject) -> tuple[tuple[str, str], ...]:
    """The keywords of a normalized schema node that are neither structure nor documentation, JSON-encoded."""
    found: dict[str, str] = {}
    for key, value in node.items():
        if key in STRUCTURAL or key in DOC_KEYS or (key == "format" and value in TYPED_FORMATS):
            continue
        if value is False and key in {"uniqueItems", "readOnly", "writeOnly", "deprecated"}:
            continue  # the same as absent
        found[key] = json.dumps(value, sort_keys=True)
    if node.get("additionalProperties") is False:
        found["additionalProperties"] = "false"
    return tuple(sorted(found.items()))


def _ref_name(schema: Any) -> str | None:
    return str(schema["$ref"]).rsplit("/", 1)[-1] if isinstance(schema, dict) and "$ref" in schema else None


def _primary_media(content: JSONObject) -> str | None:
    return "application/json" if "application/json" in content else min(content, default=None)


def _values(values: frozenset[str]) -> str:
    return ", ".join(f"`{value}`" for value in sorted(values))


def _code(value: Any) -> str:
    return f"`{json.dumps(value, sort_keys=True)}`"


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _security_label(requirements: Any) -> str:
    """`ApiKeyAuth`, `A or B+C`, or `none` for a security requirement list."""
    if not isinstance(requirements, list) or not requirements:
        return "none"
    alternatives = ["+".join(sorted(req)) if isinstance(req, dict) and req else "anonymous" for req in requirements]
    return " or ".join(f"`{alternative}`" for alternative in alternatives)


def _servers(node: JSONObject) -> list[Any]:
    return [(server.get("url"), server.get("variables")) for server in node.get("servers") or []]


def _server_label(node: JSONObject) -> str:
    urls = [str(url) for url, _ in _servers(node)]
    return ", ".join(f"`{url}`" for url in urls) if urls else "none"


def _parameter_style(parameter: JSONObject) -> tuple[str, bool]:
    """The effective (style, explode) of a parameter, OpenAPI defaults applied."""
    style = parameter.get("style") or ("form" if parameter.get("in") in {"query", "cookie"} else "simple")
    return str(style), bool(parameter.get("explode", style == "form"))


class Differ:
    """Collects the changes between two documents, operation by operation, in a deterministic order."""

    def __init__(self, old: JSONObject, new: JSONObject) -> None:
        self.old, self.new = Spec(old), Spec(new)
        self.changes: list[Change] = []
        self.where = ""

    def add(self, section: str, breaking: bool, text: str) -> None:
        self.changes.append(Change(section, breaking, f"{self.where}: {text}" if self.where else text))

    def run(self) -> list[Change]:
        self.document_level()
        old_ops = {(op.path, op.method): op for op in self.old.operations()}
        new_ops = {(op.path, op.method): op for op in self.new.operations()}
        for key in sorted(old_ops.keys() | new_ops.keys(), key=lambda k: (k[0], HTTP_METHODS.index(k[1]))):
            path, method = key
            self.where = f"`{method.upper()} {path}`"
            if key not in old_ops:
                self.add("Operations", False, f"operation `{new_ops[key].operation_id}` added")
            elif key not in new_ops:
                self.add("Operations", True, f"operation `{old_ops[key].operation_id}` removed")
            else:
                self.where += f" ({new_ops[key].operation_id})"
                self.operation(old_ops[key], new_ops[key])
        self.where = ""
        self.models()
        self.documentation()
        return self.changes

    # -- the document as a whole ----------------------------------------------------------------------------------

    def document_level(self) -> None:
        old, new = self.old.document, self.new.document
        section = "Servers and security"
        if _servers(old) != _servers(new):
            self.add(
                section,
                True,
                f"servers changed from {_server_label(old)} to {_server_label(new)}"
                " (the client's default base URL: requests and the API key go elsewhere)",
            )
        if old.get("security") != new.get("security"):
            self.add(
                section,
                True,
                f"global security changed from {_security_label(old.get('security'))}"
                f" to {_security_label(new.get('security'))}",
            )
        old_schemes = old.get("components", {}).get("securitySchemes", {})
        new_schemes = new.get("components", {}).get("securitySchemes", {})
        for name in sorted(old_schemes.keys() | new_schemes.keys()):
            before, after = self.old.obj(old_schemes.get(name)), self.new.obj(new_schemes.get(name))
            if not after:
                self.add(section, True, f"security scheme `{name}` removed")
            elif not before:
                self.add(section, False, f"security scheme `{name}` added")
            else:
                for key in sorted((before.keys() | after.keys()) - DOC_KEYS):
                    if before.get(key) != after.get(key):
                        change = f"{_code(before.get(key))} to {_code(after.get(key))}"
                        self.add(section, True, f"security scheme `{name}` `{key}` changed from {change}")
        if old.get("openapi") != new.get("openapi"):
            self.add("Models", False, f"OpenAPI version changed from `{old.get('openapi')}` to `{new.get('openapi')}`")
        old_tags = {str(tag.get("name")) for tag in old.get("tags", []) if isinstance(tag, dict)}
        new_tags = {str(tag.get("name")) for tag in new.get("tags", []) if isinstance(tag, dict)}
        for name in sorted(old_tags ^ new_tags):
            self.add("Operations", False, f"tag `{name}` {'added to' if name in new_tags else 'removed from'} the list")
        handled = {"openapi", "info", "servers", "security", "paths", "components", "tags", "jsonSchemaDialect"}
        self.other_keys("Models", "document", old, new, handled)
        if old.get("info", {}).get("title") != new.get("info", {}).get("title"):
            self.add("Documentation", False, "API title changed")

    def models(self) -> None:
        """Component schemas: each is a generated model class; those no operation reaches are compared here."""
        old_schemas = self.old.document.get("components", {}).get("schemas", {})
        new_schemas = self.new.document.get("components", {}).get("schemas", {})
        reached = self.old.referenced_schemas(self.old.document.get("paths", {})) & self.new.referenced_schemas(
            self.new.document.get("paths", {})
        )
        for name in sorted(old_schemas.keys() | new_schemas.keys()):
            self.where = f"schema `{name}`"
            if name not in new_schemas:
                self.add("Models", True, "removed (its model class goes away)")
            elif name not in old_schemas:
                self.add("Models", False, "added (a new model class)")
            elif name not in reached and old_schemas[name] != new_schemas[name]:
                ref = {"$ref": f"#/components/schemas/{name.replace('~', '~0').replace('/', '~1')}"}
                self.fields("Models", "model", self.old.flatten(ref), self.new.flatten(ref), request=False)
        self.where = ""

    def documentation(self) -> None:
        """Descriptions, summaries and examples anywhere in the document: they only change docstrings."""
        for pointer, status in _doc_changes(self.old.document, self.new.document, ""):
            self.add("Documentation", False, f"`{pointer}` {status}")

    # -- one operation --------------------------------------------------------------------------------------------

    def operation(self, old_op: SpecOperation, new_op: SpecOperation) -> None:
        before, after = old_op.operation, new_op.operation
        if old_op.operation_id != new_op.operation_id:
            # the generated module and function are named after the operationId
            self.add("Operations", True, f"operationId renamed from `{old_op.operation_id}`")
        if old_op.tag != new_op.tag:
            # the resource attribute (client.<tag>) is named after the first tag
            self.add("Operations", True, f"moved from tag `{old_op.tag}` to `{new_op.tag}` (another client attribute)")
        elif set(before.get("tags", [])) != set(after.get("tags", [])):
            self.add("Operations", False, f"other tags changed to {_code(sorted(after.get('tags', [])))}")
        if before.get("security") != after.get("security"):
            old_security = before.get("security", self.old.document.get("security"))
            new_security = after.get("security", self.new.document.get("security"))
            if _security_label(old_security) != _security_label(new_security):
                sends = "stops sending" if _security_label(new_security) == "none" else "sends"
                self.add(
                    "Servers and security",
                    True,
                    f"security changed from {_security_label(old_security)} to {_security_label(new_security)}"
                    f" (the client {sends} the API key on it)",
                )
        old_item = self.old.obj(self.old.document["paths"][old_op.path])
        new_item = self.new.obj(self.new.document["paths"][new_op.path])
        for level, old_node, new_node in (("path", old_item, new_item), ("operation", before, after)):
            if _servers(old_node) != _servers(new_node):
                change = f"from {_server_label(old_node)} to {_server_label(new_node)}"
                self.add("Servers and security", True, f"{level}-level servers changed {change}")
        if bool(before.get("deprecated")) != bool(after.get("deprecated")):
            self.add("Operations", False, "deprecated" if after.get("deprecated") else "no longer deprecated")
        for key in sorted(k for k in before.keys() | after.keys() if k.startswith("x-")):
            if before.get(key) != after.get(key):
                effect = EXTENSIONS.get(key, "not recognised by spectools: review what reads it")
                change = f"from {_code(before.get(key))} to {_code(after.get(key))}"
                self.add("Operations", True, f"`{key}` changed {change} ({effect})")
        handled = {"operationId", "tags", "security", "servers", "deprecated", "parameters", "requestBody", "responses"}
        handled |= {key for key in before.keys() | after.keys() if key.startswith("x-")}  # compared above
        self.other_keys("Operations", "operation", before, after, handled)
        self.other_keys("Operations", "path item", old_item, new_item, {"servers", "parameters", *HTTP_METHODS})
        self.parameters(old_op, new_op)
        self.request_body(before, after)
        self.responses(before, after)

    def other_keys(self, section: str, kind: str, before: JSONObject, after: JSONObject, handled: set[str]) -> None:
        """Report keys no rule knows: breaking until reviewed (those known to be read by nothing are not)."""
        for key in sorted((before.keys() | after.keys()) - handled - DOC_KEYS):
            if before.get(key) != after.get(key):
                if key in UNREAD:
                    self.add(section, False, f"{kind} `{key}` changed (not read by the client)")
                else:
                    self.add(section, True, f"{kind} `{key}` changed (not recognised by spectools: review)")

    def parameters(self, old_op: SpecOperation, new_op: SpecOperation) -> None:
        before = {(str(p.get("in")), str(p.get("name"))): p for p in old_op.parameters}
        after = {(str(p.get("in")), str(p.get("name"))): p for p in new_op.parameters}
        for key in sorted(before.keys() | after.keys()):
            location, name = key
            kind = f"{location} parameter"
            old, new = before.get(key), after.get(key)
            if old is None or new is None:
                required = bool(new and new.get("required"))
                status = f"added ({'required' if required else 'optional'})" if new else "removed"
                self.add("Parameters", required or new is None, f"{kind} `{name}` {status}")
                continue
            if bool(old.get("required")) != bool(new.get("required")):
                required = bool(new.get("required"))
                self.add("Parameters", required, f"{kind} `{name}` made {'required' if required else 'optional'}")
            if _parameter_style(old) != _parameter_style(new):
                (old_style, old_explode), (new_style, new_explode) = _parameter_style(old), _parameter_style(new)
                self.add(
                    "Parameters",
                    True,
                    f"{kind} `{name}` serialization changed from style `{old_style}` explode {_code(old_explode)}"
                    f" to style `{new_style}` explode {_code(new_explode)} (the templates send lists exploded)",
                )
            if bool(old.get("deprecated")) != bool(new.get("deprecated")):
                self.add(
                    "Parameters", False, f"{kind} `{name}` {'' if new.get('deprecated') else 'no longer '}deprecated"
                )
            handled = {"name", "in", "required", "style", "explode", "deprecated", "schema", "content"}
            self.other_keys("Parameters", f"{kind} `{name}`", old, new, handled)
            self.fields(
                "Parameters",
                kind,
                self.old.flatten(_parameter_schema(old), name),
                self.new.flatten(_parameter_schema(new), name),
                request=True,
            )

    def request_body(self, before: JSONObject, after: JSONObject) -> None:
        old, new = self.old.obj(before.get("requestBody")), self.new.obj(after.get("requestBody"))
        if not old and not new:
            return
        if not old or not new:
            required = bool(new.get("required"))
            status = f"added ({'required' if required else 'optional'})" if new else "removed"
            self.add("Request bodies", required or not new, f"request body {status}")
            return
        if bool(old.get("required")) != bool(new.get("required")):
            required = bool(new.get("required"))
            self.add("Request bodies", required, f"request body made {'required' if required else 'optional'}")
        self.other_keys("Request bodies", "request body", old, new, {"required", "content"})
        self.content("Request bodies", "request body", old, new, request=True)

    def responses(self, before: JSONObject, after: JSONObject) -> None:
        old_responses, new_responses = before.get("responses", {}), after.get("responses", {})
        for status in sorted(old_responses.keys() | new_responses.keys()):
            kind = f"response {status}"
            if status not in old_responses or status not in new_responses:
                # a success status that disappears shrinks the parsed return type; error statuses do not
                removed = status not in new_responses
                self.add("Responses", removed and status.startswith("2"), f"{kind} {'removed' if removed else 'added'}")
                continue
            old, new = self.old.obj(old_responses[status]), self.new.obj(new_responses[status])
            self.headers(kind, old, new)
            self.other_keys("Responses", kind, old, new, {"headers", "content"})
            if bool(old.get("content")) != bool(new.get("content")):
                removed = bool(old.get("content"))
                self.add("Responses", removed, f"{kind} body {'removed' if removed else 'added'}")
            elif old.get("content"):
                self.content("Responses", kind, old, new, request=False)

    def headers(self, kind: str, old: JSONObject, new: JSONObject) -> None:
        """Response headers (rate limits, request id, Retry-After... are read by the client)."""
        before = {str(name).lower(): (name, self.old.obj(h)) for name, h in (old.get("headers") or {}).items()}
        after = {str(name).lower(): (name, self.new.obj(h)) for name, h in (new.get("headers") or {}).items()}
        for key in sorted(before.keys() | after.keys()):
            name = (after.get(key) or before[key])[0]
            subject = f"{kind} header `{name}`"
            if key not in after:
                self.add("Responses", True, f"{subject} removed")
            elif key not in before:
                self.add("Responses", False, f"{subject} added")
            else:
                old_header, new_header = before[key][1], after[key][1]
                if bool(old_header.get("required")) != bool(new_header.get("required")):
                    optional = not new_header.get("required")
                    self.add("Responses", optional, f"{subject} made {'optional' if optional else 'required'}")
                self.other_keys("Responses", subject, old_header, new_header, {"required", "schema", "content"})
                self.fields(
                    "Responses",
                    subject,
                    self.old.flatten(_parameter_schema(old_header)),
                    self.new.flatten(_parameter_schema(new_header)),
                    request=False,
                )

    def content(self, section: str, kind: str, old: JSONObject, new: JSONObject, request: bool) -> None:
        """Media types of a request body or response: the primary one (the generated code's) and the others."""
        old_content, new_content = old.get("content") or {}, new.get("content") or {}
        old_type, new_type = _primary_media(old_content), _primary_media(new_content)
        if old_type != new_type:
            self.add(section, True, f"{kind} media type changed from `{old_type}` to `{new_type}`")
        for media in sorted((old_content.keys() - new_content.keys()) - {old_type}):
            self.add(section, True, f"{kind} media type `{media}` removed")
        for media in sorted((new_content.keys() - old_content.keys()) - {new_type}):
            self.add(section, False, f"{kind} media type `{media}` added")
        pairs = [(kind, old_type, new_type)] if old_type and new_type else []
        pairs += [(f"{kind} (`{m}`)", m, m) for m in sorted(old_content.keys() & new_content.keys()) if m != new_type]
        for subject, old_media, new_media in pairs:
            before, after = self.old.obj(old_content[old_media]), self.new.obj(new_content[new_media])
            if before.get("encoding") != after.get("encoding"):
                self.add(section, request, f"{subject} multipart `encoding` changed")
            self.other_keys(section, subject, before, after, {"schema", "encoding"})
            old_fields, new_fields = self.old.flatten(before.get("schema")), self.new.flatten(after.get("schema"))
            self.fields(section, subject, old_fields, new_fields, request)

    def fields(self, section: str, kind: str, before: dict[str, Field], after: dict[str, Field], request: bool) -> None:
        """Compare two flattened schemas; `request` is True for what the caller sends, False for what it receives."""
        reported: list[str] = []  # paths added or removed: their descendants are not listed again
        for path in sorted(before.keys() | after.keys()):
            if any(path.startswith((prefix + ".", prefix + "[]")) for prefix in reported):
                continue
            subject = f"{kind} `{path}`" if path else kind
            old, new = before.get(path), after.get(path)
            if old is None or new is None:
                reported.append(path)
                if new is not None:
                    status = "required" if new.required else "optional"
                    self.add(section, request and new.required, f"{subject} added ({status})")
                else:
                    self.add(section, True, f"{subject} removed")
                continue
            if old.type != new.type:
                self.add(section, True, f"{subject} type changed from `{old.type}` to `{new.type}`")
            if old.nullable != new.nullable:
                # a response field that may now be None, or a request field that no longer accepts None, breaks
                self.add(
                    section, new.nullable != request, f"{subject} made {'nullable' if new.nullable else 'non-null'}"
                )
            if old.required != new.required:
                self.add(
                    section, new.required == request, f"{subject} made {'required' if new.required else 'optional'}"
                )
            if old.enum is not None and new.enum is not None:
                if added := new.enum - old.enum:
                    self.add(section, False, f"{subject} enum values added: {_values(added)}")
                if removed := old.enum - new.enum:
                    self.add(section, request, f"{subject} enum values removed: {_values(removed)}")
            elif old.enum is not None:
                self.add(section, not request, f"{subject} no longer an enum (was {_values(old.enum)})")
            elif new.enum is not None:
                self.add(section, request, f"{subject} restricted to enum values {_values(new.enum)}")
            self.keywords(section, subject, dict(old.keywords), dict(new.keywords), request)

    def keywords(
        self, section: str, subject: str, before: dict[str, str], after: dict[str, str], request: bool
    ) -> None:
        """Constraints and other keywords of one schema node (values JSON-encoded)."""
        for key in sorted(before.keys() | after.keys()):
            old, new = before.get(key), after.get(key)
            if old == new:
                continue
            direction = _direction(key, old, new)
            if key in VALUE_CONSTRAINTS:
                # what a caller sends breaks when it tightens; what it receives breaks when it loosens
                breaking = direction != ("looser" if request else "tighter")
            elif key == "additionalProperties":
                breaking = request and direction == "tighter"  # unknown response fields are kept anyway
            elif key == "default":
                breaking = request  # a request that omits the value now means something else
            elif key == "deprecated":
                breaking = False
            else:
                breaking = True  # readOnly/writeOnly, title (names inline models), anything not recognised
            if old is None:
                text = f"`{key}` added: `{new}`"
            elif new is None:
                text = f"`{key}` removed (was `{old}`)"
            elif direction == "changed":
                text = f"`{key}` changed from `{old}` to `{new}`"
            else:
                text = f"`{key}` {'tightened' if direction == 'tighter' else 'loosened'} from {old} to {new}"
            self.add(section, breaking, f"{subject} {text}")


def _parameter_schema(parameter: JSONObject) -> Any:
    """The schema of a parameter or header: `schema`, or the one of its single `content` entry."""
    if "schema" in parameter:
        return parameter["schema"]
    content = parameter.get("content") or {}
    media = _primary_media(content)
    return content[media].get("schema") if media else None


def _direction(key: str, old: str | None, new: str | None) -> str:
    """`tighter`, `looser` or `changed`, for a keyword whose JSON-encoded value went from `old` to `new`."""
    if old is None:
        return "tighter"  # a new constraint
    if new is None:
        return "looser"
    before, after = json.loads(old), json.loads(new)
    if _number(before) and _number(after) and key in UPPER_BOUNDS | LOWER_BOUNDS:
        tighter = after < before if key in UPPER_BOUNDS else after > before
        return "tighter" if tighter else "looser"
    return "changed"


def _doc_changes(old: Any, new: Any, pointer: str, names: bool = False) -> list[tuple[str, str]]:
    """JSON pointers of the documentation keys that differ; `names` is True inside a map of names."""
    if isinstance(old, list) and isinstance(new, list):
        return [
            change
            for index, (a, b) in enumerate(zip(old, new, strict=False))
            for change in _doc_changes(a, b, f"{pointer}/{index}")
        ]
    if not isinstance(old, dict) or not isinstance(new, dict):
        return []
    found: list[tuple[str, str]] = []
    for key in sorted(old.keys() | new.keys()):
        child = f"{pointer}/{key.replace('~', '~0').replace('/', '~1')}"
        if not names and key in DOC_KEYS:
            if key not in new:
                found.append((child, "removed"))
            elif key not in old:
                found.append((child, "added"))
            elif old[key] != new[key]:
                found.append((child, "changed"))
        elif key in old and key in new:
            found += _doc_changes(old[key], new[key], child, names=not names and key in NAME_MAPS)
    return found


def diff_documents(old: JSONObject, new: JSONObject) -> list[Change]:
    return Differ(old, new).run()


def render_report(old: JSONObject, new: JSONObject, *, title: str | None = "OpenAPI spec diff", level: int = 2) -> str:
    """Markdown report; `level` is the heading level of the sections (the title is one level above)."""
    changes = diff_documents(old, new)
    old_version, new_version = _version(old), _version(new)
    breaking = sum(change.breaking for change in changes)
    lines = [f"{'#' * (level - 1)} {title}", ""] if title else []
    version = f"`{new_version}` (unchanged)" if old_version == new_version else f"`{old_version}` → `{new_version}`"
    lines += [
        f"Spec version: {version}",
        "",
        f"**Summary: {breaking} breaking, {len(changes) - breaking} non-breaking**",
    ]
    for section in SECTIONS:
        entries = [change for change in changes if change.section == section]
        if entries:
            lines += ["", f"{'#' * level} {section}", ""]
            lines += [f"- **{'breaking' if c.breaking else 'non-breaking'}** {c.text}" for c in entries]
    if not changes:
        lines += ["", "No changes."]
    return "\n".join(lines) + "\n"


def _version(document: JSONObject) -> str:
    return str(document.get("info", {}).get("version", "unknown"))


# -- commands -----------------------------------------------------------------------------------------------------


def insert_changelog_entry(changelog: str, entry: str) -> str:
    """Insert `entry` before the first `## [` release heading, or append it when there is none."""
    lines = changelog.splitlines(keepends=True)
    for index, line in enumerate(lines):
        if line.startswith("## ["):
            return "".join(lines[:index]) + entry.rstrip("\n") + "\n\n" + "".join(lines[index:])
    return (changelog.rstrip("\n") + "\n\n" if changelog.strip() else "") + entry


def command_update(source: str, root: Path) -> int:
    new = load_document(source)
    validate_document(new, source)
    spec_path, changelog_path = root / "openapi.json", root / "CHANGELOG.md"
    previous = spec_path.read_bytes() if spec_path.exists() else None
    old = load_document(str(spec_path)) if previous is not None else {}
    if old == new:
        print(f"openapi.json already matches {source}; nothing to do")
        return 0
    spec_path.write_text(json.dumps(new, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    try:
        status = subprocess.run(["make", "generate"], cwd=root, check=False).returncode
    except OSError as exc:
        print(f"spectools: cannot run make: {exc}", file=sys.stderr)
        status = 1
    if status != 0:
        if previous is None:
            spec_path.unlink()
        else:
            spec_path.write_bytes(previous)
        print(f"spectools: `make generate` failed (exit {status}); openapi.json restored", file=sys.stderr)
        return 1
    version = _version(new)
    entry = (
        f"## [Unreleased] - spec {version} ({datetime.date.today().isoformat()})\n\n"
        f"Regenerated from TokPortal API spec {version}.\n\n" + render_report(old, new, title=None, level=3)
    )
    changelog = changelog_path.read_text(encoding="utf-8") if changelog_path.exists() else "# Changelog\n"
    changelog_path.write_text(insert_changelog_entry(changelog, entry), encoding="utf-8")
    print(entry)
    print(f"openapi.json updated to spec {version}, code regenerated, CHANGELOG.md entry added.")
    return 0


def command_check_upstream(url: str, root: Path) -> int:
    upstream = load_document(url)
    pinned = load_document(str(root / "openapi.json"))
    if upstream == pinned:
        print(f"openapi.json is up to date with {url}")
        return 0
    print(f"openapi.json differs from {url}\n")
    print(render_report(pinned, upstream))
    print(f"Run `make update-spec SPEC={url}` to update it.")
    return 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="spectools.py", description="Maintainer tools for openapi.json.")
    commands = parser.add_subparsers(dest="command", required=True)
    diff = commands.add_parser("diff", help="semantic Markdown report of two OpenAPI documents")
    diff.add_argument("old", help="path or http(s) URL")
    diff.add_argument("new", help="path or http(s) URL")
    update = commands.add_parser("update", help="replace openapi.json, regenerate, add a CHANGELOG entry")
    update.add_argument("spec", help="path or http(s) URL of the new document")
    upstream = commands.add_parser("check-upstream", help="compare openapi.json with the published document")
    upstream.add_argument("--url", help=f"default: $TOKPORTAL_OPENAPI_URL or {DEFAULT_UPSTREAM_URL}")
    for command in (update, upstream):
        command.add_argument("--root", type=Path, default=REPO_ROOT, help="project root (default: %(default)s)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "diff":
            print(render_report(load_document(args.old), load_document(args.new)), end="")
            return 0
        if args.command == "update":
            return command_update(args.spec, args.root)
        url = args.url or os.environ.get("TOKPORTAL_OPENAPI_URL") or DEFAULT_UPSTREAM_URL
        return command_check_upstream(url, args.root)
    except SpecError as exc:
        print("spectools: error: " + " ".join(str(exc).split()), file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
