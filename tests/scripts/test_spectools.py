"""Tests for scripts/spectools.py: the semantic spec diff, `update` and `check-upstream`."""

from __future__ import annotations

import copy
import datetime
import json
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from scripts import spectools

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "spectools.py"


# -- building small documents -------------------------------------------------------------------------------------


def document(paths: dict[str, Any], schemas: dict[str, Any] | None = None, version: str = "1.0") -> dict[str, Any]:
    doc: dict[str, Any] = {"openapi": "3.1.0", "info": {"title": "Test", "version": version}, "paths": paths}
    if schemas:
        doc["components"] = {"schemas": schemas}
    return doc


def operation(
    operation_id: str,
    *,
    parameters: list[dict[str, Any]] | None = None,
    body: dict[str, Any] | None = None,
    response: dict[str, Any] | None = None,
) -> dict[str, Any]:
    op: dict[str, Any] = {"operationId": operation_id, "responses": {"200": {"description": "OK"}}}
    if parameters is not None:
        op["parameters"] = parameters
    if body is not None:
        op["requestBody"] = {"required": True, "content": {"application/json": {"schema": body}}}
    if response is not None:
        op["responses"]["200"]["content"] = {"application/json": {"schema": response}}
    return op


def obj(required: list[str] | None = None, **properties: Any) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        schema["required"] = required
    return schema


STRING = {"type": "string"}
INTEGER = {"type": "integer"}


def query(name: str, *, required: bool = False, schema: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": required, "schema": schema or STRING}


def changes(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[bool, str]]:
    return [(change.breaking, change.text) for change in spectools.diff_documents(old, new)]


def only(found: list[tuple[bool, str]], fragment: str) -> bool:
    """The breaking flag of the single change whose text contains `fragment`."""
    matches = [breaking for breaking, text in found if fragment in text]
    assert len(matches) == 1, f"{fragment!r} in {found}"
    return matches[0]


def body_change(old_body: dict[str, Any], new_body: dict[str, Any]) -> list[tuple[bool, str]]:
    old = document({"/things": {"post": operation("createThing", body=old_body)}})
    new = document({"/things": {"post": operation("createThing", body=new_body)}})
    return changes(old, new)


def response_change(old_schema: dict[str, Any], new_schema: dict[str, Any]) -> list[tuple[bool, str]]:
    old = document({"/things": {"get": operation("getThing", response=old_schema)}})
    new = document({"/things": {"get": operation("getThing", response=new_schema)}})
    return changes(old, new)


# -- operations and parameters ------------------------------------------------------------------------------------


def test_identical_documents_have_no_changes() -> None:
    doc = document({"/things": {"get": operation("listThings", parameters=[query("page")], response=obj(a=STRING))}})
    assert changes(doc, copy.deepcopy(doc)) == []


def test_operation_added_is_non_breaking_and_removed_is_breaking() -> None:
    old = document({"/a": {"get": operation("getA")}, "/b": {"delete": operation("deleteB")}})
    new = document({"/a": {"get": operation("getA"), "post": operation("createA")}})
    found = changes(old, new)
    assert only(found, "`POST /a`: operation `createA` added") is False
    assert only(found, "`DELETE /b`: operation `deleteB` removed") is True
    assert len(found) == 2


def test_operation_id_rename_is_breaking() -> None:
    found = changes(document({"/a": {"get": operation("getA")}}), document({"/a": {"get": operation("fetchA")}}))
    assert only(found, "`GET /a` (fetchA): operationId renamed from `getA`") is True


def test_parameter_changes() -> None:
    old = document({"/t": {"get": operation("listT", parameters=[query("page"), query("sort"), query("gone")])}})
    new_params = [query("page"), query("sort", required=True), query("limit"), query("token", required=True)]
    new = document({"/t": {"get": operation("listT", parameters=new_params)}})
    found = changes(old, new)
    assert only(found, "query parameter `limit` added (optional)") is False
    assert only(found, "query parameter `token` added (required)") is True
    assert only(found, "query parameter `gone` removed") is True
    assert only(found, "query parameter `sort` made required") is True
    assert len(found) == 4
    assert only(changes(new, old), "query parameter `sort` made optional") is False


def test_parameter_schema_changes_and_path_level_parameters() -> None:
    status = {"type": "array", "items": {"type": "string", "enum": ["a", "b"]}}
    old = document({"/t/{id}": {"parameters": [{"$ref": "#/components/parameters/Id"}], "get": operation("getT")}})
    old["components"] = {"parameters": {"Id": {"name": "id", "in": "path", "required": True, "schema": STRING}}}
    old["paths"]["/t/{id}"]["get"]["parameters"] = [query("status", schema=status)]
    new = copy.deepcopy(old)
    new["components"]["parameters"]["Id"]["schema"] = INTEGER
    new["paths"]["/t/{id}"]["get"]["parameters"] = [query("status", schema={**status, "items": {"type": "string"}})]
    found = changes(old, new)
    assert only(found, "path parameter `id` type changed from `string` to `integer`") is True
    assert only(found, "query parameter `status[]` no longer an enum") is False
    narrowed = copy.deepcopy(old)
    narrowed["paths"]["/t/{id}"]["get"]["parameters"][0]["schema"]["items"]["enum"] = ["a"]
    assert only(changes(old, narrowed), 'query parameter `status[]` enum values removed: `"b"`') is True
    assert only(changes(narrowed, old), 'query parameter `status[]` enum values added: `"b"`') is False


# -- request bodies -----------------------------------------------------------------------------------------------


def test_request_property_added() -> None:
    old = obj(name=STRING)
    assert only(body_change(old, obj(name=STRING, note=STRING)), "request body `note` added (optional)") is False
    new = obj(["code"], name=STRING, code=STRING)
    assert only(body_change(old, new), "request body `code` added (required)") is True


def test_request_property_removed_retyped_and_made_required() -> None:
    old = obj(name=STRING, size=INTEGER, note=STRING)
    new = obj(["note"], name=STRING, size=STRING, note=STRING)
    found = body_change(old, new)
    assert only(found, "`POST /things` (createThing): request body `size` type changed from `integer` to `string`")
    assert only(found, "request body `note` made required") is True
    assert len(found) == 2
    assert only(body_change(old, obj(name=STRING, size=INTEGER)), "request body `note` removed") is True
    assert only(body_change(new, obj(name=STRING, size=STRING, note=STRING)), "`note` made optional") is False


def test_request_nullability() -> None:
    old = obj(name=STRING)
    new = obj(name={"type": ["string", "null"]})
    assert only(body_change(old, new), "request body `name` made nullable") is False
    assert only(body_change(new, old), "request body `name` made non-null") is True


def test_request_enum_values() -> None:
    old = obj(kind={"type": "string", "enum": ["a", "b"]})
    new = obj(kind={"type": "string", "enum": ["a", "c"]})
    found = body_change(old, new)
    assert only(found, 'request body `kind` enum values added: `"c"`') is False
    assert only(found, 'request body `kind` enum values removed: `"b"`') is True


def test_request_body_added_removed_and_media_type() -> None:
    plain = document({"/t": {"post": operation("createT")}})
    with_body = document({"/t": {"post": operation("createT", body=obj(a=STRING))}})
    assert only(changes(plain, with_body), "request body added (required)") is True
    assert only(changes(with_body, plain), "request body removed") is True
    multipart = copy.deepcopy(with_body)
    content = multipart["paths"]["/t"]["post"]["requestBody"]["content"]
    content["multipart/form-data"] = content.pop("application/json")
    found = changes(with_body, multipart)
    assert only(found, "media type changed from `application/json` to `multipart/form-data`") is True
    assert len(found) == 1


# -- responses ----------------------------------------------------------------------------------------------------


def test_response_property_added_removed_retyped() -> None:
    old = obj(id=STRING, count=INTEGER, gone=STRING)
    new = obj(id=STRING, count=STRING, extra={"type": "boolean"})
    found = response_change(old, new)
    assert only(found, "`GET /things` (getThing): response 200 `extra` added (optional)") is False
    assert only(found, "response 200 `gone` removed") is True
    assert only(found, "response 200 `count` type changed from `integer` to `string`") is True
    assert len(found) == 3


@pytest.mark.parametrize(
    "nullable",
    [
        {"type": ["string", "null"]},
        {"anyOf": [STRING, {"type": "null"}]},
        {"oneOf": [{"type": "null"}, STRING]},
    ],
    ids=["type-list", "anyOf-null", "oneOf-null"],
)
def test_response_property_made_nullable_is_breaking(nullable: dict[str, Any]) -> None:
    found = response_change(obj(["name"], name=STRING), obj(["name"], name=nullable))
    assert found == [(True, "`GET /things` (getThing): response 200 `name` made nullable")]
    assert response_change(obj(name=nullable), obj(name=STRING)) == [
        (False, "`GET /things` (getThing): response 200 `name` made non-null")
    ]


def test_response_property_made_required_is_non_breaking() -> None:
    assert only(response_change(obj(id=STRING), obj(["id"], id=STRING)), "response 200 `id` made required") is False
    assert only(response_change(obj(["id"], id=STRING), obj(id=STRING)), "response 200 `id` made optional") is True


def test_response_enum_values_are_open() -> None:
    old = obj(status={"type": "string", "enum": ["a", "b"]})
    new = obj(status={"type": "string", "enum": ["a", "c"]})
    found = response_change(old, new)
    assert only(found, 'response 200 `status` enum values added: `"c"`') is False
    assert only(found, 'response 200 `status` enum values removed: `"b"`') is False


def test_response_status_codes_and_bodies() -> None:
    old = document({"/t": {"get": operation("getT", response=obj(a=STRING))}})
    new = copy.deepcopy(old)
    new["paths"]["/t"]["get"]["responses"]["404"] = {"description": "Not found"}
    found = changes(old, new)
    assert found == [(False, "`GET /t` (getT): response 404 added")]
    assert changes(new, old) == [(False, "`GET /t` (getT): response 404 removed")]
    created = copy.deepcopy(old)
    created["paths"]["/t"]["get"]["responses"]["201"] = created["paths"]["/t"]["get"]["responses"].pop("200")
    assert changes(old, created) == [
        (True, "`GET /t` (getT): response 200 removed"),
        (False, "`GET /t` (getT): response 201 added"),
    ]
    no_body = document({"/t": {"get": operation("getT")}})
    assert changes(old, no_body) == [(True, "`GET /t` (getT): response 200 body removed")]


def test_nested_paths_refs_and_all_of() -> None:
    schemas = {
        "Account": obj(["username"], username=STRING, followers=INTEGER),
        "Base": obj(id=STRING),
        "Bundle": {
            "allOf": [{"$ref": "#/components/schemas/Base"}, obj(account={"$ref": "#/components/schemas/Account"})]
        },
        "Envelope": obj(
            data={"$ref": "#/components/schemas/Bundle"},
            items={"type": "array", "items": {"$ref": "#/components/schemas/Account"}},
        ),
    }
    envelope = {"$ref": "#/components/schemas/Envelope"}
    old = document({"/b": {"get": operation("getB", response=envelope)}}, schemas)
    new = copy.deepcopy(old)
    new_schemas = new["components"]["schemas"]
    new_schemas["Account"]["properties"]["username"] = {"type": ["string", "null"]}
    new_schemas["Account"]["properties"]["handle"] = STRING
    new_schemas["Base"]["properties"]["id"] = INTEGER
    found = changes(old, new)
    assert only(found, "response 200 `data.account.username` made nullable") is True
    assert only(found, "response 200 `data.account.handle` added (optional)") is False
    assert only(found, "response 200 `data.id` type changed from `string` to `integer`") is True
    assert only(found, "response 200 `items[].username` made nullable") is True
    assert only(found, "response 200 `items[].handle` added") is False
    assert len(found) == 5


def test_descendants_of_an_added_or_removed_property_are_not_listed() -> None:
    found = response_change(obj(a=STRING), obj(a=STRING, meta=obj(x=STRING, y=obj(z=STRING))))
    assert found == [(False, "`GET /things` (getThing): response 200 `meta` added (optional)")]


def test_recursive_schemas_terminate() -> None:
    node = obj(name=STRING, children={"type": "array", "items": {"$ref": "#/components/schemas/Node"}})
    old = document(
        {"/tree": {"get": operation("getTree", response={"$ref": "#/components/schemas/Node"})}}, {"Node": node}
    )
    new = copy.deepcopy(old)
    new["components"]["schemas"]["Node"]["properties"]["name"] = INTEGER
    assert changes(old, new) == [
        (True, "`GET /tree` (getTree): response 200 `name` type changed from `string` to `integer`")
    ]
    fields = spectools.Spec(old).flatten({"$ref": "#/components/schemas/Node"})
    assert sorted(fields) == ["", "children", "children[]", "name"]
    assert fields["children[]"].type == "recursive Node"


# -- constraints, headers, media types, models, documentation ----------------------------------------------------


def test_constraints_break_requests_when_they_tighten_and_responses_when_they_loosen() -> None:
    short, long = {"type": "string", "maxLength": 10}, {"type": "string", "maxLength": 20}
    assert only(body_change(obj(a=long), obj(a=short)), "`a` `maxLength` tightened from 20 to 10") is True
    assert only(body_change(obj(a=short), obj(a=long)), "`a` `maxLength` loosened from 10 to 20") is False
    assert only(response_change(obj(a=long), obj(a=short)), "`a` `maxLength` tightened") is False
    assert only(response_change(obj(a=short), obj(a=long)), "`a` `maxLength` loosened") is True
    pattern = {"type": "string", "pattern": "^[a-z]+$"}
    assert only(body_change(obj(a=STRING), obj(a=pattern)), "`a` `pattern` added") is True
    assert only(body_change(obj(a=pattern), obj(a=STRING)), "`a` `pattern` removed") is False


def test_a_property_named_like_a_documentation_key_is_a_field() -> None:
    found = response_change(obj(description=STRING), obj(description=INTEGER))
    assert found == [
        (True, "`GET /things` (getThing): response 200 `description` type changed from `string` to `integer`")
    ]
    documented = response_change(obj(a=STRING), obj(a={**STRING, "description": "The a."}))
    pointer = "/paths/~1things/get/responses/200/content/application~1json/schema/properties/a/description"
    assert documented == [(False, f"`{pointer}` added")]


def test_response_headers() -> None:
    old = document({"/t": {"get": operation("getT")}})
    header = {"schema": INTEGER, "required": True}
    old["paths"]["/t"]["get"]["responses"]["200"]["headers"] = {"X-Left": header, "X-Kept": header}
    new = copy.deepcopy(old)
    headers = new["paths"]["/t"]["get"]["responses"]["200"]["headers"]
    del headers["X-Left"]
    headers["X-Kept"] = {"schema": STRING}
    headers["X-New"] = header
    found = changes(old, new)
    assert only(found, "response 200 header `X-Left` removed") is True
    assert only(found, "response 200 header `X-New` added") is False
    assert only(found, "response 200 header `X-Kept` made optional") is True
    assert only(found, "response 200 header `X-Kept` type changed from `integer` to `string`") is True


def test_secondary_media_types() -> None:
    old = document({"/t": {"get": operation("getT", response=obj(a=STRING))}})
    new = copy.deepcopy(old)
    new["paths"]["/t"]["get"]["responses"]["200"]["content"]["text/csv"] = {"schema": STRING}
    assert changes(old, new) == [(False, "`GET /t` (getT): response 200 media type `text/csv` added")]
    assert changes(new, old) == [(True, "`GET /t` (getT): response 200 media type `text/csv` removed")]
    retyped = copy.deepcopy(new)
    retyped["paths"]["/t"]["get"]["responses"]["200"]["content"]["text/csv"] = {"schema": INTEGER}
    assert only(changes(new, retyped), "response 200 (`text/csv`) type changed") is True


def test_models_no_operation_reaches() -> None:
    old = document({"/t": {"get": operation("getT")}}, {"Spare": obj(a=STRING), "Gone": obj(b=STRING)})
    new = document({"/t": {"get": operation("getT")}}, {"Spare": obj(a=INTEGER), "Fresh": obj(c=STRING)})
    assert changes(old, new) == [
        (False, "schema `Fresh`: added (a new model class)"),
        (True, "schema `Gone`: removed (its model class goes away)"),
        (True, "schema `Spare`: model `a` type changed from `string` to `integer`"),
    ]


def test_unknown_keys_are_breaking_until_reviewed_and_unread_ones_are_not() -> None:
    old = document({"/t": {"get": operation("getT")}})
    new = copy.deepcopy(old)
    new["x-vendor"] = {"a": 1}
    new["webhooks"] = {"ping": {"post": operation("ping")}}
    new["paths"]["/t"]["get"]["callbacks"] = {}
    assert sorted(changes(old, new)) == [
        (False, "`GET /t` (getT): operation `callbacks` changed (not read by the client)"),
        (False, "document `webhooks` changed (not read by the client)"),
        (True, "document `x-vendor` changed (not recognised by spectools: review)"),
    ]


def test_security_servers_and_extensions_of_small_documents() -> None:
    old = document({"/t": {"post": {**operation("createT"), "x-tokportal-idempotency": "standard"}}})
    old["security"] = [{"Key": []}]
    old["servers"] = [{"url": "https://a.example/api"}]
    new = copy.deepcopy(old)
    new["paths"]["/t"]["post"]["security"] = []
    new["paths"]["/t"]["post"]["x-tokportal-idempotency"] = "not-applicable"
    new["servers"] = [{"url": "https://b.example/api"}]
    found = changes(old, new)
    assert only(found, "servers changed from `https://a.example/api` to `https://b.example/api`") is True
    assert only(found, "security changed from `Key` to none (the client stops sending the API key on it)") is True
    assert only(found, '`x-tokportal-idempotency` changed from `"standard"` to `"not-applicable"`') is True


# -- rendering ----------------------------------------------------------------------------------------------------


def _pair() -> tuple[dict[str, Any], dict[str, Any]]:
    old = document(
        {"/a": {"get": operation("getA", response=obj(x=STRING))}, "/b": {"get": operation("getB")}}, version="1.0"
    )
    new = document(
        {"/a": {"get": operation("getA", response=obj(x=STRING, y=STRING))}, "/c": {"post": operation("createC")}},
        version="2.0",
    )
    return old, new


def test_report_has_summary_version_and_sections() -> None:
    old, new = _pair()
    report = spectools.render_report(old, new)
    assert report.startswith("# OpenAPI spec diff\n")
    assert "Spec version: `1.0` → `2.0`" in report
    assert "**Summary: 1 breaking, 2 non-breaking**" in report
    assert "## Operations\n\n- **breaking** `GET /b`: operation `getB` removed\n" in report
    assert "- **non-breaking** `POST /c`: operation `createC` added" in report
    assert "## Responses\n\n- **non-breaking** `GET /a` (getA): response 200 `y` added (optional)" in report
    assert "## Parameters" not in report
    demoted = spectools.render_report(old, new, title=None, level=3)
    assert demoted.startswith("Spec version:") and "\n### Operations\n" in demoted and "\n## " not in demoted


def test_report_is_deterministic_whatever_the_key_order() -> None:
    old, new = _pair()

    def reverse(value: Any) -> Any:
        if isinstance(value, dict):
            return {key: reverse(value[key]) for key in reversed(list(value))}
        return value

    assert spectools.render_report(old, new) == spectools.render_report(reverse(old), reverse(new))


def test_insert_changelog_entry() -> None:
    header = "# Changelog\n\nFormat: [Keep a Changelog](https://keepachangelog.com/).\n\n"
    entry = "## [Unreleased] - spec 2\n\nbody\n"
    assert spectools.insert_changelog_entry(header + "## [0.1.0]\n\n- first\n", entry) == (
        header + entry + "\n## [0.1.0]\n\n- first\n"
    )
    assert spectools.insert_changelog_entry(header, entry) == header + entry


# -- the command line ---------------------------------------------------------------------------------------------


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "scripts/spectools.py", *args],
        check=False,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )


def write(path: Path, doc: dict[str, Any]) -> Path:
    path.write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
    return path


def closed_port_url() -> str:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/openapi.json"


def test_cli_diff_of_a_file_and_a_url(tmp_path: Path, httpserver: HTTPServer) -> None:
    old, new = _pair()
    httpserver.expect_request("/new.json").respond_with_json(new)
    result = run("diff", str(write(tmp_path / "old.json", old)), httpserver.url_for("/new.json"))
    assert result.returncode == 0, result.stderr
    assert result.stdout == spectools.render_report(old, new)


def test_cli_diff_of_a_document_with_a_broken_ref(tmp_path: Path) -> None:
    broken = document({"/t": {"get": operation("getT", response={"$ref": "#/components/schemas/Missing"})}})
    broken["paths"]["/t"]["get"]["parameters"] = [{"$ref": "#/components/parameters/Missing"}]
    path = write(tmp_path / "broken.json", broken)
    result = run("diff", str(path), str(path))
    assert result.returncode == 2
    assert "unresolvable $ref #/components/parameters/Missing" in result.stderr and "Traceback" not in result.stderr


def test_cli_diff_of_a_missing_file(tmp_path: Path) -> None:
    result = run("diff", str(tmp_path / "nope.json"), str(tmp_path / "nope.json"))
    assert result.returncode == 2
    assert "cannot read" in result.stderr and "Traceback" not in result.stderr


@pytest.fixture
def pinned(tmp_path: Path) -> Path:
    old, _ = _pair()
    write(tmp_path / "openapi.json", old)
    return tmp_path


def test_check_upstream_identical(pinned: Path, httpserver: HTTPServer) -> None:
    old, _ = _pair()
    httpserver.expect_request("/openapi.json").respond_with_data(json.dumps(old))  # other bytes, same content
    url = httpserver.url_for("/openapi.json")
    result = run("check-upstream", "--url", url, "--root", str(pinned))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"openapi.json is up to date with {url}"


def test_check_upstream_changed_uses_the_environment_url(pinned: Path, httpserver: HTTPServer) -> None:
    _, new = _pair()
    httpserver.expect_request("/openapi.json").respond_with_json(new)
    env = {"PATH": "/usr/bin:/bin", "TOKPORTAL_OPENAPI_URL": httpserver.url_for("/openapi.json")}
    result = run("check-upstream", "--root", str(pinned), env=env)
    assert result.returncode == 1, result.stderr
    assert "`POST /c`: operation `createC` added" in result.stdout
    assert "`GET /b`: operation `getB` removed" in result.stdout


@pytest.mark.parametrize("failure", ["closed-port", "http-500", "invalid-json"])
def test_check_upstream_unreachable_or_unparseable(pinned: Path, httpserver: HTTPServer, failure: str) -> None:
    if failure == "closed-port":
        url = closed_port_url()
    else:
        body, status = ("boom", 500) if failure == "http-500" else ("{not json", 200)
        httpserver.expect_request("/openapi.json").respond_with_data(body, status=status)
        url = httpserver.url_for("/openapi.json")
    result = run("check-upstream", "--url", url, "--root", str(pinned))
    assert result.returncode == 2
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert url in result.stderr
    if failure == "http-500":
        assert "HTTP 500" in result.stderr


CHANGELOG = """# Changelog

All notable changes to this project are documented here; the format follows [Keep a Changelog](https://keepachangelog.com/en/1.1.0/).

## [0.1.0] - 2026-05-25

- First release.
"""


def project(tmp_path: Path, generate_recipe: str) -> Path:
    """A minimal project root: openapi.json, CHANGELOG.md and a fake Makefile."""
    root = tmp_path / "project"
    root.mkdir()
    old, _ = _pair()
    write(root / "openapi.json", old)
    (root / "CHANGELOG.md").write_text(CHANGELOG, encoding="utf-8")
    (root / "Makefile").write_text(f"generate:\n\t{generate_recipe}\n", encoding="utf-8")
    return root


def snapshot(root: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(root.iterdir())}


def test_update_rejects_an_invalid_document(tmp_path: Path) -> None:
    root = project(tmp_path, "touch generated.marker")
    _, new = _pair()
    del new["info"]["version"]
    before = snapshot(root)
    result = run("update", str(write(tmp_path / "new.json", new)), "--root", str(root))
    assert result.returncode == 2
    assert "not a valid OpenAPI document" in result.stderr and "Traceback" not in result.stderr
    assert snapshot(root) == before


def test_validation_is_remembered_for_valid_documents_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A valid document is validated once per validator (its digest is recorded); an invalid one every time."""
    monkeypatch.setattr(spectools, "VALIDATED", tmp_path / "valid")
    calls: list[object] = []
    real = spectools.validate
    monkeypatch.setattr(spectools, "validate", lambda document: calls.append(document) or real(document))
    valid, invalid = _pair()
    del invalid["info"]["version"]
    for _ in range(2):
        spectools.validate_document(valid, "valid.json")
        with pytest.raises(spectools.SpecError, match="not a valid OpenAPI document"):
            spectools.validate_document(invalid, "invalid.json")
    assert calls == [valid, invalid, invalid]
    assert [path.name for path in (tmp_path / "valid").iterdir()] == [spectools._digest(valid)]
    changed = copy.deepcopy(valid)
    changed["info"]["title"] += " (changed)"
    spectools.validate_document(changed, "changed.json")
    assert calls[-1] == changed  # another document is validated afresh


def test_update_with_an_unreachable_url_touches_nothing(tmp_path: Path) -> None:
    root = project(tmp_path, "touch generated.marker")
    before = snapshot(root)
    result = run("update", closed_port_url(), "--root", str(root))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert snapshot(root) == before


def test_update_replaces_the_spec_regenerates_and_writes_the_changelog(tmp_path: Path, httpserver: HTTPServer) -> None:
    root = project(tmp_path, "touch generated.marker")
    _, new = _pair()
    httpserver.expect_request("/openapi.json").respond_with_json(new)
    result = run("update", httpserver.url_for("/openapi.json"), "--root", str(root))
    assert result.returncode == 0, result.stderr
    assert (root / "generated.marker").exists()
    text = (root / "openapi.json").read_text(encoding="utf-8")
    assert text == json.dumps(new, indent=2, ensure_ascii=False) + "\n"
    changelog = (root / "CHANGELOG.md").read_text(encoding="utf-8")
    header, rest = changelog.split("## [Unreleased]", 1)
    assert header == CHANGELOG.split("## [0.1.0]")[0]
    assert rest.startswith(
        f" - spec 2.0 ({datetime.date.today().isoformat()})\n\nRegenerated from TokPortal API spec 2.0."
    )
    entry, previous = rest.split("## [0.1.0]", 1)
    assert "### Operations" in entry and "`POST /c`: operation `createC` added" in entry
    assert "**Summary: 1 breaking, 2 non-breaking**" in entry
    assert previous == " - 2026-05-25\n\n- First release.\n"


def test_update_restores_the_spec_when_generation_fails(tmp_path: Path) -> None:
    root = project(tmp_path, "@echo generation failed >&2; exit 3")
    _, new = _pair()
    new_path = write(tmp_path / "new.json", new)
    before = snapshot(root)
    result = run("update", str(new_path), "--root", str(root))
    assert result.returncode != 0
    assert "openapi.json restored" in result.stderr
    assert snapshot(root) == before


def test_update_with_the_same_content_changes_nothing(tmp_path: Path) -> None:
    root = project(tmp_path, "touch generated.marker")
    old, _ = _pair()
    same = tmp_path / "same.json"
    same.write_text(json.dumps(old), encoding="utf-8")  # compact: other bytes, same content
    before = snapshot(root)
    result = run("update", str(same), "--root", str(root))
    assert result.returncode == 0, result.stderr
    assert "nothing to do" in result.stdout
    assert snapshot(root) == before
