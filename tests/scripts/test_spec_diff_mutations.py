"""Mutation suite for `make spec-diff`: each mutation of the real openapi.json is reported and classified.

Every mutation is built at test time by walking the pinned contract (through `tokportal_client._spec`), never
from today's operation or schema names, so the suite keeps its meaning after a contract bump. A mutation whose
kind of target the contract no longer has is skipped, naming what it looked for.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from scripts import spectools
from tokportal_client._spec import Spec, SpecOperation, load_spec

ROOT = Path(__file__).resolve().parents[2]
CONTRACT = load_spec(ROOT / "openapi.json")
JSON = "application/json"


@dataclass(frozen=True)
class Expected:
    """The report must hold at least one change whose text has every fragment, all classified `breaking`."""

    fragments: tuple[str, ...]
    breaking: bool


# -- walking the contract (a mutable copy: deref returns the very objects of the copy) ----------------------------


def operations(doc: dict[str, Any]) -> list[tuple[SpecOperation, dict[str, Any]]]:
    """Every operation with its (mutable) operation object in `doc`, in document order."""
    spec = Spec(doc)
    return [(op, spec.deref(doc["paths"][op.path])[op.method]) for op in spec.operations()]


def resolve(doc: dict[str, Any], node: Any) -> dict[str, Any]:
    found = Spec(doc).deref(node)
    return found if isinstance(found, dict) else {}


@dataclass
class Prop:
    """A property of an object schema, reached from an operation: `parent["properties"][name]` is `schema`."""

    op: SpecOperation
    parent: dict[str, Any]
    name: str
    schema: dict[str, Any]


def properties(doc: dict[str, Any], root: Any, op: SpecOperation) -> Iterator[Prop]:
    """Every property reachable from a schema ($refs, allOf/anyOf/oneOf branches and array items followed)."""
    pending, seen = [root], set()
    while pending:
        schema = resolve(doc, pending.pop(0))
        if id(schema) in seen:
            continue
        seen.add(id(schema))
        for name, sub in schema.get("properties", {}).items():
            target = resolve(doc, sub)
            yield Prop(op, schema, name, target)
            pending.append(target)
        pending += [*schema.get("allOf", []), *schema.get("anyOf", []), *schema.get("oneOf", [])]
        if isinstance(schema.get("items"), dict):
            pending.append(schema["items"])


def request_props(doc: dict[str, Any]) -> Iterator[Prop]:
    for op, raw in operations(doc):
        body = resolve(doc, raw.get("requestBody"))
        media = body.get("content", {}).get(JSON)
        if media:
            yield from properties(doc, media.get("schema"), op)


def success_responses(doc: dict[str, Any]) -> Iterator[tuple[SpecOperation, dict[str, Any], str, dict[str, Any]]]:
    """(operation, operation object, status, response object) for each 2xx response."""
    for op, raw in operations(doc):
        for status, response in raw.get("responses", {}).items():
            if status.startswith("2"):
                yield op, raw, status, resolve(doc, response)


def response_props(doc: dict[str, Any]) -> Iterator[Prop]:
    for op, _, _, response in success_responses(doc):
        media = response.get("content", {}).get(JSON)
        if media:
            yield from properties(doc, media.get("schema"), op)


def query_params(doc: dict[str, Any]) -> Iterator[tuple[SpecOperation, dict[str, Any]]]:
    for op, _ in operations(doc):
        for parameter in op.parameters:
            if parameter.get("in") == "query":
                yield op, parameter


def first(found: Iterator[Any], what: str) -> Any:
    for item in found:
        return item
    pytest.skip(f"the contract has no {what}")


def types(schema: dict[str, Any]) -> set[str]:
    kind = schema.get("type")
    return set(kind) if isinstance(kind, list) else {kind} if isinstance(kind, str) else set()


# -- the mutations: each edits `doc` in place and says what the report must contain ------------------------------


def remove_security_requirement(doc: dict[str, Any]) -> Expected:
    op, raw = first(
        ((op, raw) for op, raw in operations(doc) if raw.get("security", doc.get("security"))), "secured op"
    )
    raw["security"] = []
    return Expected((f"({op.operation_id})", "security changed from", "to none"), True)


def tighten_request_max_length(doc: dict[str, Any]) -> Expected:
    prop = first((p for p in request_props(doc) if isinstance(p.schema.get("maxLength"), int)), "request maxLength")
    old = prop.schema["maxLength"]
    prop.schema["maxLength"] = new = max(0, old // 2)
    return Expected((f"{prop.name}` `maxLength` tightened from {old} to {new}",), True)


def change_servers_url(doc: dict[str, Any]) -> Expected:
    doc["servers"] = [{"url": "https://moved.invalid/api/ext"}]
    return Expected(("servers changed from", "`https://moved.invalid/api/ext`"), True)


def change_idempotency_policy(doc: dict[str, Any]) -> Expected:
    op, raw = first(
        ((op, raw) for op, raw in operations(doc) if raw.get("x-tokportal-idempotency") == "standard"),
        "operation with the standard idempotency policy",
    )
    raw["x-tokportal-idempotency"] = "reject-sensitive-response"
    return Expected((f"({op.operation_id})", '`x-tokportal-idempotency` changed from `"standard"`'), True)


def add_required_query_parameter(doc: dict[str, Any]) -> Expected:
    op, raw = operations(doc)[0]
    raw.setdefault("parameters", []).append(
        {"name": "mutation_filter", "in": "query", "required": True, "schema": {"type": "string"}}
    )
    return Expected((f"({op.operation_id})", "query parameter `mutation_filter` added (required)"), True)


def remove_response_field(doc: dict[str, Any]) -> Expected:
    prop = first(response_props(doc), "response field")
    del prop.parent["properties"][prop.name]
    if prop.name in prop.parent.get("required", []):
        prop.parent["required"].remove(prop.name)
    return Expected((f"({prop.op.operation_id}): response", f"{prop.name}` removed"), True)


def narrow_field_type(doc: dict[str, Any]) -> Expected:
    prop = first((p for p in response_props(doc) if "number" in types(p.schema)), "number field in a response")
    kind = prop.schema["type"]
    prop.schema["type"] = [("integer" if t == "number" else t) for t in kind] if isinstance(kind, list) else "integer"
    return Expected((f"{prop.name}` type changed from `number` to `integer`",), True)


def add_response_enum_value(doc: dict[str, Any]) -> Expected:
    prop = first((p for p in response_props(doc) if isinstance(p.schema.get("enum"), list)), "response enum")
    prop.schema["enum"].append("mutation_value")
    return Expected(("response", 'enum values added: `"mutation_value"`'), False)


def remove_request_enum_value(doc: dict[str, Any]) -> Expected:
    prop = first((p for p in request_props(doc) if len(p.schema.get("enum") or []) > 1), "request enum")
    removed = next(value for value in reversed(prop.schema["enum"]) if value is not None)
    prop.schema["enum"].remove(removed)
    return Expected(("request body", f"enum values removed: `{json.dumps(removed)}`"), True)


def add_optional_request_field(doc: dict[str, Any]) -> Expected:
    prop = first(request_props(doc), "request body field")
    prop.parent["properties"]["mutation_note"] = {"type": "string"}
    return Expected(("request body", "mutation_note` added (optional)"), False)


def make_response_field_nullable(doc: dict[str, Any]) -> Expected:
    prop = first(
        (p for p in response_props(doc) if p.schema.get("type") == "string" and p.name in p.parent.get("required", [])),
        "required non-null string in a response",
    )
    prop.schema["type"] = ["string", "null"]
    return Expected(("response", f"{prop.name}` made nullable"), True)


def make_response_field_optional(doc: dict[str, Any]) -> Expected:
    prop = first((p for p in response_props(doc) if p.name in p.parent.get("required", [])), "required response field")
    prop.parent["required"].remove(prop.name)
    return Expected(("response", f"{prop.name}` made optional"), True)


def make_request_field_required(doc: dict[str, Any]) -> Expected:
    prop = first((p for p in request_props(doc) if p.name not in p.parent.get("required", [])), "optional field")
    prop.parent.setdefault("required", []).append(prop.name)
    return Expected(("request body", f"{prop.name}` made required"), True)


def replace_success_status(doc: dict[str, Any]) -> Expected:
    op, raw, status, _ = first((r for r in success_responses(doc) if r[2] == "200"), "200 response")
    raw["responses"]["299"] = raw["responses"].pop(status)
    return Expected((f"({op.operation_id}): response 200 removed",), True)


def change_request_media_type(doc: dict[str, Any]) -> Expected:
    op, raw = first(
        ((op, raw) for op, raw in operations(doc) if JSON in resolve(doc, raw.get("requestBody")).get("content", {})),
        "JSON request body",
    )
    body = copy.deepcopy(resolve(doc, raw["requestBody"]))
    body["content"] = {"application/x-www-form-urlencoded": body["content"][JSON]}
    raw["requestBody"] = body
    return Expected((f"({op.operation_id})", "media type changed from `application/json`"), True)


def remove_operation(doc: dict[str, Any]) -> Expected:
    op, _ = operations(doc)[-1]
    del resolve(doc, doc["paths"][op.path])[op.method]
    return Expected((f"operation `{op.operation_id}` removed",), True)


def add_operation(doc: dict[str, Any]) -> Expected:
    _, raw = operations(doc)[0]
    doc["paths"]["/mutation-ping"] = {"get": {**copy.deepcopy(raw), "operationId": "mutationPing"}}
    return Expected(("operation `mutationPing` added",), False)


def rename_operation_id(doc: dict[str, Any]) -> Expected:
    op, raw = operations(doc)[0]
    raw["operationId"] = "mutationRenamed"
    return Expected((f"operationId renamed from `{op.operation_id}`",), True)


def move_operation_to_another_tag(doc: dict[str, Any]) -> Expected:
    found = operations(doc)
    tags = [op.tag for op, _ in found]
    op, raw = first(((op, raw) for op, raw in found if any(t != op.tag for t in tags)), "two tags")
    old, other = op.tag, next(tag for tag in tags if tag != op.tag)
    raw["tags"] = [other]
    return Expected((f"({op.operation_id}): moved from tag `{old}` to `{other}`",), True)


def loosen_parameter_maximum(doc: dict[str, Any]) -> Expected:
    _, parameter = first(
        ((op, p) for op, p in query_params(doc) if isinstance(resolve(doc, p.get("schema")).get("maximum"), int)),
        "query parameter with a maximum",
    )
    schema = resolve(doc, parameter["schema"])
    old = schema["maximum"]
    schema["maximum"] = old * 5
    return Expected((f"query parameter `{parameter['name']}` `maximum` loosened from {old} to {old * 5}",), False)


def raise_parameter_minimum(doc: dict[str, Any]) -> Expected:
    _, parameter = first(
        ((op, p) for op, p in query_params(doc) if isinstance(resolve(doc, p.get("schema")).get("minimum"), int)),
        "query parameter with a minimum",
    )
    schema = resolve(doc, parameter["schema"])
    old = schema["minimum"]
    schema["minimum"] = old + 1
    return Expected((f"query parameter `{parameter['name']}` `minimum` tightened from {old} to {old + 1}",), True)


def add_path_parameter_pattern(doc: dict[str, Any]) -> Expected:
    _, parameter = first(((op, p) for op, _ in operations(doc) for p in op.parameters if p["in"] == "path"), "path")
    parameter["schema"] = {**resolve(doc, parameter.get("schema")), "pattern": "^[a-z]+$"}
    return Expected((f"path parameter `{parameter['name']}` `pattern` added",), True)


def change_parameter_explode(doc: dict[str, Any]) -> Expected:
    _, parameter = first(
        ((op, p) for op, p in query_params(doc) if "array" in types(resolve(doc, p.get("schema")))), "array parameter"
    )
    parameter["explode"] = not parameter.get("explode", parameter.get("style", "form") == "form")
    return Expected((f"query parameter `{parameter['name']}` serialization changed",), True)


def change_parameter_default(doc: dict[str, Any]) -> Expected:
    _, parameter = first(
        ((op, p) for op, p in query_params(doc) if isinstance(resolve(doc, p.get("schema")).get("default"), int)),
        "query parameter with an integer default",
    )
    schema = resolve(doc, parameter["schema"])
    schema["default"] += 1
    return Expected((f"query parameter `{parameter['name']}` `default` changed",), True)


def remove_response_header(doc: dict[str, Any]) -> Expected:
    _, _, status, response = first((r for r in success_responses(doc) if r[3].get("headers")), "response header")
    name = sorted(response["headers"])[0]
    del response["headers"][name]
    return Expected((f"response {status} header `{name}` removed",), True)


def rename_security_scheme_header(doc: dict[str, Any]) -> Expected:
    schemes = doc.get("components", {}).get("securitySchemes", {})
    name = first((n for n, s in schemes.items() if s.get("in") == "header"), "header security scheme")
    schemes[name]["name"] = "X-Mutation-Key"
    return Expected((f"security scheme `{name}` `name` changed", "X-Mutation-Key"), True)


def change_response_field_format(doc: dict[str, Any]) -> Expected:
    prop = first((p for p in response_props(doc) if p.schema.get("format") == "date-time"), "date-time in a response")
    prop.schema["format"] = "date"
    return Expected((f"{prop.name}` type changed from `string<date-time>` to `string<date>`",), True)


def forbid_additional_request_properties(doc: dict[str, Any]) -> Expected:
    prop = first(
        (p for p in request_props(doc) if p.parent.get("additionalProperties") is not False), "open request object"
    )
    prop.parent["additionalProperties"] = False
    return Expected(("request body", "`additionalProperties` added: `false`"), True)


def add_unknown_operation_extension(doc: dict[str, Any]) -> Expected:
    op, raw = operations(doc)[0]
    raw["x-mutation-flag"] = True
    return Expected((f"({op.operation_id})", "`x-mutation-flag` changed", "review"), True)


def add_unknown_schema_keyword(doc: dict[str, Any]) -> Expected:
    prop = first(request_props(doc), "request body field")
    prop.schema["x-mutation-hint"] = "review me"
    return Expected(("request body", f"{prop.name}` `x-mutation-hint` added"), True)


def change_operation_description(doc: dict[str, Any]) -> Expected:
    _, raw = operations(doc)[0]
    raw["description"] = "Mutated description."
    return Expected(("/description` ",), False)


def add_unused_schema(doc: dict[str, Any]) -> Expected:
    doc["components"]["schemas"]["MutationExtra"] = {"type": "object", "properties": {"a": {"type": "string"}}}
    return Expected(("schema `MutationExtra`: added",), False)


def tighten_request_min_items(doc: dict[str, Any]) -> Expected:
    prop = first((p for p in request_props(doc) if "array" in types(p.schema)), "request array")
    old = prop.schema.get("minItems")
    prop.schema["minItems"] = (old or 0) + 1
    verb = "added" if old is None else "tightened"
    return Expected((f"{prop.name}` `minItems` {verb}",), True)


def add_error_status(doc: dict[str, Any]) -> Expected:
    op, raw = operations(doc)[0]
    raw["responses"]["418"] = {"description": "Mutation."}
    return Expected((f"({op.operation_id}): response 418 added",), False)


def remove_global_security(doc: dict[str, Any]) -> Expected:
    if not doc.get("security"):
        pytest.skip("the contract has no global security")
    del doc["security"]
    return Expected(("global security changed from", "to none"), True)


MUTATIONS: list[Callable[[dict[str, Any]], Expected]] = [
    # the eight of issue 17's "Done when"
    remove_security_requirement,
    tighten_request_max_length,
    change_servers_url,
    change_idempotency_policy,
    add_required_query_parameter,
    remove_response_field,
    narrow_field_type,
    add_response_enum_value,
    # and the rest of what the client depends on
    remove_request_enum_value,
    add_optional_request_field,
    make_response_field_nullable,
    make_response_field_optional,
    make_request_field_required,
    replace_success_status,
    change_request_media_type,
    remove_operation,
    add_operation,
    rename_operation_id,
    move_operation_to_another_tag,
    loosen_parameter_maximum,
    raise_parameter_minimum,
    add_path_parameter_pattern,
    change_parameter_explode,
    change_parameter_default,
    remove_response_header,
    rename_security_scheme_header,
    change_response_field_format,
    forbid_additional_request_properties,
    add_unknown_operation_extension,
    add_unknown_schema_keyword,
    change_operation_description,
    add_unused_schema,
    tighten_request_min_items,
    add_error_status,
    remove_global_security,
]


def mutate(mutation: Callable[[dict[str, Any]], Expected]) -> tuple[dict[str, Any], Expected]:
    doc = copy.deepcopy(CONTRACT)
    expected = mutation(doc)
    return doc, expected


def matching(changes: list[Any], expected: Expected) -> list[Any]:
    return [change for change in changes if all(fragment in change.text for fragment in expected.fragments)]


def test_the_contract_against_itself_has_no_changes() -> None:
    assert spectools.diff_documents(CONTRACT, copy.deepcopy(CONTRACT)) == []


@pytest.mark.parametrize("mutation", MUTATIONS, ids=[m.__name__ for m in MUTATIONS])
def test_mutation_is_reported_and_classified(mutation: Callable[[dict[str, Any]], Expected]) -> None:
    doc, expected = mutate(mutation)
    assert doc != CONTRACT
    changes = spectools.diff_documents(CONTRACT, doc)
    found = matching(changes, expected)
    assert found, f"{mutation.__name__}: nothing matches {expected.fragments} in {[c.text for c in changes]}"
    assert {change.breaking for change in found} == {expected.breaking}, [(c.breaking, c.text) for c in found]
    report = spectools.render_report(CONTRACT, doc)
    label = "**breaking**" if expected.breaking else "**non-breaking**"
    assert any(line.startswith(f"- {label} ") and found[0].text in line for line in report.splitlines())


def test_every_mutation_is_distinct() -> None:
    """No two mutations produce the same document: each proves something of its own."""
    docs = [json.dumps(mutate(m)[0], sort_keys=True) for m in MUTATIONS if m is not remove_global_security]
    assert len(set(docs)) == len(docs)


def test_make_spec_diff_reports_the_done_when_mutations_together(tmp_path: Path) -> None:
    """The command line (what `make spec-diff` runs) on one document carrying the eight mutations of the issue."""
    doc = copy.deepcopy(CONTRACT)
    expectations = [mutation(doc) for mutation in MUTATIONS[:8]]
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps(CONTRACT), encoding="utf-8")
    new.write_text(json.dumps(doc), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "spectools.py"), "diff", str(old), str(new)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    for expected in expectations:
        label = "- **breaking** " if expected.breaking else "- **non-breaking** "
        assert any(line.startswith(label) and all(f in line for f in expected.fragments) for line in lines), expected
