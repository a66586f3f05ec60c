"""scripts/modelgen.py: how the model templates decide request or response model, secrets and parsing code."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest

from scripts import modelgen
from tokportal_client._spec import Spec

ROOT = Path(__file__).resolve().parent.parent


def _modelgen() -> ModuleType:
    return modelgen


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def json_body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "paths": {
        "/things": {
            "post": {
                "operationId": "createThing",
                "requestBody": json_body(ref("CreateThing")),
                "responses": {"201": json_body(ref("ThingResponse")), "400": json_body(ref("Error"))},
            },
            "patch": {
                "operationId": "patchThing",
                "requestBody": json_body(ref("Shared")),
                "responses": {"200": json_body(ref("Shared"))},
            },
        },
        "/secrets": {
            "post": {
                "operationId": "revealSecret",
                "x-tokportal-idempotency": "reject-sensitive-response",
                "responses": {"200": {"$ref": "#/components/responses/Secret"}, "404": json_body(ref("Error"))},
            }
        },
    },
    "components": {
        "responses": {"Secret": json_body(ref("SecretResponse"))},
        "schemas": {
            "CreateThing": {"type": "object", "properties": {"part": ref("Part")}},
            "Part": {"type": "object", "properties": {"kind": ref("Kind")}},
            "Kind": {"type": "string", "enum": ["a", "b"]},
            "ThingResponse": {"type": "object", "properties": {"data": ref("Thing")}},
            "Thing": {"type": "object", "properties": {"kind": ref("Kind")}},
            "Shared": {"type": "object", "properties": {"name": {"type": "string"}}},
            "SecretResponse": {"type": "object", "properties": {"data": {"type": "object"}}},
            "Error": {"type": "object", "properties": {"code": {"type": "string"}}},
            "Unused": {"type": "object"},
        },
    },
}


def planner() -> Any:
    return _modelgen().ModelPlanner(Spec(SPEC), lambda name: name)


def model(*roots: str) -> SimpleNamespace:
    return SimpleNamespace(roots=set(roots))


def test_referenced_schemas_follows_refs_through_schemas_and_responses() -> None:
    spec = Spec(SPEC)
    assert spec.referenced_schemas(json_body(ref("CreateThing"))) == {"CreateThing", "Part", "Kind"}
    assert spec.referenced_schemas({"$ref": "#/components/responses/Secret"}) == {"SecretResponse"}


def test_a_schema_reached_only_from_request_bodies_is_a_request_model() -> None:
    plans = planner()
    assert plans.role(model("CreateThing")) == "request"
    assert plans.role(model("Part")) == "request"  # through the body's $ref


def test_a_schema_reached_from_responses_or_from_nowhere_is_a_response_model() -> None:
    plans = planner()
    assert plans.role(model("Thing")) == "response"
    assert plans.role(model("Unused")) == "response"


def test_a_schema_reached_from_both_sides_is_a_response_model_that_still_gets_a_typed_dict() -> None:
    plans = planner()
    assert plans.role(model("Shared")) == "response"
    assert "Shared" in plans.request_reachable


def test_an_inline_model_takes_the_role_of_the_schema_it_is_declared_in() -> None:
    assert planner().role(model("CreateThingExtra", "CreateThing")) == "request"


def test_only_the_success_responses_of_secret_bearing_operations_are_sensitive() -> None:
    plans = planner()
    assert plans.sensitive == {"SecretResponse"}


def test_unsupported_shapes_stop_the_generation_with_their_name() -> None:
    modelgen = _modelgen()
    union = modelgen.Shape("union", members=(modelgen.Shape("model", "A"), modelgen.Shape("scalar", "int")))
    with pytest.raises(modelgen.UnsupportedShape, match=r"Thing\.mixed: unions of model, scalar"):
        modelgen.parse_code(union, "mixed", "mixed", "Thing", required=False, request=False)


def test_parse_code_checks_required_fields_for_presence_and_optional_ones_only_when_present() -> None:
    modelgen = _modelgen()
    scalar = modelgen.Shape("scalar", "int")
    required = modelgen.parse_code(scalar, "n", "n", "M", required=True, request=False)
    optional = modelgen.parse_code(scalar, "n", "n", "M", required=False, request=True)
    assert '_pop("n", MISSING)' in required and "if type(n) is not int:" in required
    assert '_pop("n", UNSET)' in optional and "n is not UNSET" in optional
