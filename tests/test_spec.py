"""openapi.json and the registry generated from it: the contract's rules, and the registry agreeing with it.

Nothing here pins a snapshot of the contract (its version, how many operations): a newer contract that keeps
the rules passes unchanged.
"""

from __future__ import annotations

from typing import Any

import pytest

from scripts.spectools import validate_document
from tokportal_client import API_VERSION
from tokportal_client._generated.registry import OPERATIONS as REGISTRY
from tokportal_client._spec import Spec

SPEC_DOC = Spec()
SPEC: dict[str, Any] = SPEC_DOC.document
SENSITIVE = {
    "retrieveAccountVerificationCode",
    "revealAccountCredentials",
    "createWebhookEndpoint",
    "uploadImage",
    "uploadVideo",
    "createAnalyticsReport",
}
"""The facts file's secret-bearing operations (Idempotency section)."""


def _operations() -> dict[str, tuple[str, str, dict[str, Any]]]:
    return {op.operation_id: (op.method.upper(), op.path, op.operation) for op in SPEC_DOC.operations()}


OPERATIONS = _operations()
RECORDS = {record.operation_id: record for record in REGISTRY.values()}


def test_spec_is_valid_openapi_3_1() -> None:
    validate_document(SPEC, "openapi.json")  # the validator of check-drift and update-spec
    assert SPEC["openapi"] == "3.1.0"
    assert SPEC["info"]["version"] == API_VERSION
    assert SPEC["servers"] == [{"url": "https://app.tokportal.com/api/ext"}]
    declared = [tag["name"] for tag in SPEC["tags"]]
    assert len(declared) == len(set(declared))
    assert {operation["tags"][0] for _, _, operation in OPERATIONS.values()} <= set(declared)


def test_registry_has_every_operation_of_the_spec_once() -> None:
    assert sorted(RECORDS) == sorted(OPERATIONS)
    assert len(RECORDS) == len(REGISTRY)


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_registry_record_matches_the_spec(operation_id: str) -> None:
    method, path, operation = OPERATIONS[operation_id]
    record = RECORDS[operation_id]
    assert (record.method, record.path) == (method, path)
    assert record.tag.replace("_", " ") == operation["tags"][0].lower()
    statuses = sorted(int(code) for code in operation["responses"])
    assert [record.success_status, *record.error_statuses] == [code for code in statuses if code < 300][:1] + [
        code for code in statuses if code >= 400
    ]
    declared = [(p["name"], p["in"]) for p in SPEC_DOC.operation(operation_id).parameters]
    assert [(p.name, p.location) for p in record.parameters] == declared
    assert record.requires_auth == (operation.get("security") != [])
    assert record.idempotency == operation["x-tokportal-idempotency"]
    content = operation.get("requestBody", {}).get("content", {})
    assert record.body == ("multipart" if "multipart/form-data" in content else "json" if content else None)


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_error_responses_use_error_response(operation_id: str) -> None:
    _, _, operation = OPERATIONS[operation_id]
    for code, response in operation["responses"].items():
        if int(code) >= 400:
            assert response["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/ErrorResponse"}


def test_typed_parameters() -> None:
    for _, _, operation in OPERATIONS.values():
        for param in operation.get("parameters", []):
            schema = param["schema"]
            if param["name"] in ("page", "per_page", "position", "limit"):
                assert schema["type"] == "integer", param
            if param["name"] == "per_page":
                assert schema["maximum"] == 100
            if param["name"] == "position":
                assert schema["minimum"] == 1
            if schema.get("type") == "array":
                assert param["explode"] is True
    export = {p["name"]: p for p in OPERATIONS["exportAnalyticsVideos"][2]["parameters"]}
    assert export["account"]["schema"]["type"] == "array"
    webhooks = {p["name"]: p for p in OPERATIONS["listWebhookEndpoints"][2]["parameters"]}
    assert webhooks["enabled"]["schema"]["type"] == "boolean"


def test_public_operations_and_idempotency_policy() -> None:
    public = {op_id for op_id, (_, _, op) in OPERATIONS.items() if op.get("security") == []}
    assert public == {"listCountries", "listPlatforms", "getCreditCosts", "listWebhookEvents"}
    assert SPEC["components"]["securitySchemes"]["ApiKeyAuth"] == {
        "type": "apiKey",
        "in": "header",
        "name": "X-API-Key",
    }
    for op_id, (method, _, operation) in OPERATIONS.items():
        expected = (
            "not-applicable" if method == "GET" else "reject-sensitive-response" if op_id in SENSITIVE else "standard"
        )
        assert operation["x-tokportal-idempotency"] == expected, op_id


def test_response_headers_are_reusable_components() -> None:
    headers = SPEC["components"]["headers"]
    assert {"XTokPortalRequestID", "XRateLimitLimit", "XRateLimitRemaining", "XRateLimitReset", "RetryAfter"} <= set(
        headers
    )
    _, _, create = OPERATIONS["createBundle"]
    assert create["responses"]["201"]["headers"]["Idempotent-Replayed"] == {
        "$ref": "#/components/headers/IdempotentReplayed"
    }


def test_paginated_lists_and_special_bodies() -> None:
    paginated = set()
    for op_id, (_, _, operation) in OPERATIONS.items():
        for code, response in operation["responses"].items():
            schema = response.get("content", {}).get("application/json", {}).get("schema", {})
            name = schema.get("$ref", "").rsplit("/", 1)[-1]
            if code.startswith("2") and "pagination" in SPEC["components"]["schemas"].get(name, {}).get(
                "properties", {}
            ):
                paginated.add(op_id)
    assert paginated == {op_id for op_id, record in RECORDS.items() if record.page_item}
    assert OPERATIONS["exportAnalyticsVideos"][2]["responses"]["200"]["content"].keys() == {"text/csv"}
    assert OPERATIONS["exportAnalyticsReportHtml"][2]["responses"]["200"]["content"].keys() == {"text/html"}
    assert "content" not in OPERATIONS["deleteWebhookEndpoint"][2]["responses"]["204"]
    reveal = OPERATIONS["revealAccountCredentials"][2]["requestBody"]
    assert reveal["required"] is False


def test_bundle_schema_carries_the_computed_fields() -> None:
    bundle = SPEC["components"]["schemas"]["Bundle"]["properties"]
    for field in ("is_published", "account_configured", "videos_total", "videos_configured_count", "next_action"):
        assert field in bundle
    blockers = SPEC["components"]["schemas"]["PublishBlockerCode"]["enum"]
    documented = {"BUNDLE_ALREADY_PUBLISHED", "BUNDLE_NOT_IN_SETUP", "ACCOUNT_MISSING", "ACCOUNT_NOT_CONFIGURED"}
    assert documented | {"ACCOUNT_MISSING_FIELDS", "NO_VIDEOS_CONFIGURED"} <= set(blockers)  # the bundles guide's
