"""A local mock of the TokPortal API, built from ``openapi.json`` and checked by an independent validator.

Every request is validated with openapi-core (not with this package's generated code) against the pinned
contract: path, method, security, parameters and body. A request that does not fit is answered
``400 {"error": {"code": "CONTRACT_VIOLATION", "message": <the validator's message>}}`` and recorded in
:attr:`MockTokPortal.violations`. A request that fits gets the operation's success response: an example
generated from the response schema (the schema's ``example`` where there is one, else synthesized from
type, enum, format and constraints), made consistent with what earlier calls did where that is cheap
(bundles you create are listed, paginated and configurable; webhook endpoints are remembered; uploads
echo your file's size; paid writes honour ``X-TokPortal-Dry-Run``). Before it is sent, every response is
itself validated against the spec (a self-check: a failure is recorded as a violation too, and answered
``500 MOCK_RESPONSE_INVALID``). Beyond the validator, the mock also flags a body sent to an operation that
takes none. Send ``X-Mock-Variant: minimal`` to get the least a success response may carry instead (required
fields only, ``null`` wherever allowed), or ``X-Mock-Variant: nulls`` for every field with ``null`` wherever
allowed, to test that a client copes with sparse data.

Use it in-process::

    with MockTokPortal() as mock:
        client = TokPortal(api_key="sk_test_" + "0" * 64, base_url=mock.url)
        ...
        assert not mock.violations

or from the command line (prints the base URL, then serves until Ctrl-C)::

    python scripts/mockapi.py --port 8000

openapi-core 0.23 and OpenAPI 3.1 multipart forms: openapi-core hands a ``format: binary`` part to the
JSON Schema validator as ``bytes`` (not a ``string``) and does not convert the text of a form field to its
schema type. The validator therefore reads binary parts as (latin-1) strings and is given a copy of the
spec in which a boolean form field is the text a form carries (``"true"``/``"false"``); nothing else of
the contract is changed.
"""

from __future__ import annotations

import argparse
import copy
import csv
import datetime
import email.parser
import email.policy
import functools
import hashlib
import io
import json
import math
import mimetypes
import re
import sys
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Literal
from urllib.parse import parse_qsl, unquote, urlsplit

from openapi_core import OpenAPI
from openapi_core.configurations import Config
from openapi_core.datatypes import RequestParameters
from openapi_core.deserializing.media_types.util import plain_loads
from openapi_core.templating.paths.exceptions import PathError
from openapi_core.templating.paths.finders import APICallPathFinder
from openapi_core.validation.request.exceptions import RequestBodyValidationError
from werkzeug.datastructures import Headers, ImmutableMultiDict

__all__ = [
    "SPEC_PATH",
    "VARIANTS",
    "VARIANT_HEADER",
    "ContractValidator",
    "ExampleFactory",
    "MockTokPortal",
    "RecordedRequest",
    "Reply",
    "Violation",
    "main",
]

SPEC_PATH = Path(__file__).resolve().parent.parent / "openapi.json"
DRY_RUN_ID = "00000000-0000-4000-8000-000000000000"
"""The placeholder id a dry run answers with: nothing was created, so later calls on it get a 404."""
EXAMPLE_TIME = "2026-05-25T12:00:00Z"
VARIANT_HEADER = "X-Mock-Variant"
"""``X-Mock-Variant: minimal`` or ``nulls`` asks for sparse success responses (see `ExampleFactory`)."""
VARIANTS = ("full", "minimal", "nulls")
_ID_NAMESPACE = uuid.UUID("6f1c2b1e-0d2a-4c51-9d3e-7a0b7c1d2e3f")
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_DEFAULT_PER_PAGE = 25


# --------------------------------------------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Violation:
    """A request (or, in the self-check, a response) that does not fit the contract."""

    kind: Literal["request", "response"]
    operation_id: str | None
    method: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.kind} {self.method} {self.path} ({self.operation_id or 'no operation'}): {self.message}"


@dataclass(frozen=True)
class RecordedRequest:
    """What the mock received, and what it answered."""

    operation_id: str | None
    method: str
    path: str
    query: tuple[tuple[str, str], ...]
    headers: Mapping[str, str]
    """Header names lower-cased."""
    body: bytes
    status: int
    valid: bool
    """True when the request passed validation."""


@dataclass
class Reply:
    """An HTTP answer."""

    status: int
    body: bytes = b""
    content_type: str | None = None
    headers: dict[str, str] = field(default_factory=dict)


# --------------------------------------------------------------------------------------------------------------
# The independent validator: openapi-core over openapi.json
# --------------------------------------------------------------------------------------------------------------


class _Request:
    """openapi-core's request protocol over a raw HTTP request.

    ``host_url`` is the origin of the spec's server, so the spec's absolute server URL
    (``https://app.tokportal.com/api/ext``) matches a request the mock received on its own loopback origin.
    """

    def __init__(
        self, host_url: str, method: str, path: str, query: str, headers: Headers, body: bytes, content_type: str
    ) -> None:
        self.host_url = host_url
        self.path = path
        self.method = method.lower()
        self.body: bytes | None = body
        self.content_type = content_type
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(parse_qsl(query, keep_blank_values=True)),
            header=headers,
            cookie=ImmutableMultiDict(),
            path={},
        )


class _Response:
    """openapi-core's response protocol."""

    def __init__(self, reply: Reply) -> None:
        self.status_code = reply.status
        self.data: bytes | None = reply.body
        self.content_type = reply.content_type or ""
        self.headers = Headers(list(reply.headers.items()))


def _binary_as_text(value: bytes, **parameters: str) -> Any:
    """A ``format: binary`` part as a string of its octets (one character per byte), so ``type: string`` holds."""
    return value.decode("latin-1") if isinstance(value, bytes) else value


def describe_error(error: BaseException) -> str:
    """The validator's message, with the JSON Schema errors behind it (instance path: message)."""
    cause = error.__cause__
    schema_errors = list(getattr(cause, "schema_errors", None) or [])
    if schema_errors:
        if isinstance(error, RequestBodyValidationError):
            head = "Request body validation error"
        else:
            head = str(error)
            if cause is not None and str(cause) in head:
                head = type(error).__name__
        details = "; ".join(
            f"{'/'.join(str(part) for part in getattr(e, 'path', ())) or '(root)'}: {getattr(e, 'message', e)}"
            for e in schema_errors
        )
        return f"{head}: {details}"
    text = str(error)
    if cause is not None and str(cause) not in text:
        text = f"{text}: {cause}"
    return text


def wire_spec(spec: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of the spec in which multipart form fields are typed as the text a form carries.

    Only boolean properties of ``multipart/form-data`` schemas change (to ``"true"``/``"false"``): see the module
    docstring. Everything else is the contract as written.
    """
    copied: dict[str, Any] = copy.deepcopy(dict(spec))
    schemas = copied.get("components", {}).get("schemas", {})
    for item in copied.get("paths", {}).values():
        for method in _METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            media = operation.get("requestBody", {}).get("content", {}).get("multipart/form-data")
            if not media or "schema" not in media:
                continue
            schema = media["schema"]
            while "$ref" in schema:
                schema = schemas[schema["$ref"].rsplit("/", 1)[-1]]
            for name, prop in list(schema.get("properties", {}).items()):
                if prop.get("type") == "boolean":
                    text: dict[str, Any] = {"type": "string", "enum": ["true", "false"]}
                    if "default" in prop:
                        text["default"] = "true" if prop["default"] else "false"
                    schema["properties"][name] = {**{k: v for k, v in prop.items() if k != "type"}, **text}
    return copied


@dataclass(frozen=True)
class Route:
    """The operation a request goes to."""

    operation_id: str
    method: str
    pattern: str
    path_params: dict[str, str]
    """Percent-decoded."""
    operation: dict[str, Any]


class ContractValidator:
    """Validates requests and responses against the spec with openapi-core."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        server = str(spec.get("servers", [{"url": "/"}])[0]["url"]).rstrip("/")
        parts = urlsplit(server)
        self.host_url = f"{parts.scheme}://{parts.netloc}" if parts.netloc else "http://localhost"
        self.base_path = parts.path.rstrip("/")
        self.app = OpenAPI.from_dict(
            wire_spec(spec),
            config=Config(
                extra_media_type_deserializers={"application/octet-stream": _binary_as_text, "text/csv": plain_loads}
            ),
        )
        self._finder = APICallPathFinder(self.app.spec)
        self.operations: dict[tuple[str, str], dict[str, Any]] = {}
        for pattern, item in spec["paths"].items():
            for method in _METHODS:
                if method in item:
                    self.operations[(method.upper(), pattern)] = item[method]

    @property
    def operation_ids(self) -> list[str]:
        """Every operationId of the spec, in spec order."""
        return [str(operation["operationId"]) for operation in self.operations.values()]

    def openapi_request(self, method: str, path: str, query: str, headers: Headers, body: bytes) -> _Request:
        return _Request(self.host_url, method, path, query, headers, body, headers.get("Content-Type", ""))

    def route(self, method: str, path: str) -> Route:
        """The operation for a method and raw path; raises openapi-core's ``PathError`` when there is none."""
        found = self._finder.find(method.lower(), self.host_url + path)
        pattern = str(found.path_result.pattern)
        operation = self.operations[(method.upper(), pattern)]
        variables = {name: unquote(value) for name, value in (found.path_result.variables or {}).items()}
        return Route(str(operation["operationId"]), method.upper(), pattern, variables, operation)

    def request_errors(self, request: _Request) -> list[str]:
        return [describe_error(error) for error in self.app.iter_request_errors(request)]

    def response_errors(self, request: _Request, reply: Reply) -> list[str]:
        return [describe_error(error) for error in self.app.iter_response_errors(request, _Response(reply))]


@functools.lru_cache(maxsize=4)
def _validator(spec_path: str, mtime_ns: int) -> ContractValidator:
    """One validator per spec file and version: building one checks the whole document (about two seconds)."""
    return ContractValidator(json.loads(Path(spec_path).read_text(encoding="utf-8")))


# --------------------------------------------------------------------------------------------------------------
# Examples from schemas
# --------------------------------------------------------------------------------------------------------------


class ExampleFactory:
    """Deterministic example values for schemas of the spec.

    ``example`` (or the first of ``examples``) wins; else ``const``, the first ``enum`` value, the first
    non-null branch of ``anyOf``/``oneOf``, merged ``allOf``; objects get every property; arrays one item (two
    for a ``data`` list, always within ``minItems``/``maxItems``); strings follow their format and name (ids are
    UUIDs derived from their position in the document, ``*_at`` are date-times, ``*url*`` are URLs) and length
    limits; numbers their bounds and ``multipleOf``; booleans are false.

    Variants: ``"nulls"`` is the same with ``null`` wherever the schema allows it; ``"minimal"`` is the least
    a response may carry: only required properties, ``null`` wherever allowed, arrays at ``minItems`` (a
    ``data`` list still gets one item). Neither uses object or array ``example``s.
    """

    def __init__(self, spec: Mapping[str, Any], variant: str = "full") -> None:
        if variant not in VARIANTS:
            raise ValueError(f"variant: expected one of {VARIANTS}, got {variant!r}")
        self.spec = spec
        self.minimal = variant == "minimal"
        self.nulls = variant != "full"

    def resolve(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        seen = 0
        while "$ref" in schema:
            node: Any = self.spec
            for part in str(schema["$ref"]).lstrip("#/").split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            schema = node
            seen += 1
            if seen > 32:
                raise ValueError("$ref cycle")
        return schema

    def example(self, schema: Mapping[str, Any], name: str = "", pointer: str = "", depth: int = 0) -> Any:
        schema = self.resolve(schema)
        if depth > 12:
            return None
        examples = [schema["example"]] if "example" in schema else list(schema.get("examples") or [])
        if examples and not (self.nulls and isinstance(examples[0], dict | list)):
            return copy.deepcopy(examples[0])
        if "const" in schema:
            return copy.deepcopy(schema["const"])
        if "enum" in schema:
            return next((value for value in schema["enum"] if value is not None), None)
        if "allOf" in schema:
            merged: dict[str, Any] = {}
            for part in schema["allOf"]:
                value = self.example(part, name, pointer, depth + 1)
                if isinstance(value, dict):
                    merged.update(value)
            return merged
        for key in ("oneOf", "anyOf"):
            if key in schema:
                options = [option for option in schema[key] if self.resolve(option).get("type") != "null"]
                if self.nulls and len(options) < len(schema[key]):
                    return None
                return self.example(options[0] if options else schema[key][0], name, pointer, depth + 1)
        kind = schema.get("type")
        if isinstance(kind, list):
            if self.nulls and "null" in kind:
                return None
            kind = next((k for k in kind if k != "null"), "null")
        if kind is None:
            kind = "object" if "properties" in schema else "array" if "items" in schema else None
        if kind == "object":
            required = schema.get("required", [])
            properties = schema.get("properties", {})
            return {
                prop: self.example(sub, prop, f"{pointer}/{prop}", depth + 1)
                for prop, sub in properties.items()
                if prop in required or not self.minimal
            } | {prop: prop for prop in required if prop not in properties}
        if kind == "array":
            count = (1 if self.minimal else 2) if name == "data" else (0 if self.minimal else 1)
            count = max(count, int(schema.get("minItems", 0)))
            if "maxItems" in schema:
                count = min(count, int(schema["maxItems"]))
            items = schema.get("items", {})
            return [self.example(items, name, f"{pointer}/{index}", depth + 1) for index in range(count)]
        if kind == "string":
            return self._string(schema, name, pointer)
        if kind in ("integer", "number"):
            return self._number(schema, name)
        if kind == "boolean":
            return False
        if kind == "null":
            return None
        return f"{name or 'value'}"  # an empty schema: any value will do

    def _string(self, schema: Mapping[str, Any], name: str, pointer: str) -> str:
        fmt = schema.get("format")
        lowered = name.lower()
        if fmt == "date-time" or lowered.endswith("_at"):
            value = EXAMPLE_TIME
        elif fmt == "date" or lowered.endswith("_date"):
            value = EXAMPLE_TIME[:10]
        elif fmt == "uuid" or lowered == "id" or lowered.endswith("_id"):
            value = str(uuid.uuid5(_ID_NAMESPACE, pointer or name))
        elif fmt in ("uri", "url") or "url" in lowered:
            value = f"https://example.com/{lowered or 'resource'}"
        elif fmt == "email" or "email" in lowered:
            value = "demo@example.com"
        elif fmt == "binary":
            value = ""
        elif lowered == "country":
            value = "USA"
        else:
            value = name or "string"
        value = value[: int(schema["maxLength"])] if "maxLength" in schema else value
        return value.ljust(int(schema.get("minLength", 0)), "x")

    def _number(self, schema: Mapping[str, Any], name: str) -> int:
        value = 1
        if "minimum" in schema:
            value = math.ceil(schema["minimum"])
        if "exclusiveMinimum" in schema:
            value = max(value, math.floor(schema["exclusiveMinimum"]) + 1)
        step = schema.get("multipleOf")
        if isinstance(step, int) and step > 0 and value % step:
            value += step - value % step
        if "maximum" in schema:
            value = min(value, math.floor(schema["maximum"]))
        return value


# --------------------------------------------------------------------------------------------------------------
# The mock
# --------------------------------------------------------------------------------------------------------------


class _Answer(Exception):
    """Raised by a handler to answer a documented error status instead of the success response."""

    def __init__(self, status: int, code: str, message: str, details: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.error: dict[str, Any] = {"code": code, "message": message}
        if details is not None:
            self.error["details"] = details


@dataclass
class Call:
    """One validated request, as a handler sees it."""

    route: Route
    query: ImmutableMultiDict[str, str]
    headers: Headers
    json: Any
    form: dict[str, tuple[bytes, str | None, str | None]]
    """Multipart fields: name -> (content, filename, content type)."""
    dry_run: bool
    status: int
    example: Any

    def param(self, name: str) -> str:
        return self.route.path_params[name]

    def page(self) -> tuple[int, int]:
        def number(key: str, default: int) -> int:
            value = self.query.get(key)
            return int(value) if value is not None and value.lstrip("-").isdigit() else default

        return max(number("page", 1), 1), min(max(number("per_page", _DEFAULT_PER_PAGE), 1), 100)


Handler = Callable[["MockTokPortal", Call], Any]
_HANDLERS: dict[str, Handler] = {}


def _handles(*operation_ids: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        for operation_id in operation_ids:
            _HANDLERS[operation_id] = handler
        return handler

    return register


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _parse_multipart(body: bytes, content_type: str) -> dict[str, tuple[bytes, str | None, str | None]]:
    if not content_type.lower().startswith("multipart/"):
        return {}
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body
    )
    fields: dict[str, tuple[bytes, str | None, str | None]] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        if isinstance(name, str) and isinstance(payload, bytes):
            fields[name] = (payload, part.get_filename(), part.get_content_type())
    return fields


@dataclass
class _State:
    bundles: dict[str, dict[str, Any]] = field(default_factory=dict)
    videos: dict[str, dict[int, dict[str, Any]]] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    webhooks: dict[str, dict[str, Any]] = field(default_factory=dict)
    credits: int = 10_000
    sequence: int = 0
    replays: dict[tuple[str, str, str], tuple[str, Reply]] = field(default_factory=dict)


class MockTokPortal:
    """The mock server: validates every request, answers with spec-valid responses, records what it saw.

    ``MockTokPortal()`` only builds it; :meth:`start` (or ``with``) serves it on ``host:port`` (port 0 picks a
    free one) in a background thread, and :attr:`url` is then the base URL to give the client.
    """

    def __init__(
        self, *, host: str = "127.0.0.1", port: int = 0, spec_path: Path | str = SPEC_PATH, log: bool = False
    ) -> None:
        self.validator = _validator(str(Path(spec_path).resolve()), Path(spec_path).stat().st_mtime_ns)
        self.spec: dict[str, Any] = self.validator.spec
        self.examples = ExampleFactory(self.spec)
        self.variants = {variant: ExampleFactory(self.spec, variant) for variant in VARIANTS}
        self.host = host
        self.port = port
        self.log = log
        self.violations: list[Violation] = []
        self.requests: list[RecordedRequest] = []
        self._state = _State()
        self._lock = threading.RLock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.api_version = str(self.spec.get("info", {}).get("version", ""))

    # -- lifecycle ---------------------------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """The base URL to pass to the client (``http://127.0.0.1:<port>/api/ext``)."""
        if self._server is None:
            raise RuntimeError("the mock is not running: call start() first")
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}{self.validator.base_path}"

    def bind(self) -> MockTokPortal:
        """Open the listening socket (so :attr:`url` is known) without serving yet."""
        if self._server is None:
            self._server = ThreadingHTTPServer((self.host, self.port), _make_handler(self))
            self._server.daemon_threads = True
        return self

    def start(self) -> MockTokPortal:
        """Serve in a background thread."""
        if self._thread is None:
            server = self.bind()._server
            assert server is not None
            self._thread = threading.Thread(target=server.serve_forever, name="tokportal-mock", daemon=True)
            self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve in the calling thread until interrupted (the command line)."""
        server = self.bind()._server
        assert server is not None
        server.serve_forever()

    def stop(self) -> None:
        if self._server is not None:
            if self._thread is not None:
                self._server.shutdown()
                self._thread.join(timeout=5)
            self._server.server_close()
            self._server = None
            self._thread = None

    def __enter__(self) -> MockTokPortal:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # -- what it saw -------------------------------------------------------------------------------------------

    @property
    def seen_operations(self) -> set[str]:
        """operationIds of the valid requests the mock answered."""
        with self._lock:
            return {r.operation_id for r in self.requests if r.operation_id is not None and r.valid}

    def reset(self) -> None:
        """Forget recorded requests, violations and state."""
        with self._lock:
            self.violations.clear()
            self.requests.clear()
            self._state = _State()

    def mark(self) -> tuple[int, int]:
        """A position in the records, for :meth:`since`."""
        with self._lock:
            return len(self.requests), len(self.violations)

    def since(self, mark: tuple[int, int]) -> tuple[list[RecordedRequest], list[Violation]]:
        """Requests and violations recorded after ``mark``."""
        with self._lock:
            return self.requests[mark[0] :], self.violations[mark[1] :]

    # -- answering ---------------------------------------------------------------------------------------------

    def handle(self, method: str, target: str, headers: Headers, body: bytes) -> Reply:
        """Answer one request (``target`` is the raw path and query, as sent)."""
        with self._lock:
            parts = urlsplit(target)
            path, query = parts.path, parts.query
            route: Route | None = None
            before = len(self.violations)
            try:
                route = self.validator.route(method, path)
            except PathError as error:
                reply = self._violation("request", None, method, path, describe_error(error), status=404)
            else:
                reply = self._answer(route, method, path, query, headers, body)
            valid = not any(v.kind == "request" for v in self.violations[before:])
            self.requests.append(
                RecordedRequest(
                    operation_id=route.operation_id if route else None,
                    method=method.upper(),
                    path=path,
                    query=tuple(parse_qsl(query, keep_blank_values=True)),
                    headers={name.lower(): value for name, value in headers.items()},
                    body=body,
                    status=reply.status,
                    valid=valid,
                )
            )
            if self.log:
                print(f"mock: {method} {target} -> {reply.status}", file=sys.stderr)
            return reply

    def _violation(
        self,
        kind: Literal["request", "response"],
        operation_id: str | None,
        method: str,
        path: str,
        message: str,
        *,
        status: int = 400,
    ) -> Reply:
        violation = Violation(kind, operation_id, method.upper(), path, message)
        self.violations.append(violation)
        if self.log:
            print(f"mock: CONTRACT VIOLATION: {violation}", file=sys.stderr)
        code = "CONTRACT_VIOLATION" if kind == "request" else "MOCK_RESPONSE_INVALID"
        return self._json_reply(status if kind == "request" else 500, {"error": {"code": code, "message": message}})

    def _answer(self, route: Route, method: str, path: str, query: str, headers: Headers, body: bytes) -> Reply:
        request = self.validator.openapi_request(method, path, query, headers, body)
        errors = self.validator.request_errors(request)
        if body and "requestBody" not in route.operation:
            errors.append(f"{route.operation_id} takes no request body, got {len(body)} bytes")
        if errors:
            return self._violation("request", route.operation_id, method, path, "; ".join(errors))

        key = headers.get("Idempotency-Key")
        dry_run = headers.get("X-TokPortal-Dry-Run", "").lower() == "true"
        replay_key = (route.method, path, key) if key and route.method != "GET" and not dry_run else None
        fingerprint = hashlib.sha256(query.encode() + b"\0" + body).hexdigest()
        if replay_key is not None and replay_key in self._state.replays:
            stored_fingerprint, stored = self._state.replays[replay_key]
            if stored_fingerprint == fingerprint:
                replayed = Reply(stored.status, stored.body, stored.content_type, dict(stored.headers))
                replayed.headers["Idempotent-Replayed"] = "true"
                return self._finish(route, request, replayed, headers)

        reply = self._respond(route, query, headers, body)
        if replay_key is not None and reply.status < 500:
            self._state.replays[replay_key] = (fingerprint, reply)
        return self._finish(route, request, reply, headers)

    def _finish(self, route: Route, request: _Request, reply: Reply, headers: Headers) -> Reply:
        request_id = headers.get("X-Request-ID")
        if not request_id or not re.fullmatch(r"[A-Za-z0-9._:-]{1,128}", request_id):
            request_id = f"req_{uuid.uuid4().hex[:24]}"
        reply.headers.update(
            {
                "X-TokPortal-API-Version": self.api_version,
                "X-TokPortal-API-Stability": "stable",
                "X-TokPortal-Request-ID": request_id,
                "X-RateLimit-Limit": "120",
                "X-RateLimit-Remaining": "119",
                "X-RateLimit-Reset": str(int(time.time()) + 1),
            }
        )
        problems = self.validator.response_errors(request, reply)
        if problems:
            return self._violation("response", route.operation_id, route.method, request.path, "; ".join(problems))
        return reply

    def _respond(self, route: Route, query: str, headers: Headers, body: bytes) -> Reply:
        status, media = self._success(route.operation)
        content_type = headers.get("Content-Type", "")
        call = Call(
            route=route,
            query=ImmutableMultiDict(parse_qsl(query, keep_blank_values=True)),
            headers=headers,
            json=json.loads(body) if body and content_type.lower().startswith("application/json") else None,
            form=_parse_multipart(body, content_type),
            dry_run=headers.get("X-TokPortal-Dry-Run", "").lower() == "true",
            status=status,
            example=None,
        )
        if media is not None and media[0] == "application/json":
            factory = self.variants.get(headers.get(VARIANT_HEADER, "").lower(), self.examples)
            call.example = self._envelope(call, factory.example(media[1].get("schema", {})))
        handler = _HANDLERS.get(route.operation_id)
        try:
            if DRY_RUN_ID in route.path_params.values() and "404" in route.operation["responses"]:
                code = "BUNDLE_NOT_FOUND" if route.pattern.startswith("/bundles/") else "NOT_FOUND"
                raise _Answer(404, code, "Not found: a dry run creates nothing, its placeholder id does not exist.")
            result = handler(self, call) if handler is not None else call.example
        except _Answer as answer:
            if str(answer.status) not in route.operation.get("responses", {}):
                raise AssertionError(f"mock bug: {route.operation_id} does not document {answer.status}") from None
            return self._json_reply(answer.status, {"error": answer.error})
        if media is None:
            return Reply(call.status)
        if media[0] == "application/json":
            return self._json_reply(call.status, result)
        text = result if isinstance(result, str) else self._text_example(route.operation_id, media[0])
        return Reply(call.status, text.encode("utf-8"), f"{media[0]}; charset=utf-8")

    @staticmethod
    def _json_reply(status: int, payload: Any) -> Reply:
        return Reply(status, json.dumps(payload).encode("utf-8"), "application/json")

    @staticmethod
    def _success(operation: Mapping[str, Any]) -> tuple[int, tuple[str, dict[str, Any]] | None]:
        code = min(int(status) for status in operation["responses"] if status.isdigit() and status.startswith("2"))
        content = operation["responses"][str(code)].get("content") or {}
        first = next(iter(content.items()), None)
        return code, first

    def _envelope(self, call: Call, example: Any) -> Any:
        """Make a generated body consistent with the request: ids, pagination, dry-run fields."""
        if not isinstance(example, dict):
            return example
        data = example.get("data")
        if isinstance(data, dict) and "id" in data and call.route.pattern.endswith("/{id}"):
            data["id"] = call.param("id")
        if isinstance(data, list) and isinstance(example.get("pagination"), dict):
            example["data"], example["pagination"] = self._paginate(call, data)
        if "credits_charged" in example or "dry_run" in example:
            cost = int(example.get("credits_charged") or 0)
            self._charge(call, example, cost)
        return example

    def _paginate(self, call: Call, items: list[Any]) -> tuple[list[Any], dict[str, int]]:
        page, per_page = call.page()
        total = len(items)
        return items[(page - 1) * per_page : page * per_page], {
            "page": page,
            "per_page": per_page,
            "total": total,
            "total_pages": math.ceil(total / per_page),
        }

    def _charge(self, call: Call, body: dict[str, Any], cost: int) -> None:
        """Billing fields of a paid write: charged, or (dry run) what it would cost."""
        if call.dry_run:
            body.update(
                credits_charged=0,
                credits_remaining=self._state.credits,
                credits_would_charge=cost,
                dry_run=True,
                dry_run_notice="Dry run: validated and priced; nothing was created or charged.",
            )
            return
        self._state.credits = max(self._state.credits - cost, 0)
        for key in ("credits_would_charge", "dry_run", "dry_run_notice"):
            body.pop(key, None)
        if "credits_charged" in body:
            body["credits_charged"] = cost
        if "credits_remaining" in body or "credits_charged" in body:
            body["credits_remaining"] = self._state.credits

    def _text_example(self, operation_id: str, media_type: str) -> str:
        if media_type == "text/csv":
            out = io.StringIO()
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(["video_id", "account", "platform", "country", "published_at", "views", "likes"])
            writer.writerow(
                [str(uuid.uuid5(_ID_NAMESPACE, "csv/1")), "demo_account", "tiktok", "USA", EXAMPLE_TIME, 1200, 87]
            )
            writer.writerow(
                [str(uuid.uuid5(_ID_NAMESPACE, "csv/2")), "demo_account", "tiktok", "USA", EXAMPLE_TIME, 640, 41]
            )
            return out.getvalue()
        if media_type == "text/html":
            return (
                "<!doctype html>\n<html><head><meta charset='utf-8'><title>Analytics report</title></head>"
                f"<body><h1>Analytics report</h1><p>{operation_id}: mock data.</p></body></html>\n"
            )
        return f"{operation_id}: mock data\n"

    # -- state helpers -----------------------------------------------------------------------------------------

    def _new_id(self, kind: str) -> str:
        self._state.sequence += 1
        return str(uuid.uuid5(_ID_NAMESPACE, f"{kind}/{self._state.sequence}"))

    def _schema_example(self, name: str, pointer: str) -> dict[str, Any]:
        value = self.examples.example({"$ref": f"#/components/schemas/{name}"}, pointer=pointer)
        return value if isinstance(value, dict) else {}

    def _bundle(self, call: Call) -> dict[str, Any] | None:
        """The stored bundle of ``{id}``; a 404 for the dry-run placeholder; None for an id the mock never saw."""
        bundle_id = call.param("id")
        if bundle_id == DRY_RUN_ID:
            raise _Answer(404, "BUNDLE_NOT_FOUND", "Bundle not found (a dry run creates nothing).")
        return self._state.bundles.get(bundle_id)


def _make_handler(mock: MockTokPortal) -> type[BaseHTTPRequestHandler]:
    class _Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "TokPortalMock/1"
        disable_nagle_algorithm = True

        def _serve(self) -> None:
            body = self._read_body()
            headers = Headers(list(self.headers.items()))
            try:
                reply = mock.handle(self.command, self.path, headers, body)
            except Exception as error:  # a mock bug: answer it, never hang the client
                reply = MockTokPortal._json_reply(
                    500, {"error": {"code": "MOCK_ERROR", "message": f"{type(error).__name__}: {error}"}}
                )
                with mock._lock:
                    mock.violations.append(
                        Violation("response", None, self.command, self.path, f"mock error: {error!r}")
                    )
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            if reply.content_type:
                self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            if reply.body and self.command != "HEAD":
                self.wfile.write(reply.body)

        def _read_body(self) -> bytes:
            if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
                chunks: list[bytes] = []
                while True:
                    size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                    if size == 0:
                        while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                            pass
                        return b"".join(chunks)
                    chunks.append(self.rfile.read(size))
                    self.rfile.readline()
            length = int(self.headers.get("Content-Length") or 0)
            return self.rfile.read(length) if length > 0 else b""

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _serve

        def log_message(self, format: str, *args: Any) -> None:
            if mock.log:
                super().log_message(format, *args)

    return _Handler


# --------------------------------------------------------------------------------------------------------------
# Stateful handlers: just enough for the quickstart walkthrough to read back what it did
# --------------------------------------------------------------------------------------------------------------


_ACCOUNT_SETUP, _VIDEO_SLOT, _EDIT_SLOT = 32, 2, 3


def _bundle_cost(bundle_type: str, videos: int, edits: int) -> int:
    return (0 if bundle_type == "videos_only" else _ACCOUNT_SETUP) + videos * _VIDEO_SLOT + edits * _EDIT_SLOT


def _next_action(bundle: Mapping[str, Any]) -> str | None:
    if bundle["is_published"]:
        return None
    if bundle["bundle_type"] != "videos_only" and not bundle["account_configured"]:
        return "configure_account"
    if bundle["videos_total"] and not bundle["videos_configured_count"]:
        return "configure_videos"
    return "publish_bundle"


def _blockers(bundle: Mapping[str, Any]) -> list[dict[str, Any]]:
    if bundle["is_published"]:
        return [{"code": "BUNDLE_ALREADY_PUBLISHED", "message": "The bundle is already published."}]
    blockers: list[dict[str, Any]] = []
    if bundle["bundle_type"] != "videos_only":
        account = bundle.get("account")
        if not bundle["account_configured"] or not isinstance(account, dict):
            blockers.append({"code": "ACCOUNT_NOT_CONFIGURED", "message": "Configure the account first."})
        else:
            missing = [
                k for k in ("username", "visible_name", "biography", "profile_picture_url") if not account.get(k)
            ]
            if missing:
                blockers.append(
                    {
                        "code": "ACCOUNT_MISSING_FIELDS",
                        "message": "The account profile is incomplete.",
                        "details": {"missing_fields": missing},
                    }
                )
    if bundle["bundle_type"] != "account_only" and not bundle["videos_configured_count"]:
        blockers.append({"code": "NO_VIDEOS_CONFIGURED", "message": "Configure at least one video."})
    return blockers


def _store_bundle(mock: MockTokPortal, spec: Mapping[str, Any], *, platform: str) -> dict[str, Any]:
    bundle_id = mock._new_id("bundle")
    bundle_type = str(spec.get("bundle_type", "account_only"))
    videos = int(spec.get("videos_quantity") or 0)
    edits = int(spec.get("edits_quantity") or 0)
    now = _now()
    bundle = mock._schema_example("Bundle", f"/bundles/{bundle_id}")
    bundle.update(
        id=bundle_id,
        bundle_type=bundle_type,
        platform=platform,
        country=str(spec.get("country") or "USA"),
        status="pending_setup",
        account_status=None if bundle_type == "videos_only" else "pending",
        title=spec.get("title"),
        videos_quantity=videos,
        edits_quantity=edits,
        used_edits=0,
        credit_cost=_bundle_cost(bundle_type, videos, edits),
        external_ref=spec.get("external_ref"),
        existing_account_id=spec.get("account_id"),
        saved_account_id=spec.get("account_id"),
        auto_finalize_videos=bool(spec.get("auto_finalize_videos", True)),
        wants_niche_warming=bool(spec.get("wants_niche_warming", False)),
        wants_deep_warming=bool(spec.get("wants_deep_warming", False)),
        wants_moderation=False,
        is_published=False,
        account_configured=False,
        videos_total=videos,
        videos_configured_count=0,
        account=None,
        videos=[
            {"id": mock._new_id("video"), "position": position, "status": "pending", "name": None}
            for position in range(1, videos + 1)
        ],
        created_at=now,
        updated_at=now,
    )
    bundle["next_action"] = _next_action(bundle)
    mock._state.bundles[bundle_id] = bundle
    mock._state.videos[bundle_id] = {}
    return bundle


def _created(bundle: Mapping[str, Any]) -> dict[str, Any]:
    keys = ("id", "bundle_type", "platform", "country", "status", "videos_quantity", "created_at")
    return {"bundle_id": bundle["id"], **{k: bundle[k] for k in keys}, "review_mode": "auto"}


def _cost_breakdown(bundle_type: str, videos: int, edits: int) -> dict[str, int]:
    return {
        "account_creation": 0 if bundle_type == "videos_only" else _ACCOUNT_SETUP,
        "video_slots": videos * _VIDEO_SLOT,
        "edit_slots": edits * _EDIT_SLOT,
        "advanced_warming": 0,
        "total": _bundle_cost(bundle_type, videos, edits),
    }


@_handles("createBundle")
def _create_bundle(mock: MockTokPortal, call: Call) -> Any:
    body = call.json or {}
    bundle_type = str(body.get("bundle_type"))
    videos, edits = int(body.get("videos_quantity") or 0), int(body.get("edits_quantity") or 0)
    cost = _bundle_cost(bundle_type, videos, edits)
    if call.dry_run:
        preview = {
            "id": DRY_RUN_ID,
            "bundle_type": bundle_type,
            "platform": body.get("platform", "tiktok"),
            "country": body.get("country", "USA"),
            "status": "pending_setup",
            "videos_quantity": videos,
            "created_at": _now(),
        }
        data = {"bundle_id": DRY_RUN_ID, **preview, "review_mode": "auto"}
    else:
        if cost > mock._state.credits:
            raise _Answer(
                402,
                "INSUFFICIENT_CREDITS",
                "Not enough credits.",
                {"required": cost, "available": mock._state.credits, "missing": cost - mock._state.credits},
            )
        data = _created(_store_bundle(mock, body, platform=str(body.get("platform") or "tiktok")))
    result = {"data": data, "credits_charged": cost, "cost_breakdown": _cost_breakdown(bundle_type, videos, edits)}
    mock._charge(call, result, cost)
    return result


@_handles("createBundlesBulk")
def _create_bundles_bulk(mock: MockTokPortal, call: Call) -> Any:
    body = call.json or {}
    per_account = int(body.get("videos_per_account") or 0)
    bundle_type = "account_and_videos" if per_account else "account_only"
    platforms = [str(p) for p in body.get("platforms", [])]
    count = int(body.get("accounts_count") or 1)
    cost = _bundle_cost(bundle_type, per_account, 0) * count * len(platforms)
    created: list[dict[str, Any]] = []
    if not call.dry_run:
        spec = {**body, "bundle_type": bundle_type, "videos_quantity": per_account}
        created = [_created(_store_bundle(mock, spec, platform=p)) for p in platforms for _ in range(count)]
    result = {
        "data": {"bundles": created, "total_count": count * len(platforms)},
        "credits_charged": cost,
        "cost_breakdown": {**_cost_breakdown(bundle_type, per_account, 0), "total": cost},
    }
    mock._charge(call, result, cost)
    return result


@_handles("listBundles")
def _list_bundles(mock: MockTokPortal, call: Call) -> Any:
    if not mock._state.bundles:
        return call.example
    items = [
        bundle
        for bundle in mock._state.bundles.values()
        if all(
            call.query.get(key) in (None, bundle.get(key))
            for key in ("status", "bundle_type", "platform", "external_ref", "account_status")
        )
    ]
    data, pagination = mock._paginate(call, items)
    return {"data": data, "pagination": pagination}


@_handles("getBundle")
def _get_bundle(mock: MockTokPortal, call: Call) -> Any:
    bundle = mock._bundle(call)
    return {"data": bundle} if bundle is not None else call.example


@_handles("updateBundle")
def _update_bundle(mock: MockTokPortal, call: Call) -> Any:
    bundle = mock._bundle(call)
    if bundle is None or call.dry_run:
        return call.example
    for key in ("title", "external_ref", "auto_finalize_videos"):
        if key in (call.json or {}):
            bundle[key] = call.json[key]
    bundle["updated_at"] = _now()
    keys = ("id", "title", "auto_finalize_videos", "external_ref", "updated_at")
    return {"data": {k: bundle[k] for k in keys}}


@_handles("getBundlePublishReadiness")
def _readiness(mock: MockTokPortal, call: Call) -> Any:
    bundle = mock._bundle(call)
    if bundle is None:
        return call.example
    blockers = _blockers(bundle)
    return {"data": {"bundle_id": bundle["id"], "ready": not blockers, "blockers": blockers}}


@_handles("publishBundle", "unpublishBundle")
def _publish(mock: MockTokPortal, call: Call) -> Any:
    bundle = mock._bundle(call)
    if bundle is None:
        return call.example
    publish = call.route.operation_id == "publishBundle"
    if publish:
        blockers = _blockers(bundle)
        if blockers:
            raise _Answer(409, blockers[0]["code"], "The bundle is not ready to publish.", {"blockers": blockers})
    elif not bundle["is_published"]:
        raise _Answer(
            409, "BUNDLE_INVALID_STATUS", "The bundle is not published.", {"current_status": bundle["status"]}
        )
    now = _now()
    if not call.dry_run:
        bundle.update(status="published" if publish else "pending_setup", is_published=publish, updated_at=now)
        bundle["next_action"] = _next_action(bundle)
    return {
        "data": {
            "id": bundle["id"],
            "status": "published" if publish else "pending_setup",
            "published_at": now if publish else None,
            "unpublished_at": None if publish else now,
        }
    }


@_handles("addVideoSlots")
def _add_video_slots(mock: MockTokPortal, call: Call) -> Any:
    bundle = mock._bundle(call)
    quantity = int((call.json or {}).get("quantity") or 0)
    cost = quantity * _VIDEO_SLOT
    if bundle is not None and not call.dry_run:
        first = bundle["videos_total"] + 1
        bundle["videos"].extend(
            {"id": mock._new_id("video"), "position": p, "status": "pending", "name": None}
            for p in range(first, first + quantity)
        )
        bundle["videos_total"] += quantity
        bundle["videos_quantity"] += quantity
        bundle["next_action"] = _next_action(bundle)
    example = call.example if isinstance(call.example, dict) else {"data": {}}
    example["credits_charged"] = cost
    mock._charge(call, example, cost)
    return example


@_handles("getBundleAccount", "configureBundleAccount")
def _bundle_account(mock: MockTokPortal, call: Call) -> Any:
    bundle = mock._bundle(call)
    if bundle is None:
        return call.example
    profile_keys = ("username", "visible_name", "biography", "profile_picture_url", "link_in_bio")
    profile = mock._state.accounts.get(bundle["id"]) or {key: None for key in profile_keys}
    if call.route.operation_id == "configureBundleAccount" and not call.dry_run:
        profile = {key: (call.json or {}).get(key) for key in (*profile_keys, "niche_warming_instructions")}
        profile["configured_at"] = _now()
        mock._state.accounts[bundle["id"]] = profile
        bundle["account"] = {key: profile[key] for key in profile_keys[:4]}
        bundle.update(account_configured=True, account_status="configured", updated_at=_now())
        bundle["next_action"] = _next_action(bundle)
    return {"data": {"id": bundle["id"], "account": profile, "advanced_warming": None}}


def _video(mock: MockTokPortal, bundle: dict[str, Any], position: int) -> dict[str, Any]:
    stored = mock._state.videos.setdefault(bundle["id"], {}).get(position)
    if stored is not None:
        return stored
    summary = next((v for v in bundle["videos"] if v["position"] == position), None)
    video = mock._schema_example("BundleVideo", f"/bundles/{bundle['id']}/videos/{position}")
    video.update({k: None for k, v in video.items() if isinstance(v, str | list) and k not in ("id",)})
    video.update(
        id=summary["id"] if summary else mock._new_id("video"),
        position=position,
        status="pending",
        video_type="video",
        instagram_content_type="reel",
        youtube_visibility="public",
    )
    return video


def _save_video(mock: MockTokPortal, bundle: dict[str, Any], video: dict[str, Any], changes: Mapping[str, Any]) -> None:
    for key, value in changes.items():
        if key in video:
            video[key] = value
    video["status"] = "configured"
    mock._state.videos.setdefault(bundle["id"], {})[int(video["position"])] = video
    summary = next((v for v in bundle["videos"] if v["position"] == video["position"]), None)
    if summary is None:
        bundle["videos"].append({"id": video["id"], "position": video["position"], "status": "configured"})
    else:
        summary.update(status="configured", name=video.get("name"))
    bundle["videos_configured_count"] = sum(1 for v in bundle["videos"] if v["status"] != "pending")
    bundle["next_action"] = _next_action(bundle)
    bundle["updated_at"] = _now()


@_handles("getBundleVideo", "configureBundleVideo", "patchBundleVideo")
def _bundle_video(mock: MockTokPortal, call: Call) -> Any:
    bundle = mock._bundle(call)
    if bundle is None:
        return call.example
    position = int(call.param("position"))
    if position > max(bundle["videos_total"], 0):
        raise _Answer(404, "VIDEO_NOT_FOUND", f"The bundle has no video slot {position}.")
    video = _video(mock, bundle, position)
    if call.route.operation_id != "getBundleVideo" and not call.dry_run:
        _save_video(mock, bundle, video, call.json or {})
    return {"data": video}


@_handles("listBundleVideos")
def _list_bundle_videos(mock: MockTokPortal, call: Call) -> Any:
    bundle = mock._bundle(call)
    if bundle is None:
        return call.example
    return {"data": [_video(mock, bundle, p) for p in range(1, bundle["videos_total"] + 1)]}


@_handles("importBundleVideosCsv")
def _import_csv(mock: MockTokPortal, call: Call) -> Any:
    content = call.form.get("file", (b"", None, None))[0].decode("utf-8", errors="replace")
    rows = list(csv.DictReader(io.StringIO(content)))
    bundle = mock._bundle(call)
    imported, errors = 0, []
    for number, row in enumerate(rows, start=2):
        position = row.get("position") or ""
        if not position.isdigit() or int(position) < 1:
            errors.append({"row": number, "message": "position must be a positive integer"})
            continue
        if bundle is not None and not call.dry_run:
            if int(position) > bundle["videos_total"]:
                errors.append({"row": number, "message": f"no video slot {position}"})
                continue
            text_columns = ("video_type", "description", "target_publish_date", "video_url", "name", "external_ref")
            changes = {key: row[key] for key in text_columns if row.get(key)}
            _save_video(mock, bundle, _video(mock, bundle, int(position)), changes)
        imported += 1
    return {"data": {"imported": imported, "skipped": len(rows) - imported, "errors": errors}}


@_handles("uploadVideoDirect", "uploadImageDirect")
def _upload_direct(mock: MockTokPortal, call: Call) -> Any:
    content, filename, content_type = call.form.get("file", (b"", None, None))
    filename = filename or "upload"
    bundle_id = call.form.get("bundle_id", (b"", None, None))[0].decode("utf-8", errors="replace")
    purpose = call.form.get("purpose", (b"carousel", None, None))[0].decode("utf-8", errors="replace")
    kind = "videos" if call.route.operation_id == "uploadVideoDirect" else f"{purpose.replace('_', '-')}s"
    storage_path = f"{kind}/{bundle_id}/{filename}"
    data = {
        "public_url": f"https://media.example.com/{storage_path}",
        "filename": filename,
        "size_bytes": len(content),
        "content_type": content_type or mimetypes.guess_type(filename)[0] or "application/octet-stream",
    }
    if kind != "videos":
        data["storage_path"] = storage_path
    return {"data": data}


@_handles("getCreditBalance")
def _credit_balance(mock: MockTokPortal, call: Call) -> Any:
    example = call.example
    example["data"].update(total_credits=mock._state.credits, credits=mock._state.credits, last_updated=_now())
    return example


@_handles("getCurrentUser")
def _me(mock: MockTokPortal, call: Call) -> Any:
    example = call.example
    example["data"].update(email="demo@example.com", credits=mock._state.credits, plan="farmer")
    return example


@_handles("createWebhookEndpoint")
def _create_webhook(mock: MockTokPortal, call: Call) -> Any:
    body = call.json or {}
    endpoint_id = DRY_RUN_ID if call.dry_run else mock._new_id("webhook")
    endpoint: dict[str, Any] = {
        "id": endpoint_id,
        "url": body.get("url"),
        "events": list(body.get("events", [])),
        "description": body.get("description"),
        "enabled": bool(body.get("enabled", True)),
    }
    if not call.dry_run:
        mock._state.webhooks[endpoint_id] = endpoint
    secret = "whsec_" + hashlib.sha256(endpoint_id.encode()).hexdigest()[:32]
    return {"data": {**endpoint, "signing_secret": secret}}


@_handles("listWebhookEndpoints")
def _list_webhooks(mock: MockTokPortal, call: Call) -> Any:
    if not mock._state.webhooks:
        return call.example
    data, pagination = mock._paginate(call, list(mock._state.webhooks.values()))
    return {"data": data, "pagination": pagination}


@_handles("getWebhookEndpoint", "updateWebhookEndpoint", "deleteWebhookEndpoint")
def _webhook(mock: MockTokPortal, call: Call) -> Any:
    endpoint = mock._state.webhooks.get(call.param("id"))
    if endpoint is None:
        return call.example
    if call.route.operation_id == "deleteWebhookEndpoint":
        if not call.dry_run:
            del mock._state.webhooks[endpoint["id"]]
        return None
    if call.route.operation_id == "updateWebhookEndpoint" and not call.dry_run:
        endpoint.update({k: v for k, v in (call.json or {}).items() if k in endpoint and k != "id"})
    return {"data": endpoint}


# --------------------------------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Serve a mock of the TokPortal API that checks every request.")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port to listen on; 0 picks a free one (default)")
    parser.add_argument("--spec", default=str(SPEC_PATH), help="the OpenAPI document (default: openapi.json)")
    parser.add_argument("--quiet", action="store_true", help="do not log requests")
    args = parser.parse_args(argv)
    mock = MockTokPortal(host=args.host, port=args.port, spec_path=args.spec, log=not args.quiet)
    mock.bind()
    print(mock.url, flush=True)
    print("TokPortal mock API: every request is checked against the spec; Ctrl-C to stop.", file=sys.stderr)
    try:
        mock.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        mock.stop()
    for violation in mock.violations:
        print(f"contract violation: {violation}", file=sys.stderr)
    return 1 if mock.violations else 0


if __name__ == "__main__":
    sys.exit(main())
