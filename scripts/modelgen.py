"""What the model templates need beyond the generator's own data: a plan of each model.

``scripts/generate.py`` hands :func:`model_globals` to the Jinja environment. ``custom_templates/model.py.jinja``
then lays out each model from ``model_plan(model)``: its role, and per field the declaration, the ``TypedDict``
entry and the parsing code. The decisions live here, in Python, where they can be read and tested:

* **Role.** A schema reachable (through ``$ref``) from a request body is a *request* model: optional fields
  are ``T | Unset`` (to tell "leave out" from "send null"), enum fields also take their documented strings,
  and it has a ``TypedDict`` twin (``<Model>Dict``) for dict bodies. Every other schema is a *response* model:
  an optional field is ``T | None`` and defaults to ``None``; only the schema's ``required`` fields are plain
  ``T``. A schema reachable from both sides is generated as a response model (results never hold ``Unset``;
  it still gets its ``TypedDict``, and a dict body, which is sent as given, can still send an explicit null).
* **Parsing.** Each field is checked inline (``type(x) is int``) and the runtime helpers
  (``tokportal_client._models_runtime``) run only on a mismatch, where they raise or, in a lenient parse,
  keep the value as received.
* **Secrets.** A field whose key names a secret (``tokportal_client._models_runtime.is_secret_key``: signing
  secrets, signed upload URLs, tokens, passwords, verification codes) never shows in ``repr()``; in the
  responses of the secret-bearing operations (``x-tokportal-idempotency: reject-sensitive-response``) neither
  do the fields the contract does not name, nor the content of free-form objects.
"""

from __future__ import annotations

import json
import keyword
from dataclasses import dataclass, field
from typing import Any

from tokportal_client._models_runtime import is_secret_key
from tokportal_client._spec import Spec, rules_of

REQUEST, RESPONSE = "request", "response"
SENSITIVE_POLICY = "reject-sensitive-response"
_ISO_NAMES = {"datetime": "date-time", "date": "date"}
_LOCALS = frozenset({"cls", "src_dict", "d", "_pop", "_member", "obj"})


def _raw(value: Any) -> str:
    """The text of a name or description from the spec (the generator wraps them as untrusted strings).

    Never put it into the generated code as is: quote it (``json.dumps``, ``repr``) or pass it through the
    ``safe_for_docstring`` filter.
    """
    return str(value.get_untrusted_value()) if hasattr(value, "get_untrusted_value") else str(value or "")


_RULE_WORDS = {
    "minLength": "at least {} characters",
    "maxLength": "at most {} characters",
    "pattern": "matches {!r}",
    "format": "format {}",
    "minimum": ">= {}",
    "maximum": "<= {}",
    "exclusiveMinimum": "> {}",
    "exclusiveMaximum": "< {}",
    "multipleOf": "a multiple of {}",
    "minItems": "at least {} items",
    "maxItems": "at most {} items",
    "uniqueItems": "no repeated items",
}


def rules_text(rules: dict[str, Any]) -> str:
    """The rules of a field in words: ``at most 200 characters; each item: at least 2 characters``."""
    words = [_RULE_WORDS[key].format(value) for key, value in rules.items() if key in _RULE_WORDS]
    if "items" in rules:
        words.append("each item: " + rules_text(rules["items"]))
    return "; ".join(words)


_ANNOTATION_NAMES = frozenset(
    {"datetime", "list", "dict", "str", "int", "float", "bool", "object", "Any", "Literal", "Unset", "File"}
)
"""Names the generated annotations use: a field may not shadow them in its class body."""


def natural_name(python_name: str, key: str) -> str:
    """The attribute of a field: its JSON key when that is a usable name, else the generator's (``from_``).

    The generator appends ``_`` to every builtin's name (``credits_``); only Python keywords and the names the
    model's own annotations use need it, so ``User.credits`` is ``credits``.
    """
    if python_name == key + "_" and key.isidentifier() and not keyword.iskeyword(key) and key not in _ANNOTATION_NAMES:
        return key
    return python_name


def _field_doc(description: str, rules: dict[str, Any] | None, attribute: str, key: str) -> str:
    """A field's docstring line: the contract's description, its rules, and its JSON key when that differs."""
    text = " ".join(description.split())
    if rules:
        text = f"{text} Rules: {rules_text(rules)}.".strip()
    if attribute != key:
        text = f"{text} JSON key: ``{key}``.".strip()
    return text


def _integral(value: Any) -> Any:
    """The generator's parsed schema with whole floats back as the integers the contract wrote (``0.0`` -> ``0``)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {key: _integral(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_integral(item) for item in value]
    return value


class UnsupportedShape(Exception):
    """A property shape the model templates do not generate code for."""


@dataclass(frozen=True)
class Shape:
    """The JSON shape of a property: what it holds and how it is checked."""

    kind: str
    """scalar, datetime, date, enum, model, list, any, file or union."""
    name: str = ""
    """The Python type of a scalar (str, int, float, bool), the class of an enum or a model."""
    module: str = ""
    item: Shape | None = None
    members: tuple[Shape, ...] = ()
    nullable: bool = False


_SCALARS = {"StringProperty": "str", "IntProperty": "int", "FloatProperty": "float", "BooleanProperty": "bool"}


def shape_of(prop: Any) -> Shape:
    """The shape of a generator property (openapi_python_client.parser.properties)."""
    kind = type(prop).__name__
    if kind in _SCALARS:
        return Shape("scalar", _SCALARS[kind])
    if kind == "UuidProperty":
        return Shape("scalar", "str")
    if kind == "DateTimeProperty":
        return Shape("datetime")
    if kind == "DateProperty":
        return Shape("date")
    if kind == "EnumProperty":
        if prop.value_type is not str:
            raise UnsupportedShape(f"{_raw(prop.name)}: enums of {prop.value_type.__name__}")
        return Shape("enum", prop.class_info.name, prop.class_info.module_name)
    if kind == "ModelProperty":
        return Shape("model", prop.class_info.name, prop.class_info.module_name)
    if kind == "ListProperty":
        return Shape("list", item=shape_of(prop.inner_property))
    if kind in ("AnyProperty", "NoneProperty"):
        return Shape("any")
    if kind == "FileProperty":
        return Shape("file")
    if kind == "UnionProperty":
        members = [p for p in prop.inner_properties if type(p).__name__ != "NoneProperty"]
        nullable = len(members) < len(prop.inner_properties)
        if len(members) == 1:
            inner = shape_of(members[0])
            return Shape(inner.kind, inner.name, inner.module, inner.item, inner.members, nullable or inner.nullable)
        return Shape("union", members=tuple(shape_of(p) for p in members), nullable=nullable)
    raise UnsupportedShape(f"{_raw(prop.name)}: {kind}")


def python_type(shape: Shape, request: bool) -> str:
    """The attribute type of a value of this shape (without the ``| None``/``| Unset`` of an optional field)."""
    if shape.kind == "scalar":
        text = shape.name
    elif shape.kind in ("datetime", "date"):
        text = f"datetime.{shape.kind}"
    elif shape.kind == "enum":
        text = f"{shape.name} | {shape.name}Literal" if request else shape.name
    elif shape.kind == "model":
        text = shape.name
    elif shape.kind == "list":
        assert shape.item is not None
        text = f"list[{python_type(shape.item, request)}]"
    elif shape.kind == "file":
        text = "File"
    elif shape.kind == "union":
        text = " | ".join(python_type(member, request) for member in shape.members)
    else:
        text = "Any"
    return f"{text} | None" if shape.nullable and text != "Any" else text


def dict_type(shape: Shape) -> str:
    """The type of this shape in a ``TypedDict``: JSON values, nested objects as their own ``TypedDict``."""
    if shape.kind in ("datetime", "date"):
        text = "str"
    elif shape.kind == "model":
        text = f"{shape.name}Dict"
    elif shape.kind == "list":
        assert shape.item is not None
        text = f"list[{dict_type(shape.item)}]"
    elif shape.kind == "union":
        text = " | ".join(dict_type(member) for member in shape.members)
    elif shape.kind == "file":
        raise UnsupportedShape("a file in a JSON body")
    else:
        return python_type(shape, request=True)
    return f"{text} | None" if shape.nullable else text


def _item_expression(shape: Shape, model: str, key: str) -> str | None:
    """Code that parses one list item ``i`` (None when items are not checked)."""
    if shape.nullable and shape.kind != "any":
        raise UnsupportedShape(f"{model}.{key}: lists of nullable items")
    if shape.kind == "model":
        return f"{shape.name}.from_dict(i)"
    if shape.kind == "scalar":
        return f'i if type(i) is {shape.name} else check(i, {shape.name}, "{model}", "{key}")'
    if shape.kind == "enum":
        return f'parse_enum({shape.name}, i, "{model}", "{key}")'
    if shape.kind == "any":
        return None
    raise UnsupportedShape(f"{model}.{key}: lists of {shape.kind}")


def parse_code(shape: Shape, name: str, key: str, model: str, required: bool, request: bool) -> str:
    """Statements that read field ``key`` from ``d`` into the local ``name``, checked against ``shape``."""
    absent = "MISSING" if required else ("UNSET" if request else "None")
    skip = [] if required else [absent]
    if shape.nullable and "None" not in skip:
        skip.append("None")
    # `present`: the value is neither absent nor an allowed null, so it must fit the shape.
    present = " and ".join(f"{name} is not {value}" for value in skip)
    quoted = json.dumps(key)
    lines = [f"{name}: Any = _pop({quoted}, {absent})"]

    def otherwise(expected: str) -> list[str]:
        body = f'    {name} = check({name}, {expected}, "{model}", {quoted})'
        return [f"elif {present}:" if present else "else:", body]

    if shape.kind == "scalar":
        condition = f"type({name}) is not {shape.name}" + (f" and {present}" if present else "")
        lines += [f"if {condition}:", f'    {name} = check({name}, {shape.name}, "{model}", {quoted})']
    elif shape.kind in ("datetime", "date"):
        lines += [
            f"if type({name}) is str:",
            "    try:",
            f"        {name} = datetime.{shape.kind}.fromisoformat({name})",
            "    except ValueError:",
            f'        {name} = mismatch({name}, "{model}", {quoted}, "expected an ISO 8601 {_ISO_NAMES[shape.kind]}")',
            *otherwise("str"),
        ]
    elif shape.kind == "enum":
        indent = "    " if present else ""
        if present:
            lines.append(f"if {present}:")
        slow = f'parse_enum({shape.name}, {name}, "{model}", {quoted})'
        lines += [
            f"{indent}_member = {shape.name}._value2member_map_.get({name}) if type({name}) is str else None",
            f"{indent}{name} = _member if _member is not None else {slow}",
        ]
    elif shape.kind == "model":
        lines += [f"if type({name}) is dict:", f"    {name} = {shape.name}.from_dict({name})", *otherwise("dict")]
    elif shape.kind == "list":
        assert shape.item is not None
        item = _item_expression(shape.item, model, key)
        if item is None:
            condition = f"type({name}) is not list" + (f" and {present}" if present else "")
            lines += [f"if {condition}:", f'    {name} = check({name}, list, "{model}", {quoted})']
        else:
            lines += [f"if type({name}) is list:", f"    {name} = [{item} for i in {name}]", *otherwise("list")]
    elif shape.kind == "union":
        if any(member.kind != "scalar" for member in shape.members):
            raise UnsupportedShape(f"{model}.{key}: unions of {', '.join(m.kind for m in shape.members)}")
        kinds = ", ".join(member.name for member in shape.members)
        condition = f"type({name}) not in ({kinds})" + (f" and {present}" if present else "")
        lines += [f"if {condition}:", f'    {name} = check_union({name}, ({kinds}), "{model}", {quoted})']
    elif required:  # any, file: only presence is checked
        lines += [f"if {name} is MISSING:", f'    {name} = check({name}, object, "{model}", {quoted})']
    return "\n".join(lines)


def _nested_models(shape: Shape) -> list[Shape]:
    if shape.kind == "model":
        return [shape]
    if shape.kind == "list" and shape.item is not None:
        return _nested_models(shape.item)
    return [model for member in shape.members for model in _nested_models(member)]


def _enums(shape: Shape) -> list[Shape]:
    if shape.kind == "enum":
        return [shape]
    if shape.kind == "list" and shape.item is not None:
        return _enums(shape.item)
    return [enum for member in shape.members for enum in _enums(member)]


@dataclass
class FieldPlan:
    attribute: str
    key: str
    required: bool
    declaration: str
    """The attrs class line: ``name: type`` or ``name: type = default``."""
    type: str
    dict_entry: str | None
    """The TypedDict line (request models)."""
    parse: str
    description: str
    local: str = ""
    """The name of the field's value in ``from_dict`` (the generator's: a builtin's name gets a ``_``)."""

    @property
    def key_literal(self) -> str:
        """The JSON key as a Python string literal."""
        return json.dumps(self.key)


@dataclass
class ModelPlan:
    name: str
    role: str
    fields: list[FieldPlan]
    open: bool
    """Keeps the fields it does not declare (``additionalProperties`` is not false)."""
    typed_dict: str | None
    typed_dict_functional: bool
    """The TypedDict has keys that are not identifiers: declared with the functional syntax."""
    secrets: list[str]
    secret_extras: bool
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)
    """The contract's constraints per JSON key (``Model._rules``), checked on request bodies before sending."""
    imports: list[str] = field(default_factory=list)
    type_checking_imports: list[str] = field(default_factory=list)

    @property
    def request(self) -> bool:
        return self.role == REQUEST

    @property
    def ordered(self) -> list[FieldPlan]:
        """Fields in declaration (and positional constructor) order: the required ones first."""
        return [f for f in self.fields if f.required] + [f for f in self.fields if not f.required]

    @property
    def fields_literal(self) -> str:
        return "(" + "".join(f"({f.attribute!r}, {f.key!r}, {f.required}), " for f in self.fields) + ")"


class ModelPlanner:
    """Plans every model of one generation run from the spec (roles, secrets) and the generator's data."""

    def __init__(self, spec: Spec, class_name: Any) -> None:
        """``class_name(schema_name)`` gives the class the generator makes for a component schema."""
        self.is_secret_key = is_secret_key
        requests: set[str] = set()
        responses: set[str] = set()
        sensitive: set[str] = set()
        for operation in spec.operations():
            body = operation.operation.get("requestBody")
            if body is not None:
                requests |= spec.referenced_schemas(body)
            answers = operation.operation.get("responses", {})
            responses |= spec.referenced_schemas(answers)
            if operation.operation.get("x-tokportal-idempotency") == SENSITIVE_POLICY:
                successes = [answer for status, answer in answers.items() if str(status).startswith("2")]
                sensitive |= spec.referenced_schemas(successes)
        schemas = spec.document.get("components", {}).get("schemas", {})
        self.spec = spec
        self.component_of: dict[str, str] = {class_name(schema): schema for schema in schemas}
        self.roles: dict[str, str] = {}
        self.request_reachable: set[str] = set()
        self.sensitive: set[str] = set()
        for schema in schemas:
            name = class_name(schema)
            self.roles[name] = REQUEST if schema in requests and schema not in responses else RESPONSE
            if schema in requests:
                self.request_reachable.add(name)
            if schema in sensitive:
                self.sensitive.add(name)

    def _roots(self, model: Any) -> list[str]:
        """The component schemas a model comes from: itself, or the schema an inline model is declared in."""
        return [_raw(root) for root in model.roots if _raw(root) in self.roles]

    def role(self, model: Any) -> str:
        roles = {self.roles[root] for root in self._roots(model)}
        return REQUEST if roles == {REQUEST} else RESPONSE

    def _property_schemas(self, model: Any) -> dict[str, Any]:
        """The contract's schema of each property of ``model``, by JSON key (for its rules)."""
        component = self.component_of.get(model.class_info.name)
        if component is not None:
            properties = self.spec.deref(self.spec.schema(component)).get("properties", {})
            return dict(properties) if isinstance(properties, dict) else {}
        dumped = model.data.model_dump(by_alias=True, exclude_none=True, mode="json")  # an inline object schema
        return {key: _integral(value) for key, value in dumped.get("properties", {}).items()}

    def rules(self, model: Any) -> dict[str, dict[str, Any]]:
        """The constraints of each field of ``model`` the contract states, by JSON key (``Model._rules``)."""
        schemas = self._property_schemas(model)
        found = {key: rules_of(self.spec, schema) for key, schema in schemas.items()}
        return {key: rules for key, rules in found.items() if rules}

    def plan(self, model: Any) -> ModelPlan:
        name = model.class_info.name
        request = self.role(model) == REQUEST
        roots = self._roots(model)
        wants_dict = any(root in self.request_reachable for root in roots) and not model.is_multipart_body
        sensitive = any(root in self.sensitive for root in roots)
        properties = (model.required_properties or []) + (model.optional_properties or [])
        fields: list[FieldPlan] = []
        rules = self.rules(model)
        imports: set[str] = set()
        checking: set[str] = set()
        for prop in properties:
            local, key = str(prop.python_name), _raw(prop.name)
            if local in _LOCALS:
                raise UnsupportedShape(f"{name}.{key}: the Python name {local!r} clashes with from_dict's locals")
            attribute = natural_name(local, key)
            shape = shape_of(prop)
            required = bool(prop.required)
            declared = python_type(shape, request)
            if required:
                default = ""
            elif request:
                declared, default = f"{declared} | Unset", " = UNSET"
            else:
                nullable = shape.nullable or shape.kind == "any"
                declared, default = (declared if nullable else f"{declared} | None"), " = None"
            entry = None
            if wants_dict:
                value = dict_type(shape)
                entry = f"{value}" if required else f"NotRequired[{value}]"
                for nested in _nested_models(shape):
                    checking.add(f"from ..models.{nested.module} import {nested.name}Dict")
            if request:
                for enum in _enums(shape):
                    imports.add(f"from ..models.{enum.module} import {enum.name}Literal")
            if wants_dict:
                for enum in _enums(shape):
                    imports.add(f"from ..models.{enum.module} import {enum.name}, {enum.name}Literal")
            fields.append(
                FieldPlan(
                    attribute=attribute,
                    key=key,
                    required=required,
                    declaration=f"{attribute}: {declared}{default}",
                    type=declared,
                    dict_entry=entry,
                    parse=parse_code(shape, local, key, name, required, request),
                    description=_field_doc(_raw(prop.description), rules.get(key), attribute, key),
                    local=local,
                )
            )
        typed_dict = f"{name}Dict" if wants_dict else None
        free_form = not properties and bool(model.additional_properties)
        return ModelPlan(
            name=name,
            role=REQUEST if request else RESPONSE,
            fields=fields,
            open=bool(model.additional_properties),
            typed_dict=typed_dict,
            typed_dict_functional=any(not f.key.isidentifier() or keyword.iskeyword(f.key) for f in fields),
            secrets=[f.attribute for f in fields if self.is_secret_key(f.key) or (sensitive and free_form)],
            secret_extras=sensitive,
            rules=rules,
            imports=sorted(imports),
            type_checking_imports=sorted(checking),
        )

    def typed_dict_exports(self, models: list[Any]) -> list[str]:
        """``models/__init__`` import lines for the TypedDicts."""
        return [
            f"from .{model.class_info.module_name} import {model.class_info.name}Dict"
            for model in models
            if self.plan(model).typed_dict is not None
        ]


def enum_literal(enum: Any) -> str:
    """``Literal[...]`` of an enum's documented values."""
    return "Literal[" + ", ".join(json.dumps(str(value)) for value in enum.values.values()) + "]"


def model_globals(spec_document: dict[str, Any], data: Any, config: Any) -> dict[str, Any]:
    """The Jinja globals of the model templates; also lets each JSON body parameter take the body's TypedDict."""
    from openapi_python_client.parser.properties.schemas import Class

    planner = ModelPlanner(Spec(spec_document), lambda name: Class.from_string(string=name, config=config).name)
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            # Query and path enums are typed by their Literal alias too (a misspelled value is a type error).
            for param in [*endpoint.path_parameters, *endpoint.query_parameters]:
                inner = param.inner_property if type(param).__name__ == "ListProperty" else param
                if type(inner).__name__ == "EnumProperty":
                    info = inner.class_info
                    endpoint.relative_imports.add(f"from ...models.{info.module_name} import {info.name}Literal")
            for body in endpoint.bodies:
                if body.body_type == "files":
                    continue
                models = body.prop.inner_properties if type(body.prop).__name__ == "UnionProperty" else [body.prop]
                for model in models:
                    info = model.class_info
                    endpoint.relative_imports.add(f"from ...models.{info.module_name} import {info.name}Dict")
    exports = planner.typed_dict_exports(list(data.models))
    exports += [f"from .{enum.class_info.module_name} import {enum.class_info.name}Literal" for enum in data.enums]
    taken = {item.class_info.name for item in [*data.models, *data.enums]}
    for line in exports:
        if line.rsplit(" ", 1)[1] in taken:
            raise UnsupportedShape(f"{line.rsplit(' ', 1)[1]} is both a schema's class and a generated alias")
    from scripts.apidocs import example_of

    def model_example(model: Any) -> str:
        """The model's example for its docstring, as JSON: the contract's, repaired where it breaks a rule."""
        component = planner.component_of.get(model.class_info.name)
        value = example_of(planner.spec, component) if component is not None else model.example
        return json.dumps(value, ensure_ascii=False) if value is not None else ""

    return {
        "model_plan": planner.plan,
        "model_example": model_example,
        "enum_literal": enum_literal,
        "extra_model_imports": exports,
        "extra_model_names": [line.rsplit(" ", 1)[1] for line in exports],
    }
