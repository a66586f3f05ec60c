"""What the API reference needs beyond the registry records: the contract's prose, tables and an example call.

``scripts/generate.py`` renders ``custom_templates/api_reference.md.jinja`` into ``docs/api.md`` from the same
records it renders the registry from (``tokportal_client._runtime.Operation``). :func:`reference` adds, per
operation, what only ``openapi.json`` says: the description, the parameters and body fields with their types and
constraints, the text of each response, and a short call that passes the client's checks. The template only
lays them out (the method signature comes from the same macro as the resource methods').

Everything here is Markdown-safe text: a description goes through :func:`prose` or :func:`cell`, so a ``<`` or
``|`` in the contract never breaks the page.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from tokportal_client._models_runtime import check_rules
from tokportal_client._runtime import Operation
from tokportal_client._spec import JSONObject, Spec, SpecOperation, is_policy_acceptance, rules_of

_SCHEMAS = "#/components/schemas/"
_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}
_BOUNDS = (
    ("minimum", "minimum {}"),
    ("exclusiveMinimum", "greater than {}"),
    ("maximum", "maximum {}"),
    ("exclusiveMaximum", "less than {}"),
    ("multipleOf", "multiple of {}"),
    ("minLength", "min length {}"),
    ("maxLength", "max length {}"),
    ("minItems", "min items {}"),
    ("maxItems", "max items {}"),
)
EXAMPLE_WIDTH = 100
"""An example call longer than this is laid out one argument per line."""


@dataclass(frozen=True)
class Row:
    """One parameter or body field."""

    name: str
    type: str
    required: bool
    constraints: str
    description: str
    location: str = ""
    """``path`` or ``query`` for a parameter; empty for a body field."""


@dataclass(frozen=True)
class Table:
    """The fields of one request schema."""

    model: str
    """The model class (``tokportal_client.models.<model>``)."""
    description: str
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class Status:
    """One documented response: its status, what it means, and the error class it raises (None for success)."""

    status: int
    description: str
    error: str | None = None


@dataclass(frozen=True)
class OperationDoc:
    """One operation of the reference: its record and what the contract says about it."""

    op: Operation
    description: str
    parameters: tuple[Row, ...]
    body: tuple[Table, ...]
    """The body's schema (each alternative of a ``oneOf``), then the object schemas nested in it."""
    body_alternatives: int
    """How many of :attr:`body`'s tables are alternatives of the body itself (more than one for a ``oneOf``)."""
    body_required: bool
    success: Status
    errors: tuple[Status, ...]
    example: str


@dataclass(frozen=True)
class Section:
    """One tag of the contract: ``client.<attribute>``."""

    name: str
    attribute: str
    description: str
    operations: tuple[OperationDoc, ...]


# -- Markdown text ------------------------------------------------------------------------------------------------


def prose(text: Any) -> str:
    """Contract text as a Markdown paragraph: ``<`` and ``>`` escaped so they never open an HTML tag."""
    return str(text or "").strip().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def cell(text: Any) -> str:
    """Contract text inside a table cell: one line, ``|`` escaped."""
    return " ".join(prose(text).split()).replace("|", "\\|")


def code_cell(text: str) -> str:
    """Code in a table cell: a ``|`` (as in ``int | None``) escaped, which GitHub renders as ``|`` again."""
    return "`" + text.replace("|", "\\|") + "`"


def slug(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation but ``-`` and ``_`` dropped, spaces as ``-``."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def code(value: Any) -> str:
    """A JSON value as an inline code span."""
    return f"`{json.dumps(value, ensure_ascii=False)}`"


# -- types and constraints ----------------------------------------------------------------------------------------


class _Schemas:
    def __init__(self, spec: Spec, class_name: Callable[[str], str]) -> None:
        self.spec = spec
        self.class_name = class_name

    def target(self, schema: Any) -> tuple[str | None, JSONObject]:
        """The schema name a ``$ref`` points at (None for an inline schema) and the schema itself."""
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        name = ref[len(_SCHEMAS) :] if isinstance(ref, str) and ref.startswith(_SCHEMAS) else None
        resolved = self.spec.deref(schema)
        return name, resolved if isinstance(resolved, dict) else {}

    def is_model(self, schema: Any) -> bool:
        name, resolved = self.target(schema)
        return name is not None and ("properties" in resolved or "oneOf" in resolved or "anyOf" in resolved)

    def type_text(self, schema: Any) -> str:
        """The value's type, the way the models name it (``str``, ``list[Platform]``, ``int | None``)."""
        name, resolved = self.target(schema)
        if name is not None:
            return self.class_name(name)
        alternatives = resolved.get("oneOf") or resolved.get("anyOf")
        if alternatives:
            return " | ".join(dict.fromkeys(self.type_text(member) for member in alternatives))
        kinds = resolved.get("type", [])
        parts = []
        for kind in [kinds] if isinstance(kinds, str) else kinds:
            if kind == "array":
                items = resolved.get("items")
                parts.append(f"list[{self.type_text(items)}]" if items else "list")
            elif kind == "object":
                parts.append("dict")
            elif kind == "string" and resolved.get("format") == "binary":
                parts.append("file")
            else:
                parts.append(_SCALARS.get(str(kind), str(kind)))
        return " | ".join(parts) or "Any"

    def constraints(self, schema: Any) -> list[str]:
        """What the contract allows beyond the type: enum values, bounds, lengths, pattern, format, default."""
        name, resolved = self.target(schema)
        found: list[str] = []
        values = [value for value in resolved.get("enum", []) if value is not None]
        if values:
            found.append("one of " + ", ".join(code(value) for value in values))
        if name is not None and "enum" not in resolved:
            return found  # a model: its own table says the rest
        for member in resolved.get("oneOf") or resolved.get("anyOf") or []:
            found += [text for text in self.constraints(member) if text not in found]
        if "const" in resolved:
            found.append(f"always {code(resolved['const'])}")
        for key, template in _BOUNDS:
            if key in resolved:
                found.append(template.format(resolved[key]))
        if resolved.get("uniqueItems"):
            found.append("unique items")
        if "pattern" in resolved:
            found.append(f"pattern `{resolved['pattern']}`")
        if resolved.get("format") not in (None, "binary"):
            found.append(f"format `{resolved['format']}`")
        if "default" in resolved:
            found.append(f"default {code(resolved['default'])}")
        if resolved.get("deprecated"):
            found.append("deprecated")
        items = resolved.get("items")
        if items is not None:
            inner = self.constraints(items)
            if inner:
                found.append("items: " + ", ".join(inner))
        return found

    def description(self, schema: Any) -> str:
        """A field's own description, else the one of the schema it refers to (directly or as a nullable union)."""
        _, resolved = self.target(schema)
        if isinstance(schema, dict) and schema.get("description"):
            return str(schema["description"])
        if resolved.get("description"):
            return str(resolved["description"])
        members = resolved.get("oneOf") or resolved.get("anyOf") or []
        return next((found for found in map(self.description, members) if found), "")

    def table(self, model: str, schema: JSONObject) -> Table:
        """The fields of an object schema, one row each, in the contract's order."""
        required = set(schema.get("required", []))
        rows = tuple(
            Row(
                name=key,
                type=self.type_text(field),
                required=key in required,
                constraints=cell("; ".join(self.constraints(field))),
                description=cell(self.description(field)),
            )
            for key, field in schema.get("properties", {}).items()
        )
        return Table(model, cell(schema.get("description", "")), rows)

    def nested(self, schema: Any) -> Iterator[str]:
        """Names of the object schemas a schema's fields refer to (through lists and unions too), in field order."""
        pending = [schema]
        while pending:
            current = pending.pop(0)
            if not isinstance(current, dict):
                continue
            if self.is_model(current):
                yield str(self.target(current)[0])
                continue
            pending += [current.get("items"), *(current.get("oneOf") or []), *(current.get("anyOf") or [])]


def _media(spec: Spec, raw: SpecOperation) -> tuple[JSONObject, bool]:
    """The request body's schema (of its first media type) and whether the body is required."""
    body = spec.deref(raw.operation.get("requestBody") or {})
    content = body.get("content") or {}
    if not content:
        return {}, False
    return next(iter(content.values())).get("schema") or {}, bool(body.get("required"))


def _body_tables(schemas: _Schemas, schema: JSONObject, model_names: tuple[str, ...]) -> tuple[tuple[Table, ...], int]:
    """The tables of a body: one per alternative (``oneOf``/``anyOf``), then the object schemas nested in them.

    ``model_names`` are the record's body types, which name the alternatives that are inline schemas.
    """
    _, resolved = schemas.target(schema)
    members = resolved.get("oneOf") or resolved.get("anyOf") or [schema]
    tables = []
    nested: list[str] = []
    for index, member in enumerate(members):
        name, member_schema = schemas.target(member)
        model = schemas.class_name(name) if name else model_names[min(index, len(model_names) - 1)]
        tables.append(schemas.table(model, member_schema))
        nested += [n for n in _nested_in(schemas, member_schema) if n not in nested]
    done = 0
    while done < len(nested):
        nested += [n for n in _nested_in(schemas, schemas.spec.schema(nested[done])) if n not in nested]
        done += 1
    alternatives = [table.model for table in tables]
    for name in nested:
        if schemas.class_name(name) not in alternatives:
            tables.append(schemas.table(schemas.class_name(name), schemas.spec.schema(name)))
    return tuple(tables), len(members)


def _nested_in(schemas: _Schemas, schema: JSONObject) -> list[str]:
    return [n for field in schema.get("properties", {}).values() for n in schemas.nested(field)]


# -- the example call ---------------------------------------------------------------------------------------------


class _Code(str):
    """Python code an example puts where a value goes (``exc.policy_version``), written as is."""


def _literal(value: Any) -> str:
    """A JSON value as a Python literal (double-quoted strings, ``True``, ``None``); :class:`_Code` as is."""
    if isinstance(value, _Code):
        return str(value)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k)}: {_literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_literal(v) for v in value) + "]"
    if isinstance(value, bool) or value is None:
        return repr(value)
    return json.dumps(value)


_STRING_RULES = ("minLength", "maxLength", "pattern", "format")
FUTURE_DATE = "2030-06-01"
"""The date the examples schedule for: far enough ahead for TokPortal's "at least 3 days ahead" rule."""
_DATE_TEXT = re.compile(r"\d{4}-\d{2}-\d{2}")
_NONE: Any = object()


def _hinted(name: str, value: Any) -> bool:
    """False for a value its field's name says is of another kind (the contract's placeholder examples such as
    ``"target_publish_date": "target_publish_date"``): dates, date-times and URLs."""
    if not isinstance(value, str):
        return True
    lowered = name.lower()
    if lowered.endswith("_date"):
        return bool(_DATE_TEXT.fullmatch(value))
    if lowered.endswith("_at"):
        return bool(_DATE_TEXT.match(value))
    if lowered.endswith("_url") or lowered == "url":
        return value.startswith(("https://", "http://"))
    return True


def _fits(schemas: _Schemas, value: Any, schema: Any, name: str) -> bool:
    """``value`` meets every rule the contract states for it (and its field's name): the client would send it."""
    _, resolved = schemas.target(schema)
    if not _hinted(name, value):
        return False
    values = [v for v in resolved.get("enum", []) if v is not None]
    if values and value not in values:
        return False
    try:
        check_rules(value, rules_of(schemas.spec, resolved), name)
    except ValueError:
        return False
    properties = resolved.get("properties") or {}
    if isinstance(value, dict):
        return all(_fits(schemas, item, properties.get(key, {}), key) for key, item in value.items())
    if isinstance(value, list):
        return all(_fits(schemas, item, resolved.get("items", {}), name) for item in value)
    return True


def _repaired(schemas: _Schemas, value: Any, schema: Any, name: str) -> Any:
    """``value`` with every part that breaks a rule replaced by a value built to meet it (fitting parts kept)."""
    if _fits(schemas, value, schema, name):
        return value
    _, resolved = schemas.target(schema)
    properties = resolved.get("properties") or {}
    if isinstance(value, dict) and properties:
        fixed = {key: _repaired(schemas, item, properties.get(key, {}), key) for key, item in value.items()}
        for required in resolved.get("required", []):
            fixed.setdefault(required, _placeholder(schemas, properties[required], required))
        return fixed
    if isinstance(value, list) and "items" in resolved:
        return [_repaired(schemas, item, resolved["items"], name) for item in value]
    return _placeholder(schemas, schema, name, examples=False)


def _placeholder(schemas: _Schemas, schema: Any, name: str, *, examples: bool = True) -> Any:
    """A value the contract accepts for a field: its example (repaired where it breaks a rule), default, first
    enum value, or a value built to meet the rules."""
    _, resolved = schemas.target(schema)
    for key in ("example", "const", "default") if examples else ():
        if key in resolved:
            return _repaired(schemas, resolved[key], resolved, name)
    if resolved.get("enum"):
        return resolved["enum"][0]
    for member in resolved.get("oneOf") or resolved.get("anyOf") or []:
        if schemas.target(member)[1].get("type") != "null":
            return _placeholder(schemas, member, name)
    if "properties" in resolved:
        required = resolved.get("required", [])
        return {key: _placeholder(schemas, resolved["properties"][key], key) for key in required}
    kind = resolved.get("type")
    kind = next((k for k in kind if k != "null"), None) if isinstance(kind, list) else kind
    if kind == "array":
        return [_placeholder(schemas, resolved.get("items", {}), name)] * max(1, int(resolved.get("minItems", 1)))
    if kind in ("integer", "number"):
        return resolved.get("minimum", 1)
    if kind == "boolean":
        return True
    if resolved.get("format") == "binary":
        return f"path/to/{name}"
    return _string(resolved, name)


def _string(schema: JSONObject, name: str) -> str:
    """A string for a field without a usable example: by its format or name, else ``<name>``, within its rules."""
    lowered = name.lower()
    fmt = schema.get("format")
    if fmt == "date" or lowered.endswith("_date"):
        return FUTURE_DATE
    if fmt == "date-time" or lowered.endswith("_at"):
        return FUTURE_DATE + "T12:00:00Z"
    if fmt in ("uri", "url") or lowered.endswith("_url") or lowered == "url":
        return f"https://example.com/{lowered}"
    if fmt == "email" or "email" in lowered:
        return "user@example.com"
    text = f"<{name}>"
    try:
        check_rules(text, {k: v for k, v in schema.items() if k in _STRING_RULES}, name)
    except ValueError:
        text = name if re.fullmatch(r"[a-z0-9_]+", name) else "a"
        text = (text * int(schema.get("minLength", 1)))[: int(schema.get("maxLength", len(text) or 1))] or "a"
    return text


def example_of(spec: Spec, schema_name: str) -> Any:
    """The contract's example of a named schema, repaired where it breaks a rule; None when it has none."""
    schema = spec.deref(spec.schema(schema_name))
    if "example" not in schema:
        return None
    return _repaired(_Schemas(spec, str), schema["example"], schema, schema_name)


def _variable(type_name: str) -> str:
    """A variable name for a value of this type: ``bundle_list`` for ``BundleListResponse``."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", type_name.removesuffix("Response") or type_name).lower()


Argument = tuple[str | None, Any]
"""One argument of an example call: its keyword (None for a positional one) and its JSON value."""


def _layout(value: Any, indent: int, prefix: str = "", suffix: str = ",") -> list[str]:
    """``prefix value suffix`` at ``indent``: one line, or a dict or list one item a line when that is too long."""
    line = " " * indent + prefix + _literal(value) + suffix
    if len(line) <= EXAMPLE_WIDTH or not isinstance(value, dict | list) or not value:
        return [line]
    items = value.items() if isinstance(value, dict) else ((None, item) for item in value)
    lines = [" " * indent + prefix + ("{" if isinstance(value, dict) else "[")]
    for key, item in items:
        lines += _layout(item, indent + 4, "" if key is None else f"{json.dumps(key)}: ")
    return [*lines, " " * indent + ("}" if isinstance(value, dict) else "]") + suffix]


def _call(target: str, arguments: list[Argument], assign: str = "") -> str:
    """``target(arguments)`` on one line, or one argument a line when that is too long."""
    inline = ", ".join(f"{keyword}={_literal(value)}" if keyword else _literal(value) for keyword, value in arguments)
    line = f"{assign}{target}({inline})"
    if len(line) <= EXAMPLE_WIDTH:
        return line
    lines = [f"{assign}{target}("]
    for keyword, value in arguments:
        lines += _layout(value, 4, f"{keyword}=" if keyword else "")
    return "\n".join([*lines, ")"])


POLICY_FIELD = "policy_version"
"""The field of a policy acceptance (see ``_spec.POLICY_FIELDS``) whose value is the one the 428 answer named
(``errors.PolicyConfirmationRequiredError.policy_version``)."""


def _policy_body(schemas: _Schemas, body: JSONObject, body_required: bool) -> JSONObject | None:
    """The acceptance an optional body is, when it is one (``_spec.is_policy_acceptance``): the second step of a
    call TokPortal first answers with 428."""
    if not body or body_required:
        return None
    _, resolved = schemas.target(body)
    if not is_policy_acceptance(resolved):
        return None
    accepted = _placeholder(schemas, body, "body")
    return {**accepted, POLICY_FIELD: _Code(f"exc.{POLICY_FIELD}")}


def _example(schemas: _Schemas, op: Operation, raw: SpecOperation, body: JSONObject, body_required: bool) -> str:
    """A short call of the operation with the values the contract gives as examples, else placeholders; for an
    operation whose optional body accepts a policy, the whole two-step flow (call, 428, call again accepting)."""
    declared = {(p.get("in"), p.get("name")): p for p in raw.parameters}
    arguments: list[Argument] = []
    for parameter in op.parameters:
        if parameter.location == "path" or parameter.required:
            schema = declared.get((parameter.location, parameter.name), {}).get("schema", {})
            keyword = None if parameter.location == "path" else parameter.python_name
            arguments.append((keyword, _placeholder(schemas, schema, parameter.python_name)))
    if body and op.body == "multipart":
        _, form = schemas.target(body)
        arguments += [(key, _placeholder(schemas, form["properties"][key], key)) for key in form.get("required", [])]
    elif body and body_required:
        arguments.append(("body", _placeholder(schemas, body, "body")))
    assign = "" if op.result == "None" else f"{'text' if op.result == 'str' else _variable(op.result)} = "
    target = f"client.{op.tag}.{op.name}"
    acceptance = _policy_body(schemas, body, body_required)
    if acceptance is not None:
        again = _call(target, [*arguments, ("body", acceptance)], assign).replace("\n", "\n    ")
        return "\n".join(
            [
                "from tokportal_client import errors",
                "",
                "try:",
                "    " + _call(target, arguments, assign).replace("\n", "\n    "),
                "except errors.PolicyConfirmationRequiredError as exc:",
                f"    if exc.{POLICY_FIELD} is None:",
                "        raise",
                "    # show exc.details (the policy's terms, the price) to a human, then accept it:",
                "    " + again,
            ]
        )
    lines = [_call(target, arguments, assign)]
    if op.page_item is not None and op.iter_name is not None:
        item = _variable(op.page_item)
        paged = [(k, v) for k, v in arguments if k not in ("page", "per_page")]
        lines += [f"for {item} in {_call(f'client.{op.tag}.{op.iter_name}', paged)}:", f"    print({item})"]
    return "\n".join(lines)


# -- the reference ------------------------------------------------------------------------------------------------


def _responses(spec: Spec, raw: SpecOperation) -> dict[int, str]:
    responses = raw.operation.get("responses", {})
    return {
        int(status): str(spec.deref(response).get("description", ""))
        for status, response in responses.items()
        if status.isdigit()
    }


def _operation(schemas: _Schemas, op: Operation, raw: SpecOperation, error_class: Callable[[int], str]) -> OperationDoc:
    spec = schemas.spec
    declared = {(p.get("in"), p.get("name")): p for p in raw.parameters}
    parameters = []
    for parameter in op.parameters:
        spec_parameter = declared.get((parameter.location, parameter.name), {})
        schema = spec_parameter.get("schema", {})
        parameters.append(
            Row(
                name=parameter.python_name,
                type=parameter.type,
                required=parameter.required,
                constraints=cell("; ".join(schemas.constraints(schema))),
                description=cell(spec_parameter.get("description") or schemas.description(schema)),
                location=parameter.location,
            )
        )
    body, body_required = _media(spec, raw)
    tables, alternatives = _body_tables(schemas, body, op.body_types) if body else ((), 0)
    said = _responses(spec, raw)
    return OperationDoc(
        op=op,
        description=prose(raw.operation.get("description", "")),
        parameters=tuple(parameters),
        body=tables,
        body_alternatives=alternatives,
        body_required=body_required,
        success=Status(op.success_status, cell(said.get(op.success_status, ""))),
        errors=tuple(Status(s, cell(said.get(s, "")), error_class(s)) for s in op.error_statuses),
        example=_example(schemas, op, raw, body, body_required),
    )


def reference(
    spec: Spec,
    records: Mapping[str, Operation],
    error_class: Callable[[int], str],
    class_name: Callable[[str], str] = str,
) -> tuple[Section, ...]:
    """The reference's sections: one per tag, in the contract's tag order, each operation in contract order.

    ``error_class`` names the error a status raises; ``class_name`` the model class of a schema.
    """
    schemas = _Schemas(spec, class_name)
    raw = {op.operation_id: op for op in spec.operations()}
    declared = {str(tag.get("name")): str(tag.get("description", "")) for tag in spec.document.get("tags", [])}
    grouped: dict[str, list[Operation]] = {name: [] for name in declared}
    for op in records.values():
        grouped.setdefault(raw[op.operation_id].tag or op.tag, []).append(op)
    return tuple(
        Section(
            name=name,
            attribute=ops[0].tag,
            description=prose(declared.get(name, "")),
            operations=tuple(_operation(schemas, op, raw[op.operation_id], error_class) for op in ops),
        )
        for name, ops in grouped.items()
        if ops
    )
