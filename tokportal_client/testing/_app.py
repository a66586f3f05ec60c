"""The mock's request pipeline, independent of HTTP: route, validate, inject faults, replay idempotent
requests, apply the business rules and check the answer against the contract.

Order of checks for each request:

0. the key: an operation that needs one (not ``security: []``) answers TokPortal's 401 ``AUTH_MISSING_KEY``
   without ``X-API-Key`` (also recorded as a request violation), ``AUTH_INVALID_KEY`` with another key than
   the mock's (when it was given one);
1. the contract: no operation for the method and path is a 404, a request that does not fit is a 400
   ``CONTRACT_VIOLATION`` with the validator's message (both recorded as violations);
2. faults queued with ``fail_next``;
3. ``Idempotency-Key``: refused (400) on the operations whose answer carries a secret; a key seen before
   replays the first answer (``Idempotent-Replayed: true``) when method, path, query and body are the same, and
   answers 409 ``IDEMPOTENCY_KEY_REUSED`` when they differ (dry runs are neither stored nor replayed);
4. the ids in the path: 404 with TokPortal's code for an unknown or deleted bundle, video slot, account,
   webhook endpoint, delivery or comment task;
5. the business rule of the operation (or an example from its schema); a dry run works on a copy of the state
   that is then thrown away;
6. the self-check: every answer whose status the contract lists is validated against it; a failure is recorded
   as a response violation and answered 500 ``MOCK_RESPONSE_INVALID``.
"""

from __future__ import annotations

import copy
import csv
import hashlib
import hmac
import io
import json
import re
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import parse_qsl, urlsplit

from openapi_core.templating.paths.exceptions import PathError
from werkzeug.datastructures import Headers, MultiDict
from werkzeug.formparser import parse_form_data

from .._spec import bundled_spec_path
from . import _accounts, _bundle_account, _bundles, _comments, _profile, _reference, _uploads, _videos, _webhooks
from ._call import Call, Upload
from ._events import Dispatcher
from ._examples import EXAMPLE_TIME, VARIANTS, ExampleFactory
from ._records import Answer, RecordedRequest, Reply, Violation
from ._reference import DEFAULT_COUNTRIES
from ._registry import HANDLERS
from ._state import DEFAULT_CREDITS, State
from ._storage import Storage
from ._validation import ContractValidator, OpenAPIRequest, Route, describe_error, validator_for

__all__ = ["VARIANT_HEADER", "Fault", "MockApp"]

# The business rules register themselves on import.
_RULES = (_accounts, _bundle_account, _bundles, _comments, _profile, _reference, _uploads, _videos, _webhooks)

VARIANT_HEADER = "X-Mock-Variant"
"""``X-Mock-Variant: minimal`` or ``nulls`` asks for the sparsest example answers (see ``ExampleFactory``)."""
SENSITIVE = "reject-sensitive-response"
_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")
_DEFAULT_FAULT_CODES = {429: "RATE_LIMIT_EXCEEDED"}

# Path prefix -> the lookup that answers 404 for an id the account does not have (checked in this order).
_OWNERS: tuple[tuple[str, Callable[[State, Route], object]], ...] = (
    ("/bundles/{id}", lambda s, r: s.bundle(r.path_params["id"])),
    ("/bundles/{id}/videos/{position}", lambda s, r: s.slot(r.path_params["id"], int(r.path_params["position"]))),
    ("/accounts/{id}", lambda s, r: s.account(r.path_params["id"])),
    ("/analytics/accounts/{id}", lambda s, r: s.account(r.path_params["id"], "ACCOUNT_NOT_FOUND")),
    ("/videos/{id}", lambda s, r: s.video(r.path_params["id"])),
    ("/webhooks/{id}", lambda s, r: s.webhook(r.path_params["id"])),
    (
        "/webhooks/{id}/deliveries/{delivery_id}",
        lambda s, r: s.delivery(r.path_params["id"], r.path_params["delivery_id"]),
    ),
    ("/comments/{id}", lambda s, r: s.comment(r.path_params["id"])),
)


@dataclass(frozen=True)
class Fault:
    """An answer queued by ``fail_next``."""

    status: int
    headers: Mapping[str, str]
    body: Any


class MockApp:
    """The mock TokPortal behind the HTTP server: thread-safe, one request at a time."""

    def __init__(
        self,
        *,
        spec_path: str | Path | None = None,
        credits: int = DEFAULT_CREDITS,
        api_key: str | None = None,
        countries: Mapping[str, str] | None = None,
    ) -> None:
        self.validator: ContractValidator = validator_for(spec_path or bundled_spec_path())
        self.api_key = api_key
        """The one key accepted; None accepts any non-empty key."""
        self._global_security = self.validator.spec.document.get("security", [])
        self.api_version = self.validator.spec.version
        self.factories: dict[str, ExampleFactory] = {v: ExampleFactory(self.validator.spec, v) for v in VARIANTS}
        self.initial_credits = credits
        self.countries = dict(countries or DEFAULT_COUNTRIES)
        self.lock = threading.RLock()
        self.state = State(credits=credits, countries=dict(self.countries))
        self.requests: list[RecordedRequest] = []
        self.violations: list[Violation] = []
        self.faults: deque[Fault] = deque()
        self.latency = 0.0
        self._replays: dict[str, tuple[str, Reply]] = {}
        self.storage = Storage()
        self.dispatcher = Dispatcher(self.lock, lambda: self.state, self.api_version)

    def reset(self) -> None:
        self.dispatcher.clear()
        with self.lock:
            self.storage.reset()
            self.state = State(credits=self.initial_credits, countries=dict(self.countries))
            self.requests.clear()
            self.violations.clear()
            self.faults.clear()
            self.latency = 0.0
            self._replays.clear()

    # -- one request -----------------------------------------------------------------------------------------------

    def handle_storage(self, method: str, target: str, headers: Headers, body: bytes) -> Reply:
        """A request to the storage (``STORAGE_PREFIX``): presigned ``PUT``s and public ``GET``s."""
        with self.lock:
            return self.storage.handle(method.upper(), target, {k.lower(): v for k, v in headers.items()}, body)

    def handle(self, method: str, target: str, headers: Headers, body: bytes) -> Reply:
        """Answer one request; ``target`` is the raw path and query, as sent."""
        parts = urlsplit(target)
        with self.lock:
            route: Route | None = None
            try:
                route = self.validator.route(method, parts.path)
            except PathError as error:
                reply = self._violation("request", None, method, parts.path, describe_error(error), status=404)
                valid = False
            else:
                refused = self._unauthenticated(route, headers)
                if refused is not None:
                    request = self.validator.request(method, parts.path, parts.query, headers, body)
                    valid = "X-API-Key" in headers  # a wrong key fits the contract, a missing one does not
                    if not valid:
                        message = f"{route.operation_id} needs an X-API-Key header (security: ApiKeyAuth)"
                        self.violations.append(
                            Violation("request", route.operation_id, method.upper(), parts.path, message)
                        )
                    reply = self._finish(route, request, refused, headers)
                else:
                    reply, valid = self._validated(route, method, parts.path, parts.query, headers, body)
            self.requests.append(_record(route, method, parts.path, parts.query, headers, body, reply.status, valid))
        return reply

    def _unauthenticated(self, route: Route, headers: Headers) -> Reply | None:
        """TokPortal's 401 for an operation that needs a key, sent without one or with the wrong one."""
        if not route.operation.get("security", self._global_security):
            return None  # a public operation (``security: []``)
        key = headers.get("X-API-Key")
        if not key:
            refused = Answer(401, "AUTH_MISSING_KEY", "Missing API key: send it in the X-API-Key header.")
        elif self.api_key is not None and not hmac.compare_digest(key.encode(), self.api_key.encode()):
            refused = Answer(401, "AUTH_INVALID_KEY", "Invalid API key.")
        else:
            return None
        return _json_reply(refused.status, refused.body())

    def _validated(
        self, route: Route, method: str, path: str, query: str, headers: Headers, body: bytes
    ) -> tuple[Reply, bool]:
        request = self.validator.request(method, path, query, headers, body)
        errors = self.validator.request_errors(request)
        if body and "requestBody" not in route.operation:
            errors.append(f"{route.operation_id} takes no request body, got {len(body)} bytes")
        if errors:
            return self._violation("request", route.operation_id, method, path, "; ".join(errors)), False
        if self.faults:
            return self._finish(route, request, _fault_reply(self.faults.popleft()), headers, check=False), True
        return self._idempotent(route, request, query, headers, body), True

    def _idempotent(self, route: Route, request: OpenAPIRequest, query: str, headers: Headers, body: bytes) -> Reply:
        key = headers.get("Idempotency-Key")
        dry_run = headers.get("X-TokPortal-Dry-Run", "").lower() == "true"
        if key is not None and route.operation.get("x-tokportal-idempotency") == SENSITIVE:
            refused = Answer(
                400,
                "IDEMPOTENCY_KEY_NOT_ALLOWED_FOR_SENSITIVE_RESPONSE",
                f"{route.operation_id} returns a secret: send it without an Idempotency-Key.",
            )
            return self._finish(route, request, _json_reply(refused.status, refused.body()), headers)
        if key is None or dry_run or route.method == "GET":
            return self._finish(route, request, self._respond(route, query, headers, body, dry_run), headers)
        fingerprint = hashlib.sha256(f"{route.method} {request.path}?{query}".encode() + b"\0" + body).hexdigest()
        stored = self._replays.get(key)
        if stored is not None:
            if stored[0] != fingerprint:
                reused = Answer(
                    409,
                    "IDEMPOTENCY_KEY_REUSED",
                    "This Idempotency-Key was already used with a different request: use a new key.",
                )
                return self._finish(route, request, _json_reply(reused.status, reused.body()), headers)
            replayed = copy.deepcopy(stored[1])
            replayed.headers["Idempotent-Replayed"] = "true"
            return self._finish(route, request, replayed, headers)
        reply = self._respond(route, query, headers, body, dry_run)
        if reply.status < 500 and reply.status != 429:
            self._replays[key] = (fingerprint, copy.deepcopy(reply))
        return self._finish(route, request, reply, headers)

    def _respond(self, route: Route, query: str, headers: Headers, body: bytes, dry_run: bool) -> Reply:
        status, media = _success(route.operation)
        content_type = headers.get("Content-Type", "")
        form, files = _form(body, content_type)
        variant = headers.get(VARIANT_HEADER, "full").lower()
        call = Call(
            route=route,
            state=copy.deepcopy(self.state) if dry_run else self.state,
            query=MultiDict(parse_qsl(query, keep_blank_values=True)),
            json=_json(body, content_type),
            form=form,
            files=files,
            dry_run=dry_run,
            examples=self.factories.get(variant, self.factories["full"]),
            success_schema=media[1].get("schema", {}) if media and media[0] == "application/json" else None,
            storage=self.storage,
        )
        try:
            for prefix, lookup in _OWNERS:
                if route.pattern == prefix or route.pattern.startswith(prefix + "/"):
                    lookup(call.state, route)
            handler = HANDLERS.get(route.operation_id)
            result = handler(call) if handler is not None else call.example()
        except Answer as answer:
            call.state.outbox.clear()  # refused: nothing happened, nothing to tell
            return _json_reply(answer.status, answer.body())
        if not dry_run:
            self.dispatcher.flush(self.state)
        if media is None:
            return Reply(status)
        if media[0] == "application/json":
            return _json_reply(status, result)
        text = result if isinstance(result, str) else _text_example(route.operation_id, media[0])
        return Reply(status, text.encode("utf-8"), f"{media[0]}; charset=utf-8")

    def _finish(
        self, route: Route, request: OpenAPIRequest, reply: Reply, headers: Headers, *, check: bool = True
    ) -> Reply:
        """Add the headers TokPortal sends on every answer, then check the answer against the contract."""
        request_id = headers.get("X-Request-ID")
        if not request_id or not _REQUEST_ID.fullmatch(request_id):
            request_id = f"req_{uuid.uuid4().hex}"
        standard = {
            "X-TokPortal-API-Version": self.api_version,
            "X-TokPortal-API-Stability": "stable",
            "X-TokPortal-Request-ID": request_id,
            "X-RateLimit-Limit": "120",
            "X-RateLimit-Remaining": "119",
            "X-RateLimit-Reset": str(int(time.time()) + 1),
        }
        reply.headers = {**standard, **reply.headers}
        if check and route.documents(reply.status):
            problems = self.validator.response_errors(request, reply)
            if problems:
                return self._violation("response", route.operation_id, route.method, request.path, "; ".join(problems))
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
        self.violations.append(Violation(kind, operation_id, method.upper(), path, message))
        if kind == "response":
            return _json_reply(500, {"error": {"code": "MOCK_RESPONSE_INVALID", "message": message}})
        return _json_reply(status, {"error": {"code": "CONTRACT_VIOLATION", "message": message}})


# -- helpers ---------------------------------------------------------------------------------------------------------


def _record(
    route: Route | None, method: str, path: str, query: str, headers: Headers, body: bytes, status: int, valid: bool
) -> RecordedRequest:
    return RecordedRequest(
        method=method.upper(),
        path=path,
        query=tuple(parse_qsl(query, keep_blank_values=True)),
        headers={name.lower(): value for name, value in headers.items()},
        body=body,
        json=_json(body, headers.get("Content-Type", "")),
        operation_id=route.operation_id if route else None,
        status=status,
        valid=valid,
    )


def _json(body: bytes, content_type: str) -> Any:
    if not body or not content_type.lower().startswith("application/json"):
        return None
    try:
        return json.loads(body)
    except ValueError:
        return None


def _form(body: bytes, content_type: str) -> tuple[dict[str, str], dict[str, Upload]]:
    """The fields and files of a multipart form (werkzeug's parser)."""
    if not content_type.lower().startswith("multipart/form-data"):
        return {}, {}
    environ = {
        "REQUEST_METHOD": "POST",
        "CONTENT_TYPE": content_type,
        "CONTENT_LENGTH": str(len(body)),
        "wsgi.input": io.BytesIO(body),
    }
    _, fields, uploads = parse_form_data(environ)
    files = {name: Upload(part.read(), part.filename, part.mimetype or None) for name, part in uploads.items()}
    return dict(fields.items()), files


def _json_reply(status: int, payload: Any) -> Reply:
    return Reply(status, json.dumps(payload).encode("utf-8"), "application/json")


def _fault_reply(fault: Fault) -> Reply:
    body = fault.body
    if body is None:
        code = _DEFAULT_FAULT_CODES.get(fault.status, "MOCK_INJECTED_FAULT")
        body = {"error": {"code": code, "message": f"Injected by MockServer.fail_next({fault.status})."}}
        if fault.status == 429:
            body["error"]["details"] = {"retry_after_seconds": 0}
    headers = {"Retry-After": "0"} if fault.status == 429 else {}
    headers.update(fault.headers)
    if isinstance(body, bytes | str):
        raw = body.encode("utf-8") if isinstance(body, str) else body
        return Reply(fault.status, raw, headers.pop("Content-Type", "text/plain; charset=utf-8"), headers)
    reply = _json_reply(fault.status, body)
    reply.headers = headers
    return reply


def _success(operation: Mapping[str, Any]) -> tuple[int, tuple[str, Mapping[str, Any]] | None]:
    """The operation's success status and its first media type (None for a body-less answer)."""
    code = min(int(status) for status in operation["responses"] if status.isdigit() and status.startswith("2"))
    content = operation["responses"][str(code)].get("content") or {}
    return code, next(iter(content.items()), None)


def _text_example(operation_id: str, media_type: str) -> str:
    if media_type == "text/csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["video_id", "account", "platform", "country", "published_at", "views", "likes"])
        writer.writerow(
            [str(uuid.uuid5(uuid.NAMESPACE_URL, "csv/1")), "demo_account", "tiktok", "USA", EXAMPLE_TIME, 1200, 87]
        )
        writer.writerow(
            [str(uuid.uuid5(uuid.NAMESPACE_URL, "csv/2")), "demo_account", "tiktok", "USA", EXAMPLE_TIME, 640, 41]
        )
        return out.getvalue()
    if media_type == "text/html":
        return (
            "<!doctype html>\n<html><head><meta charset='utf-8'><title>Analytics report</title></head>"
            f"<body><h1>Analytics report</h1><p>{operation_id}: mock data.</p></body></html>\n"
        )
    return f"{operation_id}: mock data\n"
