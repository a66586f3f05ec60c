"""The contract's constraints are checked before sending: the table of every constrained request field.

The table is built from ``openapi.json`` (parameters, and every field of every request body schema, nested ones
included), not written by hand: a contract bump brings its rules into the table. For each rule of each field, a
value breaking it is refused with a ``ValueError`` naming the field, the rule and the value, and the mock records
no request; a value at the boundary is sent, and the mock's own validator (openapi-core, independent of the
client) finds nothing to object to. Pure logic of :func:`check_rules` is tested without sockets below the table.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from tokportal_client import TokPortal
from tokportal_client._generated.registry import OPERATIONS
from tokportal_client._models_runtime import check_rules
from tokportal_client._runtime import Operation
from tokportal_client._spec import RULE_KEYWORDS, Spec, load_spec, rules_of
from tokportal_client.errors import APIStatusError
from tokportal_client.testing import MockServer
from tokportal_client.testing._examples import EXAMPLE_TIME, ExampleFactory

SPEC = Spec(load_spec())
MINIMAL = ExampleFactory(SPEC, "minimal")
FORMAT_EXAMPLES = {"date": "2026-05-25", "date-time": EXAMPLE_TIME, "uri": "https://example.com/x", "email": "a@b.co"}
UNDECIDABLE_FORMATS = frozenset({"binary", "byte", "password"})
"""Formats no value of a JSON body can break (file parts of a multipart form, hints for editors)."""

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class Case:
    """One rule of one constrained request field: a value breaking it and a value at its boundary."""

    op: Operation
    where: str
    """``path``, ``query`` or the body model the field is in."""
    field: str
    """As the error names it (``per_page``, ``body.videos[0].name``)."""
    location: Path
    """Where the value goes: (parameter name,) or the path into the body."""
    body_schema: str | None
    keyword: str
    breaking: Any
    boundary: Any

    @property
    def id(self) -> str:
        return f"{self.op.name}:{self.field}:{self.keyword}"


# -- values that break or meet a rule --------------------------------------------------------------------------


def _filler(rules: dict[str, Any]) -> str:
    """A character repeated into strings that fit the field's pattern."""
    pattern = rules.get("pattern")
    return next(c for c in "a1_-" if pattern is None or re.search(pattern, c * 3))


def _number(schema: dict[str, Any]) -> type[int] | type[float]:
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    return int if "integer" in kinds else float


def _valid_number(rules: dict[str, Any], kind: type[int] | type[float]) -> int | float:
    low = rules.get("minimum", rules.get("exclusiveMinimum", 0) + (1 if "exclusiveMinimum" in rules else 0))
    step = rules.get("multipleOf")
    if step:
        low = -(-low // step) * step
    return kind(low)


def _scalar_pairs(rules: dict[str, Any], schema: dict[str, Any], example: Any) -> Iterator[tuple[str, Any, Any]]:
    """(keyword, breaking value, boundary value) of each rule of a string or a number."""
    if isinstance(example, str) or "minLength" in rules or "maxLength" in rules or "pattern" in rules:
        fill = _filler(rules)
        low = int(rules.get("minLength", 1)) or 1
        if rules.get("minLength"):
            yield "minLength", fill * (rules["minLength"] - 1), fill * rules["minLength"]
        if "maxLength" in rules:
            yield "maxLength", fill * (rules["maxLength"] + 1), fill * rules["maxLength"]
        if "pattern" in rules:
            bad = next(c for c in "! #?é" if not re.search(rules["pattern"], c * low))
            yield "pattern", bad * low, fill * low
        fmt = rules.get("format")
        if fmt in FORMAT_EXAMPLES:
            yield "format", f"not a {fmt}", FORMAT_EXAMPLES[fmt]
        return
    kind = _number(schema)
    step = rules.get("multipleOf")
    unit = kind(step) if step else kind(1)
    if "minimum" in rules:
        yield "minimum", kind(rules["minimum"]) - unit, kind(rules["minimum"])
    if "maximum" in rules:
        yield "maximum", kind(rules["maximum"]) + unit, kind(rules["maximum"])
    if "exclusiveMinimum" in rules:
        yield "exclusiveMinimum", kind(rules["exclusiveMinimum"]), kind(rules["exclusiveMinimum"]) + unit
    if "exclusiveMaximum" in rules:
        yield "exclusiveMaximum", kind(rules["exclusiveMaximum"]), kind(rules["exclusiveMaximum"]) - unit
    if step:
        good = _valid_number(rules, kind)
        off = good + (step / 2 if kind is float else 1)
        if step != 1 and not ("maximum" in rules and off > rules["maximum"]):
            yield "multipleOf", kind(off), good


def _distinct(item: Any, count: int) -> list[Any]:
    """``count`` items like ``item``, different from each other when they are strings or numbers."""
    if isinstance(item, str):
        return [item if index == 0 else (item[:-1] + chr(ord("a") + index % 26)) for index in range(count)]
    return [copy.deepcopy(item) for _ in range(count)]


def _pairs(rules: dict[str, Any], schema: dict[str, Any], example: Any) -> Iterator[tuple[str, Any, Any]]:
    """(keyword, breaking value, boundary value) of each rule of a field (``items.<keyword>`` for its items)."""
    schema = _non_null(SPEC.deref(schema))
    if "items" not in schema and "minItems" not in rules and "maxItems" not in rules:
        yield from _scalar_pairs(rules, schema, example)
        return
    item = MINIMAL.example(schema.get("items", {}))
    low = int(rules.get("minItems", 1)) or 1
    if rules.get("minItems"):
        yield "minItems", _distinct(item, rules["minItems"] - 1), _distinct(item, rules["minItems"])
    if "maxItems" in rules:
        yield "maxItems", _distinct(item, rules["maxItems"] + 1), _distinct(item, rules["maxItems"])
    if rules.get("uniqueItems"):
        yield "uniqueItems", [item, copy.deepcopy(item)], _distinct(item, max(low, 1))
    if "items" in rules:
        for keyword, bad, good in _pairs(rules["items"], schema.get("items", {}), item):
            yield f"items.{keyword}", [bad, *_distinct(good, low)[1:]], _distinct(good, low)


def _non_null(schema: dict[str, Any]) -> dict[str, Any]:
    for combinator in ("anyOf", "oneOf"):
        kept = [SPEC.deref(b) for b in schema.get(combinator, []) if SPEC.deref(b).get("type") != "null"]
        if len(kept) == 1:
            return {**kept[0], **{k: v for k, v in schema.items() if k != combinator}}
    return schema


# -- the table -------------------------------------------------------------------------------------------------


def _fields(schema: Any, path: Path, depth: int = 0) -> Iterator[tuple[Path, dict[str, Any], dict[str, Any]]]:
    """Every field under a request body schema: (path, rules, schema), nested objects and array items included."""
    node = _non_null(SPEC.deref(schema))
    if depth > 8:
        return
    for key, sub in (node.get("properties") or {}).items():
        resolved = _non_null(SPEC.deref(sub))
        yield (*path, key), rules_of(SPEC, sub), resolved
        if "properties" in resolved:
            yield from _fields(resolved, (*path, key), depth + 1)
        items = resolved.get("items")
        if items is not None and "properties" in _non_null(SPEC.deref(items)):
            yield from _fields(items, (*path, key, 0), depth + 1)


def _field_name(path: Path) -> str:
    return "body" + "".join(f"[{step}]" if isinstance(step, int) else f".{step}" for step in path)


def _body_schemas(op: Operation) -> dict[str, Any]:
    """The JSON body schema of each body model of ``op`` (several for a ``oneOf`` body)."""
    raw = SPEC.operation(op.operation_id).operation["requestBody"]
    schema = SPEC.deref(raw)["content"]["application/json"]["schema"]
    members = SPEC.deref(schema).get("oneOf") or SPEC.deref(schema).get("anyOf") or [schema]
    return {SPEC.deref(m).get("title") or m["$ref"].rsplit("/", 1)[-1]: m for m in members}


def cases() -> list[Case]:
    found: list[Case] = []
    for op in OPERATIONS.values():
        raw = SPEC.operation(op.operation_id)
        declared = {(p["in"], p["name"]): p for p in raw.parameters}
        for parameter in op.parameters:
            schema = declared[(parameter.location, parameter.name)]["schema"]
            example = MINIMAL.example(schema)
            for keyword, bad, good in _pairs(dict(parameter.rules), schema, example):
                found.append(Case(op, parameter.location, parameter.name, (parameter.name,), None, keyword, bad, good))
        if op.body != "json":
            continue
        for model, schema in _body_schemas(op).items():
            for path, rules, sub in _fields(schema, ()):
                example = MINIMAL.example(sub)
                for keyword, bad, good in _pairs(rules, sub, example):
                    found.append(Case(op, model, _field_name(path), path, model, keyword, bad, good))
    return found


CASES = cases()


def _request_keywords() -> set[str]:
    """Every rule keyword the contract states on a request value (parameters and JSON bodies)."""
    keywords: set[str] = set()

    def add(rules: dict[str, Any]) -> None:
        for key, value in rules.items():
            if key == "items":
                add(value)
            elif key != "format" or value not in UNDECIDABLE_FORMATS:
                keywords.add(key)

    for op in OPERATIONS.values():
        for parameter in op.parameters:
            add(dict(parameter.rules))
        if op.body == "json":
            for schema in _body_schemas(op).values():
                for _, rules, _ in _fields(schema, ()):
                    add(rules)
    return keywords


def test_the_table_covers_every_rule_keyword_of_the_requests() -> None:
    covered = {case.keyword.rsplit(".", 1)[-1] for case in CASES}
    assert _request_keywords() <= covered
    assert _request_keywords() <= set(RULE_KEYWORDS)
    assert {case.op.name for case in CASES if case.where == "query"} >= {
        op.name for op in OPERATIONS.values() if any(p.rules and p.location == "query" for p in op.parameters)
    }


def _set(body: dict[str, Any], path: Path, value: Any, schema: Any) -> None:
    """Put ``value`` at ``path`` in ``body``, creating what lies on the way from the schema's minimal examples."""
    node: Any = body
    current = _non_null(SPEC.deref(schema))
    for index, step in enumerate(path):
        last = index == len(path) - 1
        if isinstance(step, int):
            current = _non_null(SPEC.deref(current.get("items", {})))
            if not node:
                node.append(MINIMAL.example(current))
        else:
            current = _non_null(SPEC.deref((current.get("properties") or {}).get(step, {})))
            if not last and step not in node:
                node[step] = MINIMAL.example(current) if "properties" in current else []
        if last:
            node[step] = value
        else:
            node = node[step]


def _arguments(case: Case, value: Any) -> tuple[list[Any], dict[str, Any]]:
    """The positional and keyword arguments of the call with ``value`` where the case puts it."""
    positional: list[Any] = []
    keywords: dict[str, Any] = {}
    for parameter in case.op.parameters:
        if parameter.location == "path":
            raw = SPEC.operation(case.op.operation_id)
            schema = next(p["schema"] for p in raw.parameters if p["name"] == parameter.name)
            default = MINIMAL.example(schema)
            if isinstance(default, str):
                default = "id-1"
            positional.append(value if case.location == (parameter.name,) else default)
        elif case.location == (parameter.name,):
            keywords[parameter.python_name] = value
    if case.op.body == "json":
        schemas = _body_schemas(case.op)
        model = case.body_schema or next(iter(schemas))
        body = MINIMAL.example(schemas[model])
        if case.body_schema is not None:
            _set(body, case.location, value, schemas[model])
        keywords["body"] = body
    return positional, keywords


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    with MockServer() as server:
        yield server


@pytest.fixture(scope="module")
def client(mock: MockServer) -> Iterator[TokPortal]:
    with mock.client(max_retries=0) as sync_client:
        yield sync_client


def _refused(error: ValueError, case: Case) -> None:
    message = str(error)
    assert case.field in message, message
    assert case.keyword.rsplit(".", 1)[-1] in message, message
    assert "got" in message, message


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_a_breaking_value_is_refused_before_sending_and_the_boundary_is_sent(
    case: Case, client: TokPortal, mock: MockServer
) -> None:
    method = getattr(getattr(client, case.op.tag), case.op.name)
    before, violations = len(mock.requests), len(mock.violations)
    positional, keywords = _arguments(case, case.breaking)
    with pytest.raises(ValueError) as refused:
        method(*positional, **keywords)
    _refused(refused.value, case)
    assert len(mock.requests) == before, "a refused value reached the server"

    positional, keywords = _arguments(case, case.boundary)
    with contextlib.suppress(APIStatusError):  # a business rule of the mock (an unknown id): it was still sent
        method(*positional, **keywords)
    assert len(mock.requests) == before + 1
    assert mock.violations[violations:] == [], "the boundary value broke the contract"


def test_the_async_client_refuses_the_same_values(mock: MockServer) -> None:
    by_kind = {case.where == "query" or case.where == "path": case for case in CASES}

    async def run() -> None:
        async with mock.async_client(max_retries=0) as aclient:
            for case in by_kind.values():
                method = getattr(getattr(aclient, case.op.tag), case.op.name)
                before = len(mock.requests)
                positional, keywords = _arguments(case, case.breaking)
                with pytest.raises(ValueError) as refused:
                    await method(*positional, **keywords)
                _refused(refused.value, case)
                assert len(mock.requests) == before

    asyncio.run(run())


def test_list_bundles_checks_per_page_like_iter_bundles(client: TokPortal, mock: MockServer) -> None:
    before = len(mock.requests)
    with pytest.raises(ValueError, match=r"per_page: must be <= 100 \(maximum 100\), got 500"):
        client.bundles.list_bundles(per_page=500)
    with pytest.raises(ValueError, match="per_page"):
        client.bundles.iter_bundles(per_page=500)
    assert len(mock.requests) == before


# -- check_rules, the pure logic ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "rules", "problem"),
    [
        ("abc", {"maxLength": 2}, "must be at most 2 characters long (maxLength 2; got 3), got 'abc'"),
        ("", {"minLength": 1}, "must be at least 1 characters long (minLength 1; got 0), got ''"),
        ("a b", {"pattern": "^[a-z]+$"}, "must match the pattern '^[a-z]+$', got 'a b'"),
        (0, {"minimum": 1}, "must be >= 1 (minimum 1), got 0"),
        (101, {"maximum": 100}, "must be <= 100 (maximum 100), got 101"),
        (1, {"exclusiveMinimum": 1}, "must be > 1 (exclusiveMinimum 1), got 1"),
        (1.0, {"exclusiveMaximum": 1}, "must be < 1 (exclusiveMaximum 1), got 1.0"),
        (4, {"multipleOf": 3}, "must be a multiple of 3 (multipleOf 3), got 4"),
        ([], {"minItems": 1}, "must have at least 1 items (minItems 1; got 0), got []"),
        ([1, 2], {"maxItems": 1}, "must have at most 1 items (maxItems 1; got 2), got [1, 2]"),
        (["a", "a"], {"uniqueItems": True}, "must not repeat an item (uniqueItems; 'a' is repeated), got ['a', 'a']"),
        ("2026-13-01", {"format": "date"}, "must be a valid date (format date), got '2026-13-01'"),
        ("2026-05-25", {"format": "date-time"}, "must be a valid date-time (format date-time), got '2026-05-25'"),
        ("example.com", {"format": "uri"}, "must be a valid uri (format uri), got 'example.com'"),
        ("a@b", {"format": "email"}, "must be a valid email (format email), got 'a@b'"),
    ],
)
def test_check_rules_names_the_field_the_rule_and_the_value(value: Any, rules: dict[str, Any], problem: str) -> None:
    with pytest.raises(ValueError) as refused:
        check_rules(value, rules, "body.field")
    assert str(refused.value) == f"body.field: {problem}"


@pytest.mark.parametrize(
    ("value", "rules"),
    [
        (None, {"minLength": 1}),
        ("ab", {"minLength": 2, "maxLength": 2}),
        (0.3, {"multipleOf": 0.1}),
        (30, {"minimum": 3, "maximum": 30, "multipleOf": 3}),
        ("2026-05-25T12:00:00Z", {"format": "date-time"}),
        ("2026-05-25T12:00:00.5+02:00", {"format": "date-time"}),
        ("https://example.com/a?b=c", {"format": "uri"}),
        ("x", {"format": "uuid-or-anything-undecidable"}),
        (True, {"minimum": 5}),
        (["ab", "cd"], {"uniqueItems": True, "items": {"minLength": 2}}),
    ],
)
def test_check_rules_lets_a_fitting_value_through(value: Any, rules: dict[str, Any]) -> None:
    check_rules(value, rules, "field")


def test_check_rules_names_the_item_that_breaks_an_item_rule() -> None:
    with pytest.raises(ValueError, match=r"^terms\[1\]: must be at least 2 characters long"):
        check_rules(["ok", "x"], {"items": {"minLength": 2}}, "terms")


def test_a_secret_value_is_not_shown() -> None:
    with pytest.raises(ValueError) as refused:
        check_rules("hunter2", {"maxLength": 3}, "body.password")
    assert "hunter2" not in str(refused.value)
    assert "<redacted>" in str(refused.value)


# -- closed query enums ---------------------------------------------------------------------------------------------


def test_an_unknown_query_enum_value_is_refused_with_the_closest_one(client: TokPortal, mock: MockServer) -> None:
    before = len(mock.requests)
    with pytest.raises(
        ValueError, match=r"^status: expected one of .*, got 'publishd' \(did you mean 'published'\?\)$"
    ):
        client.bundles.list_bundles(status="publishd")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"got 'zzz'$"):  # nothing close: no guess
        client.bundles.list_bundles(status="zzz")  # type: ignore[arg-type]
    assert len(mock.requests) == before


def test_a_query_enum_takes_its_enum_class_or_its_string(client: TokPortal, mock: MockServer) -> None:
    from tokportal_client.models import BundleStatus

    client.bundles.list_bundles(status=BundleStatus.PUBLISHED)
    client.bundles.list_bundles(status="published")
    assert [dict(r.query)["status"] for r in mock.requests[-2:]] == ["published", "published"]


def test_extra_query_still_sends_a_value_newer_than_the_contract(client: TokPortal, mock: MockServer) -> None:
    with contextlib.suppress(APIStatusError):
        client.bundles.list_bundles(extra_query={"status": "brand_new_status"})
    assert ("status", "brand_new_status") in mock.requests[-1].query
