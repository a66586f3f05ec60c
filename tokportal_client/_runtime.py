"""The hand-written runtime of the generated layer: the only module ``tokportal_client._generated`` imports.

What is here, top to bottom:

* the records of the operation registry (:class:`Operation`, :class:`Parameter`) and the frozen description of
  one request that a generated ``build_request`` returns (:class:`RequestSpec`);
* the per-call options every method takes (:class:`RequestOptions`, :class:`WriteOptions`) and the full
  response type (:class:`APIResponse`);
* the base classes of the generated resources and the raw-response wrappers built on them;
* the checks that turn a wrong request value into a clear ``TypeError``/``ValueError`` before anything is sent,
  and the ones that turn wrong response data into :class:`ModelValidationError`.
"""

from __future__ import annotations

import copy
from collections.abc import Awaitable, Callable, Mapping, Sequence
from enum import Enum
from typing import Any, Generic, Literal, ParamSpec, Protocol, Self, TypedDict, TypeVar
from urllib.parse import quote

import attrs
import httpx

from ._download import SaveTarget
from ._models_runtime import (
    UNSET,
    Issue,
    ModelValidationError,
    Unset,
    check,
    check_rules,
    coerce_body,
    known_enum,
    merge_extra_body,
    parse,
)
from ._upload_body import ProgressCallback, StreamingBody, form_file, multipart_body
from ._upload_source import FileInput, UploadSource
from .errors import RateLimit
from .pagination import AsyncPager, SyncPager

T = TypeVar("T")
V = TypeVar("V")
P = ParamSpec("P")

# -- the registry's records ------------------------------------------------------------------------------------

Idempotency = Literal["standard", "reject-sensitive-response", "not-applicable"]
REPLAY_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


@attrs.frozen
class Parameter:
    """One path or query parameter of an operation."""

    name: str
    """As the API spells it."""
    python_name: str
    location: Literal["path", "query"]
    required: bool
    type: str
    """The Python type a caller passes, as text (``"str"``, ``"int"``, ``"BundleStatus"``, ``"list[str]"``)."""
    rules: Mapping[str, Any] = attrs.field(factory=dict, hash=False)
    """The contract's constraints on the value (``{"minimum": 1, "maximum": 100}``), checked before sending."""


@attrs.frozen
class Operation:
    """Everything the runtime knows about one API operation: one record of the generated registry."""

    operation_id: str
    name: str
    """The method name: ``client.<tag>.<name>(...)``."""
    tag: str
    """The resource attribute: ``client.<tag>``."""
    method: str
    path: str
    summary: str = ""
    parameters: tuple[Parameter, ...] = ()
    body: Literal["json", "multipart"] | None = None
    body_types: tuple[str, ...] = ()
    """Model names a JSON body may be (a multipart form lists its model)."""
    result: str = "None"
    """The type the method returns: a model name, ``"TextResult"`` (a ``str``) for text, ``"None"`` for no content."""
    success_status: int = 200
    error_statuses: tuple[int, ...] = ()
    idempotency: Idempotency = "not-applicable"
    requires_auth: bool = True
    page_item: str | None = None
    """For a paginated list: the item type, and the resource has an ``iter_*`` method."""

    @property
    def sensitive(self) -> bool:
        """The response carries a secret, so TokPortal refuses an ``Idempotency-Key`` and the call is never replayed."""
        return self.idempotency == "reject-sensitive-response"

    @property
    def takes_idempotency_key(self) -> bool:
        """The client sends an ``Idempotency-Key`` (the caller's or a generated one) on every attempt."""
        return self.idempotency == "standard"

    @property
    def replay_safe(self) -> bool:
        """Sending it twice has the effect of sending it once: a read, or a write carrying an idempotency key."""
        return self.method in REPLAY_SAFE_METHODS or self.takes_idempotency_key

    @property
    def iter_name(self) -> str | None:
        """The name of the pager method (``iter_bundles`` for ``list_bundles``), for paginated lists."""
        if self.page_item is None:
            return None
        return "iter_" + (self.name[5:] if self.name.startswith("list_") else self.name)


def ad_hoc_operation(method: str, path: str) -> Operation:
    """An operation the contract does not list (``client.raw_request``): a write is sent with an idempotency key."""
    method = method.upper()
    return Operation(
        operation_id=f"{method} {path}",
        name="raw_request",
        tag="",
        method=method,
        path=path,
        body="json",
        idempotency="not-applicable" if method in REPLAY_SAFE_METHODS else "standard",
    )


@attrs.frozen
class RequestSpec:
    """One validated request as a generated ``build_request`` describes it; the client adds headers and sends it."""

    path: str
    """Percent-encoded, relative to the base URL."""
    params: tuple[tuple[str, str | int], ...] = ()
    json: Any = None
    content: StreamingBody | None = None
    """A multipart upload, streamed from its files (and re-read from the start on a retry)."""


class TextResult(str):
    """The text of a CSV or HTML export: a ``str``, plus the ``request_id`` of the response it came from."""

    request_id: str | None = None


Parsed = tuple[T, list[Issue]]
"""What a generated ``parse_response`` returns: the result, and the values it kept that do not fit the contract."""


# -- per-call options and the full response --------------------------------------------------------------------


class RequestOptions(TypedDict, total=False):
    """Per-call options every operation takes as keywords."""

    dry_run: bool
    """Send ``X-TokPortal-Dry-Run: true``: TokPortal validates and prices the call, creating and charging nothing."""
    timeout: float | httpx.Timeout | None
    """Overrides the client's timeout for this call."""
    extra_headers: Mapping[str, str]
    """More headers to send (cannot replace the headers the client sets itself)."""
    request_id: str
    """Sent as ``X-Request-ID``; TokPortal echoes it as the request id of the response."""
    extra_query: Mapping[str, str | int | bool | Sequence[str | int]]
    """Query parameters newer than the contract, sent as given (after the documented ones)."""
    extra_body: Mapping[str, Any]
    """JSON fields newer than the contract, merged into the validated body (they win over documented ones)."""


class WriteOptions(RequestOptions, total=False):
    """Per-call options of operations that change something (all but the six that return a secret)."""

    idempotency_key: str
    """Your own ``Idempotency-Key`` (max 255 characters); by default the client generates one per call."""


OPTION_NAMES = frozenset(WriteOptions.__annotations__)


@attrs.frozen
class APIResponse(Generic[T]):
    """A call's full result: the parsed body plus what the HTTP response said about it."""

    parsed: T
    status_code: int
    headers: httpx.Headers = attrs.field(repr=False)
    request_id: str | None
    rate_limit: RateLimit | None
    retries: int
    """How many times the call was retried before this response."""

    @property
    def idempotent_replayed(self) -> bool:
        """True when TokPortal answered from a completed request with the same ``Idempotency-Key``."""
        return str(self.headers.get("Idempotent-Replayed", "")).lower() == "true"

    @property
    def api_version(self) -> str | None:
        """The contract version TokPortal served (``X-TokPortal-API-Version``)."""
        version = self.headers.get("X-TokPortal-API-Version")
        return str(version) if version is not None else None


# -- resources ---------------------------------------------------------------------------------------------------


Parser = Callable[[httpx.Response, bool], Parsed[T]]
"""A generated ``parse_response``: the response and whether validation is strict, to the result and its issues."""


class Transport(Protocol):
    """What a sync resource needs of its client (:class:`~tokportal_client.TokPortal` is one): the resources
    and the uploads overlay call these, never the client's connections."""

    def request(
        self, operation: Operation, spec: RequestSpec, parse: Parser[T], options: RequestOptions, *, raw: bool = False
    ) -> T:
        """Send one operation; its parsed result, or with ``raw`` (the raw-response call mode) its
        :class:`APIResponse`."""

    def download(self, operation: Operation, spec: RequestSpec, save_to: SaveTarget, options: RequestOptions) -> int:
        """Send one operation and write its successful body to ``save_to``; the bytes written."""

    def storage_put(self, url: httpx.URL, body: StreamingBody, options: RequestOptions) -> None:
        """``PUT`` ``body`` to a foreign host (a signed upload URL), with none of the client's headers."""


class AsyncTransport(Protocol):
    """What an async resource needs of its client (:class:`~tokportal_client.AsyncTokPortal` is one)."""

    async def request(
        self, operation: Operation, spec: RequestSpec, parse: Parser[T], options: RequestOptions, *, raw: bool = False
    ) -> T:
        """As :meth:`Transport.request`."""

    async def download(
        self, operation: Operation, spec: RequestSpec, save_to: SaveTarget, options: RequestOptions
    ) -> int:
        """As :meth:`Transport.download`."""

    async def storage_put(self, url: httpx.URL, body: StreamingBody, options: RequestOptions) -> None:
        """As :meth:`Transport.storage_put`."""


class SyncAPIResource:
    """Base of the generated sync resources (``client.<tag>``)."""

    _raw = False
    """The call mode: False, methods return the parsed result; True, the full :class:`APIResponse`."""

    def __init__(self, client: Transport) -> None:
        self._client = client

    def _raw_mode(self) -> Self:
        """The same resource in the raw-response call mode (what ``client.with_raw_response.<tag>`` wraps)."""
        raw = copy.copy(self)
        raw._raw = True
        return raw


class AsyncAPIResource:
    """Base of the generated async resources."""

    _raw = False
    """The call mode: False, methods return the parsed result; True, the full :class:`APIResponse`."""

    def __init__(self, client: AsyncTransport) -> None:
        self._client = client

    def _raw_mode(self) -> Self:
        """The same resource in the raw-response call mode."""
        raw = copy.copy(self)
        raw._raw = True
        return raw


def to_raw_response(method: Callable[P, T]) -> Callable[P, APIResponse[T]]:
    """The type of a method of a resource in the raw-response call mode (:meth:`SyncAPIResource._raw_mode`):
    it returns the :class:`APIResponse` instead of the parsed body."""
    return method  # type: ignore[return-value]  # the call mode makes it so


def async_to_raw_response(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[APIResponse[T]]]:
    """Like :func:`to_raw_response`, for the async client."""
    return method  # type: ignore[return-value]  # the call mode makes it so


# -- request values: refused before sending --------------------------------------------------------------------


def check_param(value: V, expected: type, field: str, rules: Mapping[str, Any] | None = None) -> V:
    """Type-check a path, query or form parameter before anything is sent, then check the contract's rules."""
    try:
        checked = check(value, expected, "parameter", field)
    except ModelValidationError as error:
        raise TypeError(f"{field}: {error.problem}") from None
    if rules:
        check_rules(checked, rules, field)
    return checked


def parameter_rules(operation: Operation) -> dict[str, Mapping[str, Any]]:
    """The rules of each parameter of ``operation`` that has some, by the name the API spells it."""
    return {p.name: p.rules for p in operation.parameters if p.rules}


def check_list(value: object, field: str) -> list[Any] | tuple[Any, ...]:
    """A repeatable query parameter must be a list or tuple (a bare string would be split into letters)."""
    if not isinstance(value, list | tuple):
        raise TypeError(f"{field}: expected a list of values, got {type(value).__name__}")
    return value


def path_segment(
    value: object, field: str, expected: type[str] | type[int] = str, rules: Mapping[str, Any] | None = None
) -> str:
    """Percent-encode a path parameter so it always stays inside its own path segment.

    Only the parameter's own type is accepted: ``None``, ``UNSET``, bytes, floats and lists are refused rather
    than sent as ``None`` or ``b'...'``. ``.`` and ``..`` are refused too: servers and proxies that follow the
    WHATWG URL rules resolve them (even percent-encoded) as relative segments.
    """
    if isinstance(value, Unset):
        raise TypeError(f"{field}: a value is required")
    text = str(check_param(value, expected, field, rules))
    if not text:
        raise ValueError(f"{field}: must not be empty")
    if text in (".", ".."):
        raise ValueError(f"{field}: {text!r} is not a valid id")
    return quote(text, safe="")


def form_value(value: object) -> str:
    """Encode a form field the way the API expects (booleans as true/false)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)


__all__ = [
    "UNSET",
    "APIResponse",
    "AsyncAPIResource",
    "AsyncPager",
    "AsyncTransport",
    "FileInput",
    "ModelValidationError",
    "Operation",
    "Parameter",
    "Parsed",
    "ProgressCallback",
    "RequestOptions",
    "RequestSpec",
    "SaveTarget",
    "SyncAPIResource",
    "SyncPager",
    "TextResult",
    "Transport",
    "Unset",
    "UploadSource",
    "WriteOptions",
    "check",
    "check_list",
    "check_param",
    "check_rules",
    "coerce_body",
    "form_file",
    "known_enum",
    "merge_extra_body",
    "multipart_body",
    "parameter_rules",
    "parse",
    "path_segment",
]
