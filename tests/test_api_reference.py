"""docs/api.md, the API reference generated from the contract: every operation of the registry with the method
you call, its route, the signature the method really has, the errors the client really raises, and an example
that type-checks and sends the operation's request; and `make check-drift` fails when the page is stale."""

from __future__ import annotations

import ast
import importlib.util
import inspect
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from typecheck import mypy_errors, show

import tokportal_client
from tokportal_client import TokPortal, errors
from tokportal_client._generated.registry import OPERATIONS
from tokportal_client._models_runtime import UNSET
from tokportal_client._runtime import Operation
from tokportal_client._spec import Spec

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
OPS = list(OPERATIONS.values())
OPERATIONS_BY_ID = {op.operation_id: op for op in OPS}


def _sections(text: str, level: str) -> dict[str, str]:
    """Heading -> the text under it, for the headings of one level (``##`` or ``###``)."""
    parts = re.split(rf"^{level} (.+)$", text, flags=re.M)
    return {parts[i].strip(): parts[i + 1] for i in range(1, len(parts), 2)}


OPERATION_DOCS = _sections(REFERENCE, "###")


def _doc(op: Operation) -> str:
    assert op.name in OPERATION_DOCS, f"docs/api.md has no section for {op.name}"
    return OPERATION_DOCS[op.name]


def _blocks(doc: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", doc, re.S)


@pytest.mark.parametrize("op", OPS, ids=lambda op: op.name)
def test_every_operation_is_named_with_its_method_and_route(op: Operation) -> None:
    doc = _doc(op)
    assert _blocks(doc)[0].startswith(f"client.{op.tag}.{op.name}(\n")
    assert f"`{op.method} {op.path}`" in doc
    assert f"[`{op.name}`](#{op.name})" in REFERENCE  # in the contents


def test_the_reference_names_the_contract_version_and_nothing_else() -> None:
    assert f"`{tokportal_client.API_VERSION}` (`tokportal_client.API_VERSION`)" in REFERENCE.split("\n## ")[0]
    assert set(OPERATION_DOCS) == set(OPERATIONS)


def test_one_section_per_tag_in_the_contract_order() -> None:
    spec = Spec()
    tag_of = {op.operation_id: op.tag for op in spec.operations()}
    used = {tag_of[op.operation_id] for op in OPS}
    declared = [str(tag["name"]) for tag in spec.document.get("tags", []) if tag["name"] in used]
    sections = _sections(REFERENCE, "##")
    assert [name for name in sections if name != "Contents"] == declared
    for op in OPS:
        assert f"\n### {op.name}\n" in "\n" + sections[str(tag_of[op.operation_id])]


def _signature_lines(method: object) -> list[str]:
    """The parameters of a resource method as the reference writes them, from the method itself."""
    lines = []
    for parameter in list(inspect.signature(method).parameters.values())[1:]:  # type: ignore[arg-type]
        if parameter.kind is parameter.KEYWORD_ONLY and "*," not in lines:
            lines.append("*,")
        text = f"{'**' if parameter.kind is parameter.VAR_KEYWORD else ''}{parameter.name}: {parameter.annotation}"
        if parameter.default is not parameter.empty:
            text += " = " + ("UNSET" if parameter.default is UNSET else repr(parameter.default))
        lines.append(text + ",")
    return lines


@pytest.mark.parametrize("op", OPS, ids=lambda op: op.name)
def test_the_signature_is_the_methods_own(op: Operation) -> None:
    client = TokPortal(api_key="sk_test")
    method = getattr(type(getattr(client, op.tag)), op.name)
    documented = _blocks(_doc(op))[0].splitlines()
    assert [line.strip() for line in documented[1:-1]] == _signature_lines(method)
    assert documented[-1] == f") -> {inspect.signature(method).return_annotation}"


@pytest.mark.parametrize("op", OPS, ids=lambda op: op.name)
def test_the_errors_are_the_ones_the_client_raises(op: Operation) -> None:
    rows = re.findall(r"^\| (\d{3}) \| `(\w+)` \|", _doc(op), re.M)
    assert rows == [(str(status), errors.error_class(status).__name__) for status in op.error_statuses]
    assert all(hasattr(errors, name) for _, name in rows)


@pytest.mark.parametrize("op", OPS, ids=lambda op: op.name)
def test_idempotency_and_pager_follow_the_record(op: Operation) -> None:
    doc = _doc(op)
    assert ("takes `idempotency_key=`" in doc) is op.takes_idempotency_key
    assert ("no `idempotency_key=`: the response carries a secret" in doc) is op.sensitive
    assert (f"`client.{op.tag}.{op.iter_name}(...)`" in doc) is (op.page_item is not None)
    assert f"**Returns** `{op.result}` ({op.success_status})" in doc


def _example(op: Operation) -> str:
    return _blocks(_doc(op))[-1]


def test_the_examples_pass_mypy_strict() -> None:
    functions = [
        f"def example_{op.name}(client: TokPortal) -> None:\n"
        + "".join(f"    {line}\n" for line in _example(op).splitlines())
        for op in OPS
    ]
    source = "from tokportal_client import TokPortal\n\n\n" + "\n\n".join(functions)
    found = mypy_errors({"api_examples.py": source})["api_examples.py"]
    assert not found, show(found, source)


def _route(path: str) -> re.Pattern[str]:
    return re.compile("/api/ext" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$")


@pytest.mark.parametrize("op", OPS, ids=lambda op: op.name)
def test_each_example_sends_its_operations_request(
    op: Operation, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every statement of the example (its imports aside) passes the client's checks and sends the operation
    (answered with a 418)."""
    monkeypatch.chdir(tmp_path)
    for placeholder in re.findall(r'"(path/to/[^"]+)"', _example(op)):
        (tmp_path / placeholder).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / placeholder).write_bytes(b"content")
    sent: list[httpx.Request] = []

    def teapot(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(418, json={"error": {"code": "TEAPOT", "message": "no"}})

    http = httpx.Client(transport=httpx.MockTransport(teapot))
    client = TokPortal(api_key="sk_test", base_url="https://api.example.test/api/ext", http_client=http, max_retries=0)
    namespace = {"client": client, "print": print}
    statements = ast.parse(_example(op)).body
    calls = [s for s in statements if not isinstance(s, ast.Import | ast.ImportFrom)]
    for statement in statements:
        code = compile(ast.Module([statement], []), "docs/api.md", "exec")
        if statement not in calls:
            exec(code, namespace)
            continue
        with pytest.raises(errors.APIStatusError):
            exec(code, namespace)
    assert len(sent) == len(calls)
    for request in sent:
        assert request.method == op.method
        assert _route(op.path).match(request.url.path), request.url.path


def test_body_fields_carry_the_contracts_constraints() -> None:
    """Every field of every request schema has a row; its enum values and length limits are in it."""
    spec = Spec()
    for raw in spec.operations():
        doc = _doc(OPERATIONS_BY_ID[raw.operation_id])
        for name in sorted(spec.referenced_schemas(raw.operation.get("requestBody", {}))):
            for key, field in spec.schema(name).get("properties", {}).items():
                rows = re.findall(rf"^\| `{re.escape(key)}` \| .*$", doc, re.M)
                assert rows, f"{raw.operation_id}: {name}.{key}"
                limits = [
                    f"{word} {field[k]}"
                    for k, word in (("maxLength", "max length"), ("minLength", "min length"))
                    if k in field
                ]
                values = [json.dumps(value) for value in spec.deref(field).get("enum", [])]
                assert any(all(text in row for text in limits + values) for row in rows), (name, key, rows)


# -- the pure parts of scripts/apidocs.py -------------------------------------------------------------------------


def _apidocs() -> ModuleType:
    if "apidocs" not in sys.modules:
        found = importlib.util.spec_from_file_location("apidocs", ROOT / "scripts" / "apidocs.py")
        assert found is not None and found.loader is not None
        module = importlib.util.module_from_spec(found)
        sys.modules["apidocs"] = module
        found.loader.exec_module(module)
    return sys.modules["apidocs"]


def test_contract_text_cannot_break_the_page() -> None:
    apidocs = _apidocs()
    assert apidocs.prose("costs.<item> & more") == "costs.&lt;item&gt; &amp; more"
    assert apidocs.cell("a | b\n  c") == "a \\| b c"
    assert apidocs.code_cell("int | None") == "`int \\| None`"
    assert apidocs.slug("Account Configuration") == "account-configuration"
    assert apidocs.slug("get_bundle") == "get_bundle"


SCHEMAS: dict[str, Any] = {
    "Color": {"type": "string", "enum": ["red", "green"], "description": "A color."},
    "Thing": {
        "type": "object",
        "description": "A thing.",
        "required": ["name"],
        "properties": {
            "name": {"type": "string", "minLength": 1, "maxLength": 24, "pattern": "^[a-z|]+$"},
            "note": {"type": ["string", "null"], "maxLength": 200},
            "color": {"anyOf": [{"$ref": "#/components/schemas/Color"}, {"type": "null"}]},
            "tags": {"type": "array", "items": {"type": "string", "maxLength": 50}, "minItems": 3, "maxItems": 30},
            "count": {"type": "integer", "minimum": 3, "maximum": 30, "multipleOf": 3, "default": 3},
            "when": {"type": "string", "format": "date-time"},
            "agree": {"type": "boolean", "const": True},
            "parts": {"type": "array", "items": {"$ref": "#/components/schemas/Part"}},
            "file": {"type": "string", "format": "binary"},
        },
    },
    "Part": {"type": "object", "properties": {"size": {"type": "number", "exclusiveMinimum": 0}}},
    "Either": {"oneOf": [{"$ref": "#/components/schemas/Thing"}, {"$ref": "#/components/schemas/Part"}]},
}


def _schemas() -> Any:
    apidocs = _apidocs()
    return apidocs._Schemas(Spec({"components": {"schemas": SCHEMAS}}), lambda name: f"M{name}")


def test_a_fields_type_is_written_the_way_the_models_name_it() -> None:
    schemas, fields = _schemas(), SCHEMAS["Thing"]["properties"]
    written = {key: schemas.type_text(field) for key, field in fields.items()}
    assert written == {
        "name": "str",
        "note": "str | None",
        "color": "MColor | None",
        "tags": "list[str]",
        "count": "int",
        "when": "str",
        "agree": "bool",
        "parts": "list[MPart]",
        "file": "file",
    }


def test_every_constraint_of_a_field_is_written() -> None:
    table = _schemas().table("MThing", SCHEMAS["Thing"])
    rows = {row.name: row for row in table.rows}
    assert table.description == "A thing."
    assert [row.name for row in table.rows if row.required] == ["name"]
    assert rows["name"].constraints == "min length 1; max length 24; pattern `^[a-z\\|]+$`"
    assert rows["note"].constraints == "max length 200"
    assert rows["color"].constraints == 'one of `"red"`, `"green"`'
    assert rows["color"].description == "A color."
    assert rows["tags"].constraints == "min items 3; max items 30; items: max length 50"
    assert rows["count"].constraints == "minimum 3; maximum 30; multiple of 3; default `3`"
    assert rows["when"].constraints == "format `date-time`"
    assert rows["agree"].constraints == "always `true`"


def test_a_oneof_body_has_a_table_per_alternative_then_the_nested_models_once() -> None:
    apidocs = _apidocs()
    tables, alternatives = apidocs._body_tables(_schemas(), {"$ref": "#/components/schemas/Either"}, ())
    assert [table.model for table in tables] == ["MThing", "MPart"]
    assert alternatives == 2
    tables, alternatives = apidocs._body_tables(_schemas(), {"$ref": "#/components/schemas/Thing"}, ())
    assert [table.model for table in tables] == ["MThing", "MPart"]
    assert alternatives == 1
    inline = {"type": "object", "properties": {"x": {"type": "integer"}}}
    tables, alternatives = apidocs._body_tables(_schemas(), inline, ("InlineBody",))
    assert [(table.model, [row.name for row in table.rows]) for table in tables] == [("InlineBody", ["x"])]


def test_a_long_example_is_laid_out_one_argument_then_one_key_a_line() -> None:
    apidocs = _apidocs()
    short = apidocs._call("client.things.create", [(None, "t_1"), ("body", {"a": True, "b": None})], "thing = ")
    assert short == 'thing = client.things.create("t_1", body={"a": True, "b": None})'
    body = {"items": [{"text": "x" * 60, "n": 1}, {"text": "y" * 60, "n": 2}], "flag": False}
    laid_out = apidocs._call("client.things.create", [("body", body)])
    assert max(len(line) for line in laid_out.splitlines()) <= apidocs.EXAMPLE_WIDTH
    assert (
        ast.literal_eval(laid_out.split("(", 1)[1].rsplit(")", 1)[0].strip().removeprefix("body=").rstrip(",")) == body
    )


def _project_copy(tmp_path: Path) -> Path:
    """What `scripts/check_drift.py` reads, copied (the whole package, so the copy's imports sort the same)."""
    root = tmp_path / "project"
    root.mkdir()
    for name in ("openapi.json", "generator-config.yaml", "pyproject.toml"):
        shutil.copy2(ROOT / name, root / name)
    for name in ("custom_templates", "scripts", "docs", "tokportal_client"):
        shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    return root


def _drift(root: Path) -> list[str]:
    """What check-drift names, run on ``root`` (it must fail)."""
    drift = subprocess.run([sys.executable, "-m", "scripts.check_drift"], cwd=root, capture_output=True, text=True)
    assert drift.returncode == 1, drift.stdout + drift.stderr
    kinds = ("differs:", "missing:", "not generated:")
    return sorted(line.strip() for line in drift.stderr.splitlines() if line.strip().startswith(kinds))


def test_check_drift_fails_when_the_reference_is_stale(tmp_path: Path) -> None:
    """The API reference missing and the command line's reference stale are named, and nothing else is (so the
    untouched copy has no drift). The other two cases are checked after a contract bump, in
    tests/scripts/test_update_spec_e2e.py."""
    root = _project_copy(tmp_path)
    (root / "docs" / "api.md").unlink()
    (root / "docs" / "cli.md").write_text("stale\n", encoding="utf-8")
    assert _drift(root) == ["differs: docs/cli.md", "missing: docs/api.md"]
