"""tokportal_client.agents: schemas from the registry, strict-mode validity, and dispatch against the mock."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from mcp_support import arguments_for

from tokportal_client import agents
from tokportal_client._generated.registry import OPERATIONS
from tokportal_client.testing import MockServer

STRICT_KEYWORDS = {
    "type",
    "properties",
    "required",
    "additionalProperties",
    "items",
    "enum",
    "const",
    "anyOf",
    "description",
    "pattern",
    "format",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minItems",
    "maxItems",
}


def strict_violations(schema: Any, where: str = "$") -> list[str]:
    """What OpenAI's strict mode would refuse: open objects, optional properties, unsupported keywords."""
    found: list[str] = []
    if not isinstance(schema, dict):
        return [f"{where}: not a schema"]
    for key in schema:
        if key not in STRICT_KEYWORDS:
            found.append(f"{where}: keyword {key!r}")
    types = schema.get("type")
    is_object = types == "object" or (isinstance(types, list) and "object" in types)
    if is_object:
        properties = schema.get("properties")
        if not isinstance(properties, dict) or not properties:
            found.append(f"{where}: object without properties")
            properties = {}
        if schema.get("additionalProperties") is not False:
            found.append(f"{where}: additionalProperties is not false")
        if sorted(schema.get("required", [])) != sorted(properties):
            found.append(f"{where}: not every property is required")
        for name, sub in properties.items():
            found += strict_violations(sub, f"{where}.{name}")
    if "items" in schema:
        found += strict_violations(schema["items"], f"{where}[]")
    for index, part in enumerate(schema.get("anyOf", [])):
        found += strict_violations(part, f"{where}|{index}")
    return found


def test_strict_checker_catches_what_strict_mode_refuses() -> None:
    assert strict_violations({"type": "object", "properties": {"a": {"type": "string"}}})
    assert strict_violations({"type": "object", "additionalProperties": False})
    assert strict_violations({"type": "string", "maxLength": 3})
    closed = {
        "type": "object",
        "properties": {"a": {"type": "string"}},
        "required": ["a"],
        "additionalProperties": False,
    }
    assert strict_violations(closed) == []


def test_a_tool_per_operation_named_by_its_method() -> None:
    assert [t.name for t in agents.tools()] == list(OPERATIONS)
    assert {t.name for t in agents.tools(allow_secrets=False)} == {
        n for n, op in OPERATIONS.items() if not op.sensitive
    }


@pytest.mark.parametrize("api", ["chat", "responses"])
def test_every_openai_schema_is_strict_mode_valid(api: Any) -> None:
    definitions = agents.openai_tools(api=api, allow_secrets=True)
    assert len(definitions) == len(OPERATIONS)
    for definition in definitions:
        function = definition["function"] if api == "chat" else definition
        assert function["strict"] is True
        schema = function["parameters"]
        assert schema["type"] == "object", function["name"]
        assert strict_violations(schema) == [], function["name"]


def test_every_anthropic_schema_is_strict_mode_valid() -> None:
    for definition in agents.anthropic_tools(allow_secrets=True, strict=True):
        assert set(definition) == {"name", "description", "input_schema", "strict"}
        assert strict_violations(definition["input_schema"]) == [], definition["name"]
    assert all("strict" not in d for d in agents.anthropic_tools())


def test_strict_form_makes_optional_nullable_and_open_objects_json_text() -> None:
    schema = {
        "type": "object",
        "properties": {
            "a": {"type": "string", "maxLength": 5},
            "b": {"type": "string", "enum": ["x", "y"]},
            "c": {"type": "object", "description": "free form"},
            "d": {"oneOf": [{"type": "integer"}, {"type": "string"}]},
        },
        "required": ["a"],
    }
    strict = agents.strict_schema(schema)
    assert strict["required"] == ["a", "b", "c", "d"]
    assert strict["properties"]["a"] == {"type": "string", "description": "(at most 5 characters)"}
    assert strict["properties"]["b"] == {"type": ["string", "null"], "enum": ["x", "y", None]}
    assert strict["properties"]["c"]["type"] == ["string", "null"]
    assert {"type": "null"} in strict["properties"]["d"]["anyOf"]


def test_annotations_follow_the_registry_policy() -> None:
    for each in agents.tools():
        operation = each.operation
        hints = each.annotations
        assert hints["readOnlyHint"] is (operation.method == "GET")
        assert hints["idempotentHint"] is operation.replay_safe
        if operation.method == "DELETE" or each.priced:
            assert hints["destructiveHint"] is True
        if operation.method == "GET":
            assert hints["destructiveHint"] is False and not each.priced
        properties = each.input_schema["properties"]
        assert ("idempotency_key" in properties) is operation.takes_idempotency_key
        assert ("confirm" in properties) is each.priced
        assert ("max_items" in properties) is (operation.page_item is not None)
        for parameter in operation.parameters:
            assert parameter.name in properties, (each.name, parameter.name)
            assert (parameter.name in each.input_schema.get("required", [])) is (
                parameter.required or parameter.location == "path"
            )


def test_priced_operations_are_those_the_contract_bills() -> None:
    priced = {t.operation.operation_id for t in agents.tools() if t.priced}
    assert "createBundle" in priced and "getBundle" not in priced
    for each in agents.tools():
        if 402 in each.operation.error_statuses and each.operation.method != "GET":
            assert each.priced, each.name


def _strict_arguments(arguments: Mapping[str, Any], schema: Mapping[str, Any]) -> dict[str, Any]:
    """Arguments as a strict-mode model sends them: every property present, null where not given."""
    out: dict[str, Any] = {}
    for name, sub in schema["properties"].items():
        value = arguments.get(name)
        if isinstance(value, dict) and "anyOf" in sub:
            sub = next(b for b in sub["anyOf"] if set(value) <= set(b.get("properties", {})))
        if isinstance(value, dict) and isinstance(sub.get("properties"), dict):
            value = _strict_arguments(value, sub)
        elif isinstance(value, dict):
            value = json.dumps(value)
        out[name] = value
    return out


def test_every_tool_round_trips_through_dispatch(mock: MockServer, upload: Path) -> None:
    client = mock.client()
    schemas = {d["function"]["name"]: d["function"]["parameters"] for d in agents.openai_tools(allow_secrets=True)}
    for each in agents.tools():
        arguments = _strict_arguments(arguments_for(each, upload), schemas[each.name])
        result = agents.dispatch(client, each.name, json.dumps(arguments), allow_secrets=True)
        json.loads(agents.compact(result))
        if agents.is_error(result):
            assert {"error", "message", "retryable"} <= set(result), each.name
            assert result.get("status") in (400, 404, 428), (each.name, result)
    assert mock.violations == []


async def test_every_tool_round_trips_through_adispatch(mock: MockServer, upload: Path) -> None:
    async with mock.async_client() as client:
        for each in agents.tools():
            result = await agents.adispatch(
                client, each.name, arguments_for(each, upload), allow_secrets=True, strict=False
            )
            json.loads(agents.compact(result))
    assert mock.violations == []


def _create(client: Any, **extra: Any) -> dict[str, Any]:
    arguments = {"body": {"bundle_type": "account_only", "country": "USA"}, **extra}
    return agents.dispatch(client, "create_bundle", arguments, strict=False)


def test_priced_call_without_confirm_is_a_quote_and_spends_nothing(mock: MockServer) -> None:
    client = mock.client()
    balance, ledger = mock.state.credits, list(mock.state.transactions)
    quote = _create(client)
    assert quote["confirm_required"] is True
    assert quote["quote"]["credits_would_charge"] > 0
    assert quote["quote"]["balance"] == balance
    assert quote["idempotency_key"]
    assert (mock.state.credits, mock.state.transactions, mock.state.bundles) == (balance, ledger, {})
    assert mock.requests[-1].headers.get("x-tokportal-dry-run") == "true"


def test_confirmed_priced_call_with_the_same_key_is_charged_once(mock: MockServer) -> None:
    client = mock.client()
    balance = mock.state.credits
    key = _create(client)["idempotency_key"]
    first = _create(client, confirm=True, idempotency_key=key)
    second = _create(client, confirm=True, idempotency_key=key)
    assert first["idempotency_key"] == second["idempotency_key"] == key
    assert second.get("replayed") is True
    assert first["data"]["id"] == second["data"]["id"]
    assert len(mock.state.transactions) == 1
    assert mock.state.credits == balance - first["credits_charged"]


def test_a_write_returns_the_key_it_was_sent_with(mock: MockServer) -> None:
    client = mock.client()
    bundle = _create(client, confirm=True)["data"]["id"]
    result = agents.dispatch(client, "update_bundle", {"id": bundle, "body": {"title": "x"}}, strict=False)
    assert result["idempotency_key"] == mock.requests[-1].idempotency_key


def test_secret_bearing_tools_are_refused_unless_allowed(mock: MockServer) -> None:
    client = mock.client()
    for each in agents.tools():
        if each.sensitive:
            refused = agents.dispatch(client, each.name, {}, strict=False)
            assert refused["error"] == "ToolNotAllowed"
    assert mock.requests == []


def test_lists_walk_pages_up_to_max_items_and_say_there_is_more(mock: MockServer) -> None:
    client = mock.client()
    for _ in range(3):
        _create(client, confirm=True)
    some = agents.dispatch(client, "list_bundles", {"max_items": 2}, strict=False)
    assert (some["count"], some["more"]) == (2, True) and "next" in some
    page = agents.dispatch(client, "list_bundles", {"page": 1, "per_page": 2}, strict=False)
    assert page["more"] is True and "page=2" in page["next"] and len(page["data"]) == 2
    last = agents.dispatch(client, "list_bundles", {"page": 2, "per_page": 2}, strict=False)
    assert last["more"] is False and len(last["data"]) == 1


def test_fields_projects_the_result_with_jmespath(mock: MockServer) -> None:
    client = mock.client()
    bundle = _create(client, confirm=True)["data"]["id"]
    assert agents.dispatch(client, "list_bundles", {"fields": "data[].id"}, strict=False) == {"result": [bundle]}
    bad = agents.dispatch(client, "list_bundles", {"fields": "data[?"}, strict=False)
    assert bad["error"] == "ValueError" and bad["message"].startswith("fields:")


def test_errors_are_data_with_class_code_request_id_and_retryable(mock: MockServer) -> None:
    client = mock.client(max_retries=0)
    missing = agents.dispatch(client, "get_bundle", {"id": "nope"})
    assert missing["error"] == "NotFoundError" and missing["code"] == "BUNDLE_NOT_FOUND"
    assert missing["request_id"] and missing["retryable"] is False
    mock.fail_next(503)
    busy = agents.dispatch(client, "get_bundle", {"id": "nope"})
    assert busy["status"] == 503 and busy["retryable"] is True


def test_bad_arguments_name_the_field_before_sending(mock: MockServer) -> None:
    client = mock.client()
    cases = [
        ("get_bundle", {"idd": "x"}, "idd"),
        ("get_bundle", {}, "id"),
        ("list_bundles", {"max_items": 0}, "max_items"),
        ("create_bundle", {"body": {"bundle_type": "nope"}}, "bundle_type"),
        ("create_bundle", {"body": {}, "confirm": "yes"}, "confirm"),
        ("no_such_tool", {}, "no_such_tool"),
        ("get_bundle", "{not json", "arguments"),
    ]
    for name, arguments, field in cases:
        result = agents.dispatch(client, name, arguments, strict=False)
        assert agents.is_error(result) and field in result["message"], (name, result)
    assert mock.requests == []


def test_importing_the_package_imports_no_extra() -> None:
    code = (
        "import sys, tokportal_client, tokportal_client.agents\n"
        "print(sorted(m for m in ('mcp', 'jmespath') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_priced_secret_operation_is_quoted_then_charged_once(mock: MockServer) -> None:
    client = mock.client()
    account = mock.add_account()
    balance = mock.state.credits
    preview = agents.dispatch(client, "reveal_account_credentials", {"id": account}, allow_secrets=True, strict=False)
    assert preview["code"] == "POLICY_ACCEPTANCE_REQUIRED" and preview["details"]["policy_version"]
    accept = {"acknowledge_support_forfeit": True, "policy_version": preview["details"]["policy_version"]}
    arguments = {"id": account, "body": accept}
    quote = agents.dispatch(client, "reveal_account_credentials", arguments, allow_secrets=True, strict=False)
    assert quote["confirm_required"] is True and quote["quote"]["balance"] == balance
    assert (mock.state.credits, mock.state.revealed) == (balance, set())
    confirmed = {**arguments, "confirm": True}
    for _ in range(2):
        done = agents.dispatch(client, "reveal_account_credentials", confirmed, allow_secrets=True, strict=False)
        assert not agents.is_error(done), done
    assert mock.state.revealed == {account}
    assert len(mock.state.transactions) == 1
    assert "idempotency_key" not in done


def test_null_parameters_and_controls_mean_not_given(mock: MockServer) -> None:
    client = mock.client()
    listed = agents.dispatch(client, "list_bundles", {"status": None, "max_items": None, "fields": None}, strict=False)
    assert listed["data"] == [] and dict(mock.requests[-1].query).get("status") is None
    quote = _create(client, confirm=None, idempotency_key=None)
    assert quote["confirm_required"] is True
