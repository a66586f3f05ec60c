"""Every operation as an agent tool: schemas for OpenAI and Anthropic, and one executor with the server's safety.

One generator, read by the MCP server (``tokportal_client.mcp``) and by other agent frameworks alike:

* :func:`tools` builds one :class:`AgentTool` per operation of the registry: its name (the method name), a
  description (summary, what it costs, what it returns), an input schema from the contract (path and query
  parameters, the JSON body as ``body``, a multipart form's fields) plus the tool's own controls (``confirm``,
  ``idempotency_key``, ``page``/``per_page``/``max_items``, ``fields``), and the MCP annotations the registry's
  policy implies;
* :func:`openai_tools` and :func:`anthropic_tools` give those schemas in the strict form (every object closed,
  every property required, optional ones nullable);
* :func:`dispatch` / :func:`adispatch` run a tool call through the client (``call_operation`` /
  ``iter_operation``, so retries, idempotency keys, the rate limiter and redaction apply) and return compact JSON
  data for the model. A priced operation without ``"confirm": true`` is sent as a dry run and answers with its
  quote; secret-bearing operations are refused unless the caller allows them; errors come back as data (class,
  code, message, request id, whether retrying can help).

Nothing here imports the ``mcp`` package; ``jmespath`` is imported only when a call asks for ``fields``.
"""

from __future__ import annotations

import copy
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any, Literal

from ._runtime import Operation
from .errors import APIConnectionError, APIStatusError, TokPortalError

if TYPE_CHECKING:
    from ._client import AsyncTokPortal, TokPortal

__all__ = [
    "DEFAULT_MAX_ITEMS",
    "MAX_ITEMS_LIMIT",
    "AgentTool",
    "ToolCallError",
    "ToolPolicy",
    "adispatch",
    "anthropic_tools",
    "compact",
    "dispatch",
    "error_data",
    "is_error",
    "is_priced",
    "openai_tools",
    "strict_schema",
    "tool",
    "tools",
]

DEFAULT_MAX_ITEMS = 50
"""Items a list tool returns when the call names neither ``page`` nor ``max_items``."""
MAX_ITEMS_LIMIT = 1000
"""The most items one list call returns (more: call again with ``page``)."""
_DESCRIPTION_LIMIT = 240
"""A parameter's description from the contract is cut after this many characters (the listing stays small)."""
_RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
_DROPPED_KEYWORDS = frozenset({"example", "examples", "title", "readOnly", "writeOnly", "deprecated", "xml"})

JSON = dict[str, Any]


# -- the policy the registry implies ------------------------------------------------------------------------------


def _success_schema(operation_id: str) -> JSON | None:
    spec = _spec()
    found = spec.operation(operation_id).operation
    for status, response in found.get("responses", {}).items():
        if str(status).startswith("2"):
            content = spec.deref(response).get("content", {})
            media = content.get("application/json")
            if isinstance(media, dict):
                schema = spec.deref(media.get("schema", {}))
                return schema if isinstance(schema, dict) else None
    return None


def _property_names(schema: Mapping[str, Any]) -> set[str]:
    spec = _spec()
    names = set(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        names |= _property_names(spec.deref(part))
    return names


@cache
def _priced(operation_id: str) -> bool:
    from ._call_operation import find_operation

    operation = find_operation(operation_id)
    if operation.method == "GET":
        return False
    if 402 in operation.error_statuses:
        return True
    schema = _success_schema(operation_id)
    return schema is not None and bool(_property_names(schema) & {"credits_charged", "credits_would_charge"})


def is_priced(operation: Operation) -> bool:
    """True when the operation can spend credits: the contract answers it with 402 (insufficient credits) or its
    success body reports what it charged (``credits_charged``). Reads never are."""
    return _priced(operation.operation_id)


# -- schemas from the contract -------------------------------------------------------------------------------------


@cache
def _spec() -> Any:
    from ._spec import Spec

    return Spec()


def _shorten(text: str, limit: int = _DESCRIPTION_LIMIT) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _inline(node: Any, depth: int = 0) -> Any:
    """A contract schema with every ``$ref`` followed and every single-part ``allOf`` merged, its examples and
    other model-irrelevant keywords dropped, and objects that declare properties closed to unknown keys."""
    if depth > 40:
        raise ValueError("schema nested too deeply")
    spec = _spec()
    if isinstance(node, list):
        return [_inline(item, depth + 1) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        outer = {k: v for k, v in node.items() if k != "$ref"}
        target = _inline(spec.deref(node), depth + 1)
        return {**target, **_inline(outer, depth + 1)}
    result: JSON = {}
    for key, value in node.items():
        if key in _DROPPED_KEYWORDS or key.startswith("x-"):
            continue
        if key == "description":
            result[key] = _shorten(value)
        elif key in ("properties", "patternProperties", "$defs"):
            result[key] = {name: _inline(sub, depth + 1) for name, sub in value.items()}
        elif key in ("items", "not", "additionalProperties", "allOf", "anyOf", "oneOf"):
            result[key] = _inline(value, depth + 1)
        else:
            result[key] = copy.deepcopy(value)
    parts = result.pop("allOf", None)
    if isinstance(parts, list):
        for part in parts:
            merged_required = [*result.get("required", []), *part.get("required", [])]
            properties = {**result.get("properties", {}), **part.get("properties", {})}
            result = {**part, **result}
            if properties:
                result["properties"] = properties
            if merged_required:
                result["required"] = list(dict.fromkeys(merged_required))
    if result.get("properties"):
        result["additionalProperties"] = False
    return result


def _file_schema(description: str) -> JSON:
    return {
        "type": "string",
        "description": _shorten(f"{description} Path of a local file (on the machine running the tools).".strip()),
    }


@dataclass(frozen=True)
class AgentTool:
    """One operation as a tool: what a model sees (name, description, input schema, annotations) and what the
    executor needs (the operation, where each argument goes)."""

    name: str
    operation: Operation
    description: str
    input_schema: JSON = field(repr=False)
    """JSON Schema of the arguments as MCP lists them (optional properties are simply not required)."""
    priced: bool
    path_names: tuple[str, ...] = ()
    query_names: tuple[str, ...] = ()
    form_names: tuple[str, ...] = ()
    file_names: tuple[str, ...] = ()

    @property
    def read_only(self) -> bool:
        return self.operation.method == "GET"

    @property
    def sensitive(self) -> bool:
        """Its response carries a secret (credentials, a verification code, a signing secret, a signed URL)."""
        return self.operation.sensitive

    @property
    def destructive(self) -> bool:
        """A write that replaces or removes something, spends credits, or hands out a secret irreversibly."""
        if self.read_only:
            return False
        return self.operation.method in ("PUT", "DELETE") or self.priced or self.sensitive

    @property
    def idempotent(self) -> bool:
        """Calling it again (with the same ``idempotency_key`` for a write) has no further effect."""
        return self.operation.replay_safe

    @property
    def paginated(self) -> bool:
        return self.operation.page_item is not None

    @property
    def annotations(self) -> dict[str, Any]:
        """MCP tool annotations (camelCase, as the protocol spells them)."""
        return {
            "readOnlyHint": self.read_only,
            "destructiveHint": self.destructive,
            "idempotentHint": self.idempotent,
            "openWorldHint": True,
        }

    def strict_schema(self) -> JSON:
        """The input schema in OpenAI's strict form (see :func:`strict_schema`)."""
        return strict_schema(self.input_schema)


def _parameter_schema(parameter: Mapping[str, Any]) -> JSON:
    schema: JSON = _inline(parameter.get("schema", {"type": "string"}))
    description = parameter.get("description")
    if description:
        schema["description"] = _shorten(description)
    return schema


def _describe(operation: Operation, priced: bool, description: str) -> str:
    lines = [operation.summary.rstrip(".") + "." if operation.summary else operation.operation_id]
    if description and _shorten(description, 200) not in lines[0]:
        lines.append(_shorten(description, 200))
    if priced:
        lines.append(
            "Spends credits: without confirm=true it only returns a quote (credits it would charge, balance) and "
            "spends nothing; then call again with confirm=true and the same idempotency_key."
        )
    elif operation.takes_idempotency_key:
        lines.append("Returns its idempotency_key: retry with the same key to avoid doing it twice.")
    if operation.sensitive:
        lines.append("Returns a secret; never retried automatically.")
    if operation.page_item is not None:
        lines.append(f"Returns {operation.page_item} items (max_items, or page/per_page; 'more' if there are more).")
    elif operation.result == "TextResult":
        lines.append("Returns the document as text.")
    elif operation.result == "None":
        lines.append("Returns nothing on success.")
    else:
        lines.append(f"Returns {operation.result}.")
    return " ".join(lines)


def _build(operation: Operation) -> AgentTool:
    spec = _spec()
    found = spec.operation(operation.operation_id)
    properties: JSON = {}
    required: list[str] = []
    path_names: list[str] = []
    query_names: list[str] = []
    form_names: list[str] = []
    file_names: list[str] = []
    for raw in found.parameters:
        parameter = spec.deref(raw)
        location = parameter.get("in")
        if location not in ("path", "query"):
            continue
        name = str(parameter["name"])
        properties[name] = _parameter_schema(parameter)
        (path_names if location == "path" else query_names).append(name)
        if parameter.get("required") or location == "path":
            required.append(name)
    request_body = spec.deref(found.operation.get("requestBody", {}))
    content = request_body.get("content", {}) if isinstance(request_body, dict) else {}
    if operation.body == "json" and "application/json" in content:
        body = _inline(content["application/json"].get("schema", {}))
        if request_body.get("description"):
            body.setdefault("description", _shorten(request_body["description"]))
        properties["body"] = body
        if request_body.get("required"):
            required.append("body")
    elif operation.body == "multipart":
        form = _inline(content.get("multipart/form-data", {}).get("schema", {}))
        for name, schema in form.get("properties", {}).items():
            if schema.get("format") == "binary":
                properties[name] = _file_schema(schema.get("description", ""))
                file_names.append(name)
            else:
                properties[name] = schema
            form_names.append(name)
        required.extend(name for name in form.get("required", []) if name in properties)
    priced = is_priced(operation)
    if operation.page_item is not None:
        properties["max_items"] = {
            "type": "integer",
            "minimum": 1,
            "maximum": MAX_ITEMS_LIMIT,
            "description": f"Items across pages (default {DEFAULT_MAX_ITEMS}); unused with page.",
        }
    if priced:
        properties["confirm"] = {
            "type": "boolean",
            "description": "true to really spend the credits; otherwise the call is a dry run returning a quote.",
        }
    if operation.takes_idempotency_key:
        properties["idempotency_key"] = {
            "type": "string",
            "maxLength": 255,
            "description": "Reuse to retry safely; omit at first (one is returned).",
        }
    if operation.result not in ("None", "TextResult"):
        properties["fields"] = {
            "type": "string",
            "description": "JMESPath to trim the result, e.g. data[].id",
        }
    input_schema: JSON = {"type": "object", "properties": properties, "additionalProperties": False}
    if required:
        input_schema["required"] = list(dict.fromkeys(required))
    return AgentTool(
        name=operation.name,
        operation=operation,
        description=_describe(operation, priced, str(found.operation.get("description", ""))),
        input_schema=input_schema,
        priced=priced,
        path_names=tuple(path_names),
        query_names=tuple(query_names),
        form_names=tuple(form_names),
        file_names=tuple(file_names),
    )


@cache
def _all_tools() -> tuple[AgentTool, ...]:
    from ._generated.registry import OPERATIONS

    return tuple(_build(operation) for operation in OPERATIONS.values())


def tools(*, allow_secrets: bool = True) -> list[AgentTool]:
    """One tool per operation of the registry, in the registry's order (secret-bearing ones only with
    ``allow_secrets``)."""
    return [t for t in _all_tools() if allow_secrets or not t.sensitive]


def tool(name: str) -> AgentTool:
    """The tool of one operation, by tool (method) name or operationId; ``ValueError`` naming the closest one."""
    from ._call_operation import find_operation

    operation = find_operation(name)
    for candidate in _all_tools():
        if candidate.operation is operation:
            return candidate
    raise ValueError(f"name: no tool {name!r}")  # pragma: no cover - every operation has a tool


# -- strict mode --------------------------------------------------------------------------------------------------

_STRICT_FORMATS = frozenset({"date-time", "time", "date", "duration", "email", "hostname", "ipv4", "ipv6", "uuid"})
_STRICT_KEYWORDS = frozenset(
    {
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
)
_NOTED = {
    "minLength": "at least {} characters",
    "maxLength": "at most {} characters",
    "default": "default {}",
    "uniqueItems": "distinct items",
    "minProperties": "at least {} fields",
    "maxProperties": "at most {} fields",
}


def _is_open_object(schema: Mapping[str, Any]) -> bool:
    types = schema.get("type")
    is_object = types == "object" or (isinstance(types, list) and "object" in types)
    return is_object and not schema.get("properties")


def _nullable(schema: JSON) -> JSON:
    if "anyOf" in schema:
        if not any(part.get("type") == "null" for part in schema["anyOf"]):
            schema["anyOf"] = [*schema["anyOf"], {"type": "null"}]
        return schema
    types = schema.get("type")
    if isinstance(types, str) and types != "null":
        schema["type"] = [types, "null"]
    elif isinstance(types, list) and "null" not in types:
        schema["type"] = [*types, "null"]
    elif types is None:
        return {"anyOf": [schema, {"type": "null"}]}
    if "enum" in schema and None not in schema["enum"]:
        schema["enum"] = [*schema["enum"], None]
    return schema


def strict_schema(schema: Mapping[str, Any]) -> JSON:
    """``schema`` in OpenAI's strict form: every object lists all its properties as required and refuses others,
    a property the contract leaves optional accepts ``null`` (meaning "not given"), ``oneOf`` becomes ``anyOf``,
    an open object (no declared properties) becomes a string holding its JSON, and keywords strict mode does not
    support are said in the description instead."""
    notes: list[str] = []
    result: JSON = {}
    if _is_open_object(schema):
        description = schema.get("description", "")
        text = f"{description} A JSON object, encoded as a string.".strip()
        nullable = isinstance(schema.get("type"), list) and "null" in schema["type"]
        return {"type": ["string", "null"] if nullable else "string", "description": text}
    for key, value in schema.items():
        if key == "oneOf" or key == "anyOf":
            result["anyOf"] = [strict_schema(part) for part in value]
        elif key == "items":
            result["items"] = strict_schema(value)
        elif key == "properties":
            required = set(schema.get("required", []))
            properties: JSON = {}
            for name, sub in value.items():
                converted = strict_schema(sub)
                properties[name] = converted if name in required else _nullable(converted)
            result["properties"] = properties
            result["required"] = list(properties)
            result["additionalProperties"] = False
        elif key in ("required", "additionalProperties"):
            continue
        elif key == "format" and value not in _STRICT_FORMATS:
            notes.append(f"format {value}")
        elif key in _NOTED:
            notes.append(_NOTED[key].format(json.dumps(value)))
        elif key in _STRICT_KEYWORDS:
            result[key] = copy.deepcopy(value)
    if notes:
        description = result.get("description", "")
        result["description"] = f"{description} ({'; '.join(notes)})".strip()
    return result


def openai_tools(*, api: Literal["chat", "responses"] = "chat", allow_secrets: bool = False) -> list[JSON]:
    """Every tool as an OpenAI function definition with ``strict: true``: for the Chat Completions API
    (``{"type": "function", "function": {...}}``) or, with ``api="responses"``, the Responses API (flat)."""
    definitions: list[JSON] = []
    for each in tools(allow_secrets=allow_secrets):
        function = {
            "name": each.name,
            "description": each.description,
            "parameters": each.strict_schema(),
            "strict": True,
        }
        definitions.append(
            {"type": "function", "function": function} if api == "chat" else {"type": "function"} | function
        )
    return definitions


def anthropic_tools(*, allow_secrets: bool = False, strict: bool = False) -> list[JSON]:
    """Every tool as an Anthropic tool definition (``name``, ``description``, ``input_schema``), in the strict form;
    ``strict=True`` also sets the ``strict`` flag of Anthropic's structured tool use."""
    definitions: list[JSON] = []
    for each in tools(allow_secrets=allow_secrets):
        definition: JSON = {"name": each.name, "description": each.description, "input_schema": each.strict_schema()}
        if strict:
            definition["strict"] = True
        definitions.append(definition)
    return definitions


# -- executing a call -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ToolPolicy:
    """What the executor allows: secret-bearing operations, and whether arguments come in the strict form
    (``null`` for "not given", open objects as JSON strings)."""

    allow_secrets: bool = False
    strict: bool = True
    allow_files: bool = True
    """Multipart uploads read a local file named by the model (the MCP server turns this off over HTTP)."""


class ToolCallError(Exception):
    """A tool call the executor refuses before sending (bad arguments, a refused tool); its ``data`` is the error
    object returned to the model."""

    def __init__(self, data: JSON) -> None:
        super().__init__(data.get("message", ""))
        self.data = data


def _refusal(kind: str, message: str) -> ToolCallError:
    return ToolCallError({"error": kind, "message": message, "retryable": False})


def _from_strict(value: Any, schema: Mapping[str, Any]) -> Any:
    """Undo the strict form: a ``null`` property means "not given" (dropped), an open object sent as JSON text is
    decoded. (So through the strict schemas a nullable field cannot be set to null; the MCP tools, not strict, can.)"""
    if isinstance(value, str) and _is_open_object(schema):
        try:
            return json.loads(value)
        except ValueError:
            return value
    branches = schema.get("anyOf") or schema.get("oneOf")
    if isinstance(value, dict) and isinstance(branches, list):
        given = {name for name, item in value.items() if item is not None}
        for branch in branches:
            if isinstance(branch, dict) and given <= set(branch.get("properties", {})):
                return _from_strict(value, branch)
        return value
    if isinstance(value, dict) and schema.get("properties"):
        properties = schema["properties"]
        return {
            name: _from_strict(item, properties.get(name, {}))
            for name, item in value.items()
            if item is not None or name not in properties
        }
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        return [_from_strict(item, schema["items"]) for item in value]
    return value


@dataclass
class _Plan:
    tool: AgentTool
    path: JSON
    query: JSON
    body: Any
    confirm: bool
    idempotency_key: str | None
    max_items: int | None
    fields: str | None


def _plan(name: str, arguments: Mapping[str, Any] | str | None, policy: ToolPolicy) -> _Plan:
    try:
        chosen = tool(name)
    except (TypeError, ValueError) as error:
        raise _refusal("UnknownTool", str(error)) from None
    if chosen.sensitive and not policy.allow_secrets:
        raise _refusal(
            "ToolNotAllowed",
            f"{chosen.name} returns a secret and is off here (tokportal-mcp --allow-secrets, or allow_secrets=True)",
        )
    if chosen.file_names and not policy.allow_files:
        raise _refusal("ToolNotAllowed", f"{chosen.name} reads a local file, which this server does not allow")
    if isinstance(arguments, str):
        try:
            arguments = json.loads(arguments) if arguments.strip() else {}
        except ValueError as error:
            raise _refusal("ValueError", f"arguments: not valid JSON ({error})") from None
    if arguments is None:
        arguments = {}
    if not isinstance(arguments, Mapping):
        raise _refusal("TypeError", f"arguments: expected an object, got {type(arguments).__name__}")
    schema = chosen.input_schema
    args = dict(arguments)
    if policy.strict:
        args = _from_strict(args, schema)
    properties = schema["properties"]
    unknown = sorted(set(args) - set(properties))
    if unknown:
        raise _refusal(
            "ValueError",
            f"{', '.join(unknown)}: not an argument of {chosen.name}; it takes: {', '.join(properties)}",
        )
    missing = [name for name in schema.get("required", []) if args.get(name) is None]
    if missing:
        raise _refusal("ValueError", f"{', '.join(missing)}: required by {chosen.name}")
    confirm = args.pop("confirm", None) or False
    if not isinstance(confirm, bool):
        raise _refusal("TypeError", f"confirm: expected true or false, got {type(confirm).__name__}")
    key = args.pop("idempotency_key", None)
    if key is not None and (not isinstance(key, str) or not 0 < len(key) <= 255):
        raise _refusal("ValueError", "idempotency_key: expected a string of 1 to 255 characters")
    max_items = args.pop("max_items", None)
    if max_items is not None and (
        isinstance(max_items, bool) or not isinstance(max_items, int) or not 1 <= max_items <= MAX_ITEMS_LIMIT
    ):
        raise _refusal("ValueError", f"max_items: expected an integer from 1 to {MAX_ITEMS_LIMIT}")
    fields = args.pop("fields", None)
    if fields is not None and not isinstance(fields, str):
        raise _refusal("TypeError", "fields: expected a JMESPath expression (a string)")
    body: Any = args.pop("body", None)
    if chosen.form_names:
        body = {name: args.pop(name) for name in chosen.form_names if name in args}
    path = {name: args.pop(name) for name in chosen.path_names if args.get(name) is not None}
    query = {name: args.pop(name) for name in chosen.query_names if args.get(name) is not None}
    return _Plan(chosen, path, query, body, confirm, key, max_items, fields)


def _jsonable(value: Any) -> Any:
    if value is None or type(value) in (bool, int, float, str):
        return value
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return str(value)


def _project(data: Any, fields: str | None) -> Any:
    if fields is None:
        return data
    try:
        import jmespath
        from jmespath.exceptions import JMESPathError
    except ImportError:  # pragma: no cover - installed with the [mcp] and [agents] extras
        raise _refusal(
            "ImportError", "fields: needs the jmespath package (pip install 'tokportal-client[agents]')"
        ) from None
    try:
        return jmespath.search(fields, data)
    except JMESPathError as error:
        raise _refusal("ValueError", f"fields: not a valid JMESPath expression ({error})") from None


def error_data(error: BaseException) -> JSON:
    """A failed call as the model sees it: class, code, message, request id, and whether retrying can help."""
    if isinstance(error, ToolCallError):
        return error.data
    data: JSON = {"error": type(error).__name__, "message": str(error)}
    if isinstance(error, APIStatusError):
        data.update(
            status=error.status_code,
            code=error.code,
            message=error.message,
            request_id=error.request_id,
            retryable=error.status_code in _RETRYABLE_STATUSES,
        )
        if error.retry_after is not None:
            data["retry_after"] = error.retry_after
        if error.details:
            data["details"] = _jsonable(error.details)
    elif isinstance(error, APIConnectionError):
        data["retryable"] = True
    elif isinstance(error, TokPortalError):
        data["retryable"] = False
        request_id = getattr(error, "request_id", None)
        if request_id:
            data["request_id"] = request_id
    else:
        data["retryable"] = False
    return data


def _page_result(plan: _Plan, result: Any) -> JSON:
    data = _jsonable(result.parsed)
    out: JSON = data if isinstance(data, dict) else {"data": data}
    pagination = out.get("pagination")
    if isinstance(pagination, dict):
        page, pages = pagination.get("page"), pagination.get("total_pages")
        more = isinstance(page, int) and isinstance(pages, int) and page < pages
        out["more"] = more
        if more and isinstance(page, int):
            out["next"] = f"call again with page={page + 1}"
    return out


def _items_result(items: list[Any], limit: int) -> JSON:
    more = len(items) > limit
    out: JSON = {"data": [_jsonable(item) for item in items[:limit]], "count": min(len(items), limit), "more": more}
    if more:
        out["next"] = "raise max_items, or read page by page with page and per_page"
    return out


def _single_result(result: Any) -> JSON:
    parsed = result.parsed
    if parsed is None:
        out: JSON = {"ok": True}
    elif isinstance(parsed, str):
        out = {"text": str(parsed)}
    else:
        data = _jsonable(parsed)
        out = data if isinstance(data, dict) else {"data": data}
    if result.request_id:
        out["request_id"] = result.request_id
    if result.idempotent_replayed:
        out["replayed"] = True
    return out


def _quote(out: JSON, balance: Any) -> JSON:
    quote = {
        "credits_would_charge": out.get("credits_would_charge"),
        "balance": out.get("credits_remaining", balance),
        "cost_breakdown": out.get("cost_breakdown"),
    }
    return {k: v for k, v in quote.items() if v is not None}


def _call_kwargs(plan: _Plan) -> tuple[JSON, bool]:
    """The options of the call, and whether it is a dry run (a priced call without confirm)."""
    options: JSON = {}
    dry_run = plan.tool.priced and not plan.confirm
    if dry_run:
        options["dry_run"] = True
    if plan.tool.operation.takes_idempotency_key:
        if plan.idempotency_key is None:
            plan.idempotency_key = str(uuid.uuid4())
        options["idempotency_key"] = plan.idempotency_key
    elif plan.idempotency_key is not None:
        raise _refusal("ValueError", f"idempotency_key: {plan.tool.name} takes none (it returns a secret)")
    return options, dry_run


def _finish(plan: _Plan, out: JSON, dry_run: bool, balance: Any = None) -> JSON:
    if dry_run:
        out = {
            "confirm_required": True,
            "quote": _quote(out, balance),
            "message": "Dry run: nothing was created or charged. Call again with confirm=true and this "
            "idempotency_key to do it.",
            "preview": {k: v for k, v in out.items() if k not in _BILLING},
        }
    if plan.idempotency_key is not None:
        out["idempotency_key"] = plan.idempotency_key
    projected = _project(out, plan.fields)
    return projected if isinstance(projected, dict) else {"result": projected}


def _needs_balance(out: JSON) -> bool:
    return "credits_remaining" not in out


_BALANCE_OPERATION = "getCreditBalance"
_BILLING = frozenset(
    {"credits_charged", "credits_remaining", "cost_breakdown", "credits_would_charge", "dry_run", "dry_run_notice"}
)


def _balance_of(result: Any) -> Any:
    data = _jsonable(result).get("data", {})
    return data.get("total_credits", data.get("credits")) if isinstance(data, dict) else None


def _walk(plan: _Plan) -> tuple[int, dict[str, int]]:
    """How many items a list tool returns, and the pager's arguments: one item more, to tell whether there is more."""
    limit = plan.max_items or DEFAULT_MAX_ITEMS
    per_page = plan.query.pop("per_page", None) or min(max(limit + 1, 1), 100)
    return limit, {"per_page": per_page, "max_items": limit + 1}


def dispatch(
    client: TokPortal,
    name: str,
    arguments: Mapping[str, Any] | str | None,
    *,
    allow_secrets: bool = False,
    strict: bool = True,
    allow_files: bool = True,
) -> JSON:
    """Run one tool call through ``client`` and return its result for the model (never raises for API errors or
    bad arguments: those come back as ``{"error": ..., "message": ..., "retryable": ...}``).

    ``arguments`` is the model's object (or its JSON text). ``allow_secrets=False`` refuses secret-bearing tools;
    ``strict=True`` reads arguments in the strict form of :func:`openai_tools` (``null`` for "not given");
    ``allow_files=False`` refuses tools that read a local file (multipart uploads)."""
    settings = ToolPolicy(allow_secrets=allow_secrets, strict=strict, allow_files=allow_files)
    try:
        plan = _plan(name, arguments, settings)
        options, dry_run = _call_kwargs(plan)
        operation_id = plan.tool.operation.operation_id
        if plan.tool.paginated and "page" not in plan.query:
            limit, walk = _walk(plan)
            pager = client.iter_operation(operation_id, path=plan.path, query=plan.query, **walk)
            return _finish(plan, _items_result(list(pager), limit), False)
        result = client.call_operation(
            operation_id, path=plan.path, query=plan.query, body=plan.body, raw=True, **options
        )
        out = _page_result(plan, result) if plan.tool.paginated else _single_result(result)
        balance = None
        if dry_run and _needs_balance(out):
            balance = _balance_of(client.call_operation(_BALANCE_OPERATION))
        return _finish(plan, out, dry_run, balance)
    except (TokPortalError, ToolCallError, TypeError, ValueError, OSError) as error:
        return error_data(error)


async def adispatch(
    client: AsyncTokPortal,
    name: str,
    arguments: Mapping[str, Any] | str | None,
    *,
    allow_secrets: bool = False,
    strict: bool = True,
    allow_files: bool = True,
) -> JSON:
    """:func:`dispatch` for the async client."""
    settings = ToolPolicy(allow_secrets=allow_secrets, strict=strict, allow_files=allow_files)
    try:
        plan = _plan(name, arguments, settings)
        options, dry_run = _call_kwargs(plan)
        operation_id = plan.tool.operation.operation_id
        if plan.tool.paginated and "page" not in plan.query:
            limit, walk = _walk(plan)
            pager = client.iter_operation(operation_id, path=plan.path, query=plan.query, **walk)
            return _finish(plan, _items_result([item async for item in pager], limit), False)
        result = await client.call_operation(
            operation_id, path=plan.path, query=plan.query, body=plan.body, raw=True, **options
        )
        out = _page_result(plan, result) if plan.tool.paginated else _single_result(result)
        balance = None
        if dry_run and _needs_balance(out):
            balance = _balance_of(await client.call_operation(_BALANCE_OPERATION))
        return _finish(plan, out, dry_run, balance)
    except (TokPortalError, ToolCallError, TypeError, ValueError, OSError) as error:
        return error_data(error)


def is_error(result: Mapping[str, Any]) -> bool:
    """True for the error object :func:`dispatch` returns instead of a result."""
    return isinstance(result.get("error"), str) and "retryable" in result


def compact(result: Any) -> str:
    """A result as compact JSON text (what the MCP server sends)."""
    return json.dumps(result, separators=(",", ":"), ensure_ascii=False, default=str)
