"""openapi.json against the API reference: the 78 operations as the seed lists them (tests/data/operations.json)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parent.parent
SPEC: dict[str, Any] = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
SEED: list[dict[str, Any]] = json.loads((ROOT / "tests" / "data" / "operations.json").read_text(encoding="utf-8"))
TAGS = [
    "Profile",
    "Reference",
    "Credits",
    "Bundles",
    "Account Configuration",
    "Videos",
    "Accounts",
    "Analytics",
    "Webhooks",
    "Uploads",
    "Comments",
]
SENSITIVE = {
    "retrieveAccountVerificationCode",
    "revealAccountCredentials",
    "createWebhookEndpoint",
    "uploadImage",
    "uploadVideo",
    "createAnalyticsReport",
}


def _operations() -> dict[str, tuple[str, str, dict[str, Any]]]:
    found: dict[str, tuple[str, str, dict[str, Any]]] = {}
    for path, item in SPEC["paths"].items():
        for method, operation in item.items():
            found[operation["operationId"]] = (method.upper(), path, operation)
    return found


OPERATIONS = _operations()


def test_spec_is_valid_openapi_3_1() -> None:
    validate(SPEC)
    assert SPEC["openapi"] == "3.1.0"
    assert SPEC["info"]["version"] == "2026-05-25"
    assert SPEC["servers"] == [{"url": "https://app.tokportal.com/api/ext"}]
    assert [tag["name"] for tag in SPEC["tags"]] == TAGS


def test_spec_has_exactly_the_seed_operations() -> None:
    assert len(SEED) == 78
    assert sorted(OPERATIONS) == sorted(op["operationId"] for op in SEED)


@pytest.mark.parametrize("seed", SEED, ids=[op["operationId"] for op in SEED])
def test_operation_matches_seed(seed: dict[str, Any]) -> None:
    method, path, operation = OPERATIONS[seed["operationId"]]
    assert (method, path) == (seed["method"], seed["path"])
    assert operation["tags"] == [seed["tag"]]
    assert sorted(int(code) for code in operation["responses"]) == seed["statuses"]
    params = [[p["name"], p["in"]] for p in operation.get("parameters", [])]
    assert params == seed["parameters"]
    body = operation.get("requestBody", {}).get("content", {})
    if seed["request_schema"] and seed["request_schema"] != "multipart form":
        assert body["application/json"]["schema"] == {"$ref": f"#/components/schemas/{seed['request_schema']}"}
    elif seed["request_schema"] == "multipart form":
        assert list(body) == ["multipart/form-data"]


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
    assert len(paginated) == 8
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
    assert "ACCOUNT_MISSING_FIELDS" in blockers and len(blockers) == 6
