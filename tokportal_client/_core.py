"""The request core: everything about a request and its attempts that does not wait on the network.

Every path goes through it, on both clients: an API call (:func:`api_request`), a streamed multipart upload
(the same, with a streamed body), the storage ``PUT`` of a presigned upload (:func:`storage_request`) and an
export written to ``save_to=``. Decisions and where they are made:

* **the request**, built once (:func:`api_request`, :func:`storage_request`): every attempt sends the same
  bytes, headers and ``Idempotency-Key``; a storage ``PUT`` carries none of the client's headers;
* **the deadline** of one attempt (:func:`attempt_seconds`): a number ``timeout`` bounds connect, request
  body, response headers and response body together. The async driver enforces it with ``asyncio.timeout``;
  the sync one sets :data:`_DEADLINE` and the network streams of the client's pool (wrapped once by
  :func:`bind_deadline`) cut every read, write and connect at it;
* **the outcome** of an attempt, its log line and the retry (:class:`Exchange`): success, or an error and
  the wait before the next attempt (the client's :class:`~tokportal_client.RetryPolicy` on the operation's
  registry record), or the error raised; the attempt's ``elapsed_ms`` starts after the rate-limit wait on
  both clients;
* **the parse** of a successful response (:func:`parse_result`, :func:`full_result`).

The drivers (:func:`send_sync`, :func:`send_async`) only move bytes and sleep.
"""

from __future__ import annotations

import asyncio
import contextvars
import difflib
import json as json_module
import logging
import ssl
import time
import uuid
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any, TypeVar

import httpcore
import httpx

from ._logging import log_attempt
from ._models_runtime import ModelValidationError, merge_extra_body
from ._redact import host_only, scrub_query, scrub_url
from ._runtime import OPTION_NAMES, APIResponse, Operation, Parsed, RequestOptions, RequestSpec, ad_hoc_operation
from ._settings import DEFAULT_MAX_RESPONSE_BYTES, Settings, Timeout, check_header, check_header_text
from ._upload_body import StreamingBody
from .errors import (
    APIResponseValidationError,
    RateLimit,
    ResponseTooLargeError,
    TokPortalError,
    error_for_response,
    error_for_transport,
)
from .ratelimit import RateLimiter
from .retry import RetryPolicy, describe

T = TypeVar("T")
R = TypeVar("R")
Parser = Callable[[httpx.Response, bool], Parsed[T]]
logger = logging.getLogger("tokportal_client")

TOO_SLOW = "the response did not arrive within the timeout"
STORAGE_PUT = ad_hoc_operation("PUT", "/<signed upload URL>")
"""The storage ``PUT``'s record: the same bytes PUT again leave the same object, so it is replay-safe."""
_RAW_METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE"})


# -- the request, built once ----------------------------------------------------------------------------------


def check_options(options: Mapping[str, Any]) -> None:
    """A misspelled per-call keyword is an error, not silently dropped."""
    for name in options:
        if name not in OPTION_NAMES:
            close = difflib.get_close_matches(name, OPTION_NAMES, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise TypeError(f"unexpected keyword argument {name!r}{hint}")


def _check_idempotency_key(key: object) -> str:
    if not isinstance(key, str) or not key or len(key) > 255 or not key.isascii() or not key.isprintable():
        raise ValueError("idempotency_key: expected 1 to 255 printable ASCII characters")
    return key


MAX_QUERY_CHARS = 8192
"""The longest query string sent (before percent-encoding); common proxies and servers refuse longer URLs."""


def query_pairs(values: Mapping[str, object], field: str) -> list[tuple[str, str | int]]:
    """Query parameters given as a mapping: lists repeat the name, booleans are true/false."""
    if not isinstance(values, Mapping):
        raise TypeError(f"{field}: expected a mapping, got {type(values).__name__}")
    pairs: list[tuple[str, str | int]] = []
    for name, value in values.items():
        for item in value if isinstance(value, list | tuple) else [value]:
            if isinstance(item, bool):
                item = "true" if item else "false"
            if not isinstance(name, str) or not isinstance(item, str | int):
                raise TypeError(f"{field}[{name!r}]: expected a string, integer, boolean or a list of them")
            pairs.append((name, item))
    return pairs


def _check_query_size(pairs: Iterable[tuple[str, Any]]) -> None:
    """Refuse, before sending, a query string longer than :data:`MAX_QUERY_CHARS` (httpx would raise a bare
    ``InvalidURL`` past 64 KiB, and proxies refuse far less); the longest parameter is named."""
    sizes = [(len(str(name)) + len(str(value)) + 2, str(name)) for name, value in pairs]
    total = sum(size for size, _ in sizes)
    if total > MAX_QUERY_CHARS:
        longest = max(sizes)[1]
        raise ValueError(
            f"{longest}: the query string would be about {total} characters, over {MAX_QUERY_CHARS}; "
            "send fewer or shorter values (several calls, or a body where the operation takes one)"
        )


def ad_hoc(method: str, path: str, params: Mapping[str, object] | None, json: object) -> tuple[Operation, RequestSpec]:
    """The operation and request of ``raw_request``, checked like a generated one's."""
    if not isinstance(method, str) or method.upper() not in _RAW_METHODS:
        raise ValueError(f"method: expected one of {', '.join(sorted(_RAW_METHODS))}, got {method!r}")
    if not isinstance(path, str) or not path.startswith("/") or "?" in path or "#" in path:
        raise ValueError(f"path: expected a path relative to the base URL such as '/account-bans', got {path!r}")
    segments = path.split("/")
    if any(segment in (".", "..") for segment in segments) or not all(
        s.isascii() and s.isprintable() for s in segments
    ):
        raise ValueError(f"path: {path!r} must be printable ASCII without '.' or '..' segments")
    if "\\" in path or "%2e" in path.lower() or "%2f" in path.lower() or "%5c" in path.lower():
        # a proxy or server that decodes them would climb out of the API with the key attached
        raise ValueError(f"path: {path!r} must not hold backslashes or encoded '.', '/' or '\\' (%2e, %2f, %5c)")
    pairs = query_pairs(params or {}, "params")
    return ad_hoc_operation(method, path), RequestSpec(path, params=tuple(pairs), json=json)


def _timeout_extension(timeout: Timeout) -> dict[str, Any]:
    return {"timeout": httpx.Timeout(timeout).as_dict()}


def api_request(
    settings: Settings,
    http: httpx.Client | httpx.AsyncClient,
    operation: Operation,
    spec: RequestSpec,
    options: RequestOptions,
) -> httpx.Request:
    """The request to TokPortal, built once so every attempt sends the same bytes and the same idempotency key
    (through ``http``'s ``build_request``: an ``http_client`` of yours adds its own headers and cookies)."""
    check_options(options)
    headers = settings.headers
    for name, value in options.get("extra_headers", {}).items():
        check_header(name, value, "extra_headers")
        headers[name] = value
    if operation.requires_auth:
        headers["X-API-Key"] = settings.api_key
    key = options.get("idempotency_key")
    if operation.takes_idempotency_key:
        headers["Idempotency-Key"] = _check_idempotency_key(key) if key is not None else str(uuid.uuid4())
    elif key is not None:
        reason = (
            "returns a secret, so TokPortal refuses idempotency keys on it"
            if operation.sensitive
            else "is a read and takes no idempotency key"
        )
        raise ValueError(f"idempotency_key: {operation.operation_id} {reason}")
    if options.get("dry_run", settings.dry_run):
        headers["X-TokPortal-Dry-Run"] = "true"
    if "request_id" in options:
        headers["X-Request-ID"] = check_header_text(options["request_id"], "request_id")
    params = list(spec.params)
    if "extra_query" in options:
        params += query_pairs(options["extra_query"], "extra_query")
    _check_query_size(params)
    json_body = spec.json
    if "extra_body" in options:
        if operation.body != "json" or (json_body is not None and not isinstance(json_body, dict)):
            raise TypeError(f"extra_body: {operation.operation_id} does not send a JSON object")
        json_body = merge_extra_body(json_body, options["extra_body"])
    content: Any = None
    if spec.content is not None:  # a streamed upload: its own Content-Type and Content-Length
        headers.update(spec.content.headers)
        content = spec.content.async_stream() if isinstance(http, httpx.AsyncClient) else spec.content.sync_stream()
    return http.build_request(
        operation.method,
        settings.base_url + spec.path,
        params=tuple(params) or None,
        json=json_body,
        content=content,
        headers=headers,
        timeout=options.get("timeout", settings.timeout),
    )


def storage_request(url: httpx.URL, body: StreamingBody, timeout: Timeout, *, is_async: bool) -> httpx.Request:
    """The storage ``PUT`` to a signed URL, built once: only the body's own headers, nothing of the client's."""
    content = body.async_stream() if is_async else body.sync_stream()
    return httpx.Request("PUT", url, headers=body.headers, content=content, extensions=_timeout_extension(timeout))


# -- the deadline of one attempt ------------------------------------------------------------------------------


def attempt_seconds(timeout: Timeout) -> float | None:
    """Seconds one attempt may take as a whole: a number given as ``timeout``. (An ``httpx.Timeout`` keeps
    httpx's own meaning: limits per connect, read, write and pool wait.)"""
    return float(timeout) if isinstance(timeout, int | float) and not isinstance(timeout, bool) else None


_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("tokportal_deadline", default=None)
"""The ``time.monotonic()`` by which the sync attempt running in this thread must be over."""
_STORAGE_SEND: contextvars.ContextVar[bool] = contextvars.ContextVar("tokportal_storage_send", default=False)
"""True while a storage ``PUT`` is on the wire: httpx's own log line then shows its host only."""


class _HttpxLogScrubber(logging.Filter):
    """On the ``httpx`` logger (which logs every request's URL at INFO): a signed upload URL is shown by its host
    only, and in any other URL the values of secret query parameters are redacted. Never drops a record."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and any(isinstance(arg, httpx.URL) for arg in record.args):
            storage = _STORAGE_SEND.get()
            record.args = tuple(
                (host_only(arg) if storage else scrub_query(arg)) if isinstance(arg, httpx.URL) else arg
                for arg in record.args
            )
        return True


_HTTPX_LOG_SCRUBBER = _HttpxLogScrubber()
logging.getLogger("httpx").addFilter(_HTTPX_LOG_SCRUBBER)


def _left(timeout: float | None, error: type[Exception]) -> float | None:
    """``timeout`` shortened to what is left of the attempt's deadline; ``error`` once nothing is left."""
    deadline = _DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise error(TOO_SLOW)
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A connection whose every read, write and TLS handshake ends at the running attempt's deadline."""

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        tls = self._stream.start_tls(ssl_context, server_hostname, _left(timeout, httpcore.ConnectTimeout))
        return _DeadlineStream(tls)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    """The network backend of a sync client's pool, opening :class:`_DeadlineStream` connections."""

    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._backend.connect_tcp(
            host, port, _left(timeout, httpcore.ConnectTimeout), local_address, socket_options
        )
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        stream = self._backend.connect_unix_socket(path, _left(timeout, httpcore.ConnectTimeout), socket_options)
        return _DeadlineStream(stream)

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def bind_deadline(http: httpx.Client) -> None:
    """Let the attempts' deadline reach the connections of ``http``'s own transports (httpx's per-read timeout
    alone lets a server trickling bytes hold an attempt for ever). Idempotent; a custom transport is left as is."""
    for transport in (http._transport, *http._mounts.values()):  # no public way to the pool
        pool = getattr(transport, "_pool", None) if isinstance(transport, httpx.HTTPTransport) else None
        backend = getattr(pool, "_network_backend", None)
        if backend is not None and not isinstance(backend, _DeadlineBackend):
            pool._network_backend = _DeadlineBackend(backend)  # type: ignore[union-attr]


# -- one call's attempts ----------------------------------------------------------------------------------------


class Exchange:
    """One call: its request (built once), its attempts, and what each attempt's outcome means.

    A driver calls :meth:`begin` when an attempt may start (after the rate-limit wait), then :meth:`answered`
    or :meth:`failed`; after a failure, :meth:`retry_delay` says how long to sleep or raises the error.
    """

    __slots__ = (
        "_started",
        "attempt",
        "body",
        "error",
        "limiter",
        "max_bytes",
        "operation",
        "policy",
        "request",
        "seconds",
        "storage",
    )

    def __init__(
        self,
        request: httpx.Request,
        operation: Operation,
        *,
        policy: RetryPolicy,
        timeout: Timeout,
        limiter: RateLimiter | None,
        storage: bool = False,
        body: StreamingBody | None = None,
        max_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        self.request = request
        self.max_bytes = max_bytes
        """The largest decoded body read into memory (:func:`read_bounded`)."""
        self.body = body
        """A streamed body, closed by the driver once the call is over (success, error or cancellation)."""
        self.operation = operation
        self.policy = policy
        self.seconds = attempt_seconds(timeout)
        self.limiter = limiter
        """TokPortal's rate limit; None for a foreign host."""
        self.storage = storage
        """A request to a foreign host (the storage ``PUT``): logged by host only, errors scrubbed of the URL."""
        self.attempt = 0
        """Retries so far (0 on the first attempt)."""
        self.error: TokPortalError | None = None
        self._started = 0.0

    @property
    def auth(self) -> Any:
        """``auth=`` for ``httpx.Client.send``: the client's own for TokPortal, none for a foreign host."""
        return None if self.storage else httpx.USE_CLIENT_DEFAULT

    def begin(self, spent: float = 0.0) -> float | None:
        """An attempt starts now: its clock (``elapsed_ms``) runs, and the seconds it may take are returned (None:
        no bound): its timeout less ``spent``, the seconds a shared rate limiter's I/O took for this attempt."""
        self._started = time.perf_counter()
        return None if self.seconds is None else max(0.0, self.seconds - spent)

    def _log(self, response: httpx.Response | None, error: BaseException | None) -> None:
        elapsed_ms = (time.perf_counter() - self._started) * 1000
        log_attempt(
            self.request,
            response,
            error=error,
            elapsed_ms=elapsed_ms,
            attempt=self.attempt + 1,
            host_only=self.storage,
            sensitive=self.operation.sensitive,
        )

    def answered(self, response: httpx.Response) -> bool:
        """The attempt got a response (its body read unless a successful download): True on success."""
        if self.limiter is not None:
            self.limiter.observe(response.status_code, response.headers)
        self._log(response, None)
        if response.is_success:
            return True
        self.error = error_for_response(response)
        return False

    def failed(self, exc: httpx.RequestError) -> None:
        """The attempt got no usable response (transport failure, timeout, undecodable body)."""
        if self.limiter is not None:
            self.limiter.observe(None)
        self._log(None, exc)
        self.error = self.transport_error(exc)

    def transport_error(self, exc: httpx.RequestError) -> TokPortalError:
        error = error_for_transport(exc, self.request)
        if self.storage:  # the message and the URL must not carry the signed URL
            url = self.request.url
            reason = scrub_url(str(exc), url) or type(exc).__name__
            error.args = (f"PUT to {url.host}: {type(exc).__name__}: {reason}",)
            error.url = host_only(url)
            error.request = None
        return error

    def retry_delay(self) -> float:
        """Seconds to wait before the next attempt; raises the last error when there is none."""
        error = self.error
        assert error is not None
        delay = self.policy.delay(error, self.attempt, self.operation)
        if delay is None:
            raise error
        host = self.request.url.host
        where = f"to storage at {host}" if self.storage else self.request.url.path
        request_id = getattr(error, "request_id", None)
        logger.info(
            "retrying %s %s: attempt %d of %d after %s, waiting %.2fs (request id %s)",
            self.request.method,
            where,
            self.attempt + 2,
            self.policy.max_retries + 1,
            describe(error),
            delay,
            request_id,
            extra={
                "method": self.request.method,
                **({"host": host} if self.storage else {"path": where}),
                "attempt": self.attempt + 2,
                "reason": describe(error),
                "delay": delay,
                "request_id": request_id,
            },
        )
        self.attempt += 1
        return delay


# -- the drivers: they move bytes and sleep -----------------------------------------------------------------


def send_sync(
    http: httpx.Client, exchange: Exchange, consume: Callable[[httpx.Response], R] | None = None
) -> tuple[httpx.Response, R | None]:
    """Run ``exchange``'s attempts on ``http``: the successful response, read (or, with ``consume``, handed to
    it within the same deadline, then closed), with what ``consume`` returned."""
    storage = _STORAGE_SEND.set(exchange.storage)
    try:
        return _sync_attempts(http, exchange, consume)
    finally:
        _STORAGE_SEND.reset(storage)
        if exchange.body is not None:
            exchange.body.close()


def _sync_attempts(
    http: httpx.Client, exchange: Exchange, consume: Callable[[httpx.Response], R] | None
) -> tuple[httpx.Response, R | None]:
    while True:
        spent = 0.0
        if exchange.limiter is not None:  # waits while the key's rate limit is spent
            asked = time.monotonic()
            delay = exchange.limiter.reserve(exchange.seconds)
            spent = time.monotonic() - asked  # a shared limiter's I/O counts against the attempt's timeout
            exchange.limiter.wait(delay)
        seconds = exchange.begin(spent)
        token = _DEADLINE.set(None if seconds is None else time.monotonic() + seconds)
        try:
            try:
                response = http.send(exchange.request, stream=True, auth=exchange.auth, follow_redirects=False)
                if consume is None or not response.is_success:
                    try:
                        read_bounded(response, exchange)
                    finally:
                        response.close()
            except httpx.RequestError as exc:
                exchange.failed(exc)
            else:
                if exchange.answered(response):
                    if consume is None:
                        return response, None
                    try:
                        return response, consume(response)
                    except httpx.RequestError as exc:
                        raise exchange.transport_error(exc) from None
                    finally:
                        response.close()
        finally:
            _DEADLINE.reset(token)
        time.sleep(exchange.retry_delay())


async def send_async(
    http: httpx.AsyncClient,
    exchange: Exchange,
    gate: asyncio.Semaphore | None,
    consume: Callable[[httpx.Response], Awaitable[R]] | None = None,
) -> tuple[httpx.Response, R | None]:
    """The async :func:`send_sync`, each attempt holding a place of ``gate`` while it is on the wire."""
    storage = _STORAGE_SEND.set(exchange.storage)
    try:
        return await _async_attempts(http, exchange, gate, consume)
    finally:
        _STORAGE_SEND.reset(storage)
        if exchange.body is not None:
            exchange.body.close()


async def _async_attempts(
    http: httpx.AsyncClient,
    exchange: Exchange,
    gate: asyncio.Semaphore | None,
    consume: Callable[[httpx.Response], Awaitable[R]] | None,
) -> tuple[httpx.Response, R | None]:
    while True:
        async with gate or _NO_GATE:
            spent = 0.0
            if exchange.limiter is not None:  # waits while the key's rate limit is spent
                asked = time.monotonic()
                delay = await exchange.limiter.areserve(exchange.seconds)
                spent = time.monotonic() - asked  # a shared limiter's I/O counts against the attempt's timeout
                await exchange.limiter.await_slot(delay)
            seconds = exchange.begin(spent)
            consuming = False
            try:
                async with asyncio.timeout(seconds):
                    response = await _attempt(http, exchange, consume is not None)
                    if exchange.answered(response):
                        if consume is None:
                            return response, None
                        consuming = True
                        try:
                            return response, await consume(response)
                        finally:
                            await response.aclose()
            except (TimeoutError, httpx.RequestError) as exc:
                failure = (
                    exc
                    if isinstance(exc, httpx.RequestError)
                    else httpx.ReadTimeout(TOO_SLOW, request=exchange.request)
                )
                if consuming:  # part of the body was written already: not retried
                    raise exchange.transport_error(failure) from None
                exchange.failed(failure)
        await asyncio.sleep(exchange.retry_delay())


class _NoGate:
    async def __aenter__(self) -> None:
        return None

    async def __aexit__(self, *exc_info: object) -> None:
        return None


_NO_GATE = _NoGate()


async def _attempt(http: httpx.AsyncClient, exchange: Exchange, stream: bool) -> httpx.Response:
    response = await http.send(exchange.request, stream=True, auth=exchange.auth, follow_redirects=False)
    if not stream or not response.is_success:
        try:
            await aread_bounded(response, exchange)
        finally:
            await response.aclose()
    return response


def _too_large(response: httpx.Response, exchange: Exchange) -> ResponseTooLargeError:
    request = exchange.request
    url = host_only(request.url) if exchange.storage else str(request.url.copy_with(query=None))
    error = ResponseTooLargeError(
        method=request.method, url=url, status_code=response.status_code, limit=exchange.max_bytes
    )
    if exchange.limiter is not None:  # the attempt is over: the limiter learns what the headers said
        exchange.limiter.observe(response.status_code, response.headers)
    exchange._log(None, error)
    return error


def read_bounded(response: httpx.Response, exchange: Exchange) -> None:
    """``response.read()``, counting the DECODED bytes: past ``exchange.max_bytes`` reading stops and
    :class:`ResponseTooLargeError` is raised (not an ``httpx`` error, so never retried)."""
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > exchange.max_bytes:
            raise _too_large(response, exchange)
        chunks.append(chunk)
    response._content = b"".join(chunks)


async def aread_bounded(response: httpx.Response, exchange: Exchange) -> None:
    """The async :func:`read_bounded`."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > exchange.max_bytes:
            raise _too_large(response, exchange)
        chunks.append(chunk)
    response._content = b"".join(chunks)


# -- the parse ------------------------------------------------------------------------------------------------


def parse_result(response: httpx.Response, parse: Parser[T], strict: bool, reported: set[tuple[str, str]]) -> T:
    """The result of a successful response, carrying its request id. Lenient, values that do not fit the contract
    are kept as received and each model and field is reported once per client (``reported``); strict, they
    raise :class:`~tokportal_client.APIResponseValidationError` with the body as received."""
    request_id = response.headers.get("X-TokPortal-Request-ID")
    envelope = _error_envelope(response)
    if envelope is not None:  # strict or lenient: data=None would pass for a success
        raise APIResponseValidationError(
            f"{response.request.method} {response.request.url.path} answered {response.status_code} with an error "
            f"envelope instead of a result: {envelope}",
            response,
        )
    try:
        result, issues = parse(response, strict)
    except (ModelValidationError, ValueError, TypeError, KeyError, AttributeError, RecursionError) as error:
        raise APIResponseValidationError(
            f"{response.request.method} {response.request.url.path} answered {response.status_code} with a body "
            f"that does not match the API contract: {error}",
            response,
        ) from None
    for issue in issues:
        if (issue.model, issue.field) not in reported:
            reported.add((issue.model, issue.field))
            logger.warning(
                "%s %s: kept a value that does not fit the API contract: %s (request id %s)",
                response.request.method,
                response.request.url.path,
                issue,
                request_id,
                extra={"model": issue.model, "field": issue.field, "request_id": request_id},
            )
    if hasattr(result, "request_id"):
        result.request_id = request_id
    return result


_ENVELOPE_MAX_BYTES = 65_536


def _error_envelope(response: httpx.Response) -> str | None:
    """The error code when a 2xx body is TokPortal's error envelope (``{"error": {"code": ...}}`` and no
    ``data``), else None. Only small JSON objects are looked at: an envelope is a few hundred bytes."""
    content = response.content
    if len(content) > _ENVELOPE_MAX_BYTES or b'"error"' not in content or not content.lstrip().startswith(b"{"):
        return None
    try:
        body = json_module.loads(content)
    except (ValueError, RecursionError):
        return None
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict) or not isinstance(error.get("code"), str) or body.get("data") is not None:
        return None
    return str(error["code"])


def full_result(
    response: httpx.Response, parse: Parser[T], strict: bool, reported: set[tuple[str, str]], retries: int
) -> APIResponse[T]:
    """The :class:`APIResponse` of a successful response (the raw call mode)."""
    return APIResponse(
        parsed=parse_result(response, parse, strict, reported),
        status_code=response.status_code,
        headers=response.headers,
        request_id=response.headers.get("X-TokPortal-Request-ID"),
        rate_limit=RateLimit.from_headers(response.headers),
        retries=retries,
    )


def decoded(response: httpx.Response, strict: bool) -> Parsed[Any]:
    """A response of an operation the contract does not describe: its JSON, its text, or None when empty."""
    if not response.content:
        return None, []
    try:
        return response.json(), []
    except ValueError:
        return response.text, []
