"""The clients: :class:`TokPortal` (sync) and :class:`AsyncTokPortal` (async).

Both share :class:`_BaseClient`, which holds the settings and everything that does not wait on the
network: building a request once (headers, idempotency key, dry run), turning a response into a result
or a typed error, and asking the retry policy whether to try again. The two subclasses only send and sleep.
What an operation is (its method, path, idempotency policy, whether it may be replayed) comes from its
record in the generated registry; the resources hand it over with each call.
"""

from __future__ import annotations

import asyncio
import difflib
import ipaddress
import logging
import os
import platform
import time
import uuid
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Final, Literal, Self, TypeVar, Unpack

import attrs
import httpx

from ._async_transport import default_async_http
from ._download import SaveTarget, asave_response, check_save_target, save_response
from ._generated.api import AsyncRawResources, AsyncResources, RawResources, Resources
from ._logging import configure_from_env, log_attempt
from ._runtime import (
    OPTION_NAMES,
    RAW_RESPONSE,
    APIResponse,
    ModelValidationError,
    Operation,
    Parsed,
    RequestOptions,
    RequestSpec,
    WriteOptions,
    ad_hoc_operation,
    merge_extra_body,
)
from ._version import __version__
from .errors import (
    APIResponseValidationError,
    RateLimit,
    TokPortalError,
    error_for_response,
    error_for_transport,
)
from .ratelimit import RateLimiter, for_client
from .retry import RetryPolicy, describe

if TYPE_CHECKING:
    from .uploads import AsyncUploads, Uploads

T = TypeVar("T")
Parser = Callable[[httpx.Response, bool], Parsed[T]]
logger = logging.getLogger("tokportal_client")

DEFAULT_BASE_URL = "https://app.tokportal.com/api/ext"
DEFAULT_TIMEOUT = 30.0
USER_AGENT = f"tokportal-client-python/{__version__} Python/{platform.python_version()} httpx/{httpx.__version__}"
# Headers the client sets itself (or httpx frames the request with): never taken from default or extra headers.
_TRUE = frozenset({"1", "true", "yes", "on"})
_RAW_METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE"})
_OWN_HEADERS = frozenset(
    {
        "x-api-key",
        "idempotency-key",
        "x-tokportal-dry-run",
        "x-request-id",
        "host",
        "content-length",
        "transfer-encoding",
        "connection",
    }
)


class _Keep:
    """The default of :meth:`TokPortal.with_options` arguments: keep this client's setting."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP: Final = _Keep()


def _check_base_url(base_url: str, allow_insecure_http: bool) -> str:
    url = httpx.URL(base_url)
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"base_url: expected an http(s) URL, got {base_url!r}")
    if url.query or url.fragment or "?" in base_url or "#" in base_url:
        raise ValueError("base_url: must not have a query or a fragment (every path would be appended to it)")
    if url.scheme == "http" and not allow_insecure_http and not _is_loopback(url.host):
        raise ValueError(
            "base_url: plain http:// would send the API key unencrypted; use https://, a loopback address, "
            "or pass allow_insecure_http=True"
        )
    return base_url.rstrip("/")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _check_header(name: object, value: object, field: str) -> None:
    """A header a caller passes: printable ASCII only (CR/LF would split the request), not one the client owns."""
    if not isinstance(name, str):
        raise TypeError(f"{field}: header names must be strings, got {type(name).__name__}")
    if name.lower() in _OWN_HEADERS:
        raise ValueError(f"{field}: {name} is set by the client (use the dedicated option)")
    _check_header_text(name, field)
    _check_header_text(value, f"{field}[{name!r}]")


def _check_header_text(value: object, field: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{field}: expected a string, got {type(value).__name__}")
    if not value.isascii() or not value.isprintable():
        raise ValueError(f"{field}: must be printable ASCII (no CR, LF or other control characters)")
    return value


def _check_idempotency_key(key: object) -> str:
    if not isinstance(key, str) or not key or len(key) > 255 or not key.isascii() or not key.isprintable():
        raise ValueError("idempotency_key: expected 1 to 255 printable ASCII characters")
    return key


def _query_pairs(values: Mapping[str, object], field: str) -> list[tuple[str, str | int]]:
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


def _decoded(response: httpx.Response, strict: bool) -> Parsed[Any]:
    """A response of an operation the contract does not describe: its JSON, its text, or None when empty."""
    if not response.content:
        return None, []
    try:
        return response.json(), []
    except ValueError:
        return response.text, []


_TOO_SLOW = "the response did not arrive within the timeout"


def _attempt_deadline(timeout: float | httpx.Timeout | None) -> float | None:
    """Seconds one attempt may take as a whole: a number given as ``timeout``. (An ``httpx.Timeout`` keeps
    httpx's own meaning: limits per connect, read, write and pool wait.)"""
    return float(timeout) if isinstance(timeout, int | float) and not isinstance(timeout, bool) else None


def _read_within(response: httpx.Response, deadline: float | None) -> httpx.Response:
    """Read a streamed response's body, giving up once the attempt has taken ``deadline`` seconds in all:
    httpx's read timeout applies to each read, so a server trickling bytes could otherwise hold a call forever."""
    if response.is_stream_consumed:  # already in memory (a transport that answers with a complete body)
        return response
    give_up = None if deadline is None else time.monotonic() + deadline
    try:
        chunks = []
        for chunk in response.iter_raw():
            chunks.append(chunk)
            if give_up is not None and time.monotonic() > give_up:
                raise httpx.ReadTimeout(_TOO_SLOW, request=response.request)
    finally:
        response.close()
    whole = httpx.Response(
        response.status_code,
        headers=response.headers,
        content=b"".join(chunks),
        request=response.request,
        extensions=response.extensions,
    )
    whole.read()  # decodes Content-Encoding (a corrupt body raises httpx.DecodingError, a RequestError)
    return whole


def _ms_since(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def _check_options(options: Mapping[str, Any]) -> None:
    """A misspelled per-call keyword is an error, not silently dropped."""
    for name in options:
        if name not in OPTION_NAMES and name != RAW_RESPONSE:
            close = difflib.get_close_matches(name, OPTION_NAMES, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise TypeError(f"unexpected keyword argument {name!r}{hint}")


class _BaseClient:
    """Settings and the network-free half of every call."""

    def __init__(
        self,
        api_key: str | None,
        *,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        retry: RetryPolicy | None,
        default_headers: Mapping[str, str] | None,
        dry_run: bool,
        allow_insecure_http: bool,
        rate_limiter: RateLimiter | Literal[False] | None,
        strict_response_validation: bool | None,
    ) -> None:
        configure_from_env()
        api_key = api_key if api_key is not None else os.environ.get("TOKPORTAL_API_KEY")
        if not api_key:
            raise TokPortalError("No API key: pass api_key=... or set the TOKPORTAL_API_KEY environment variable")
        if not isinstance(api_key, str) or not api_key.isascii() or not api_key.isprintable():
            raise ValueError("api_key: expected a printable ASCII string")
        self._api_key = api_key
        self._rate_limiter = for_client(rate_limiter, api_key)  # shared by with_options copies
        self._allow_insecure_http = allow_insecure_http
        self.base_url = _check_base_url(
            base_url or os.environ.get("TOKPORTAL_BASE_URL") or DEFAULT_BASE_URL, allow_insecure_http
        )
        self.timeout = timeout
        policy = retry or RetryPolicy()
        self.retry = policy if max_retries is None else attrs.evolve(policy, max_retries=max_retries)
        self.dry_run = dry_run
        if strict_response_validation is None:
            strict_response_validation = os.environ.get("TOKPORTAL_STRICT_RESPONSE_VALIDATION", "").lower() in _TRUE
        self.strict_response_validation = strict_response_validation
        self._reported: set[tuple[str, str]] = set()
        """(model, field) of the values kept that do not fit the contract, each logged once."""
        self._extra_headers = dict(default_headers or {})
        for name, value in self._extra_headers.items():
            _check_header(name, value, "default_headers")
        self.default_headers = {
            "User-Agent": USER_AGENT,
            "X-TokPortal-Client": f"tokportal-client-python/{__version__}",
            **self._extra_headers,
        }

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, api_key='***', max_retries={self.retry.max_retries})"

    def _settings(self, changes: Mapping[str, Any]) -> dict[str, Any]:
        """This client's settings with the given ones changed (those left at ``KEEP`` stay as they are)."""
        settings: dict[str, Any] = {
            "api_key": self._api_key,
            "base_url": self.base_url,
            "timeout": self.timeout,
            "retry": self.retry,
            "max_retries": None,
            "default_headers": self._extra_headers,
            "dry_run": self.dry_run,
            "allow_insecure_http": self._allow_insecure_http,
            "rate_limiter": self._rate_limiter,
            "strict_response_validation": self.strict_response_validation,
        }
        settings.update({name: value for name, value in changes.items() if value is not KEEP})
        return settings

    def _build(
        self, http: httpx.Client | httpx.AsyncClient, operation: Operation, spec: RequestSpec, options: RequestOptions
    ) -> httpx.Request:
        """The request, built once so every attempt sends the same bytes and the same idempotency key."""
        _check_options(options)
        headers = dict(self.default_headers)
        for name, value in options.get("extra_headers", {}).items():
            _check_header(name, value, "extra_headers")
            headers[name] = value
        if operation.requires_auth:
            headers["X-API-Key"] = self._api_key
        key = options.get("idempotency_key")
        if operation.takes_idempotency_key:
            headers["Idempotency-Key"] = _check_idempotency_key(key) if key is not None else str(uuid.uuid4())
        elif key is not None:
            reason = (
                "returns a secret, so TokPortal refuses idempotency keys on it"
                if operation.sensitive
                else ("is a read and takes no idempotency key")
            )
            raise ValueError(f"idempotency_key: {operation.operation_id} {reason}")
        if options.get("dry_run", self.dry_run):
            headers["X-TokPortal-Dry-Run"] = "true"
        if "request_id" in options:
            headers["X-Request-ID"] = _check_header_text(options["request_id"], "request_id")
        params = list(spec.params)
        if "extra_query" in options:
            params += _query_pairs(options["extra_query"], "extra_query")
        json_body = spec.json
        if "extra_body" in options:
            if operation.body != "json" or (json_body is not None and not isinstance(json_body, dict)):
                raise TypeError(f"extra_body: {operation.operation_id} does not send a JSON object")
            json_body = merge_extra_body(json_body, options["extra_body"])
        content = None
        if spec.content is not None:  # a streamed upload: its own Content-Type and Content-Length
            headers.update(spec.content.headers)
            content = spec.content.async_stream() if isinstance(http, httpx.AsyncClient) else spec.content.sync_stream()
        return http.build_request(
            operation.method,
            self.base_url + spec.path,
            params=tuple(params) or None,
            json=json_body,
            content=content,
            headers=headers,
            timeout=options.get("timeout", self.timeout),
        )

    def _ad_hoc(
        self, method: str, path: str, params: Mapping[str, object] | None, json: object
    ) -> tuple[Operation, RequestSpec]:
        """The operation and request of :meth:`TokPortal.raw_request`, checked like a generated one's."""
        if not isinstance(method, str) or method.upper() not in _RAW_METHODS:
            raise ValueError(f"method: expected one of {', '.join(sorted(_RAW_METHODS))}, got {method!r}")
        if not isinstance(path, str) or not path.startswith("/") or "?" in path or "#" in path:
            raise ValueError(f"path: expected a path relative to the base URL such as '/account-bans', got {path!r}")
        segments = path.split("/")
        if any(segment in (".", "..") for segment in segments) or not all(
            s.isascii() and s.isprintable() for s in segments
        ):
            raise ValueError(f"path: {path!r} must be printable ASCII without '.' or '..' segments")
        pairs = _query_pairs(params or {}, "params")
        return ad_hoc_operation(method, path), RequestSpec(path, params=tuple(pairs), json=json)

    def _parse(self, response: httpx.Response, parse: Parser[T]) -> T:
        """The result of a successful response, carrying its request id. Lenient (the default), values that do not
        fit the contract are kept as received and each model and field is reported once per client; strict, they
        raise :class:`~tokportal_client.APIResponseValidationError` with the body as received."""
        request_id = response.headers.get("X-TokPortal-Request-ID")
        try:
            result, issues = parse(response, self.strict_response_validation)
        except (ModelValidationError, ValueError, TypeError, KeyError, AttributeError, RecursionError) as error:
            raise APIResponseValidationError(
                f"{response.request.method} {response.request.url.path} answered {response.status_code} with a body "
                f"that does not match the API contract: {error}",
                response,
            ) from None
        for issue in issues:
            if (issue.model, issue.field) not in self._reported:
                self._reported.add((issue.model, issue.field))
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

    def _result(self, response: httpx.Response, parse: Parser[T], retries: int) -> APIResponse[T]:
        return APIResponse(
            parsed=self._parse(response, parse),
            status_code=response.status_code,
            headers=response.headers,
            request_id=response.headers.get("X-TokPortal-Request-ID"),
            rate_limit=RateLimit.from_headers(response.headers),
            retries=retries,
        )

    def _retry_delay(
        self, error: TokPortalError, attempt: int, operation: Operation, request: httpx.Request
    ) -> float | None:
        delay = self.retry.delay(error, attempt, operation)
        if delay is not None:
            logger.info(
                "retrying %s %s: attempt %d of %d after %s, waiting %.2fs (request id %s)",
                request.method,
                request.url.path,
                attempt + 2,
                self.retry.max_retries + 1,
                describe(error),
                delay,
                getattr(error, "request_id", None),
                extra={
                    "method": request.method,
                    "path": request.url.path,
                    "attempt": attempt + 2,
                    "reason": describe(error),
                    "delay": delay,
                    "request_id": getattr(error, "request_id", None),
                },
            )
        return delay


class TokPortal(_BaseClient, Resources):
    """Synchronous TokPortal client: ``client.<tag>.<operation>(...)``, one attribute per API tag.

    Args:
        api_key: Your ``sk_...`` key; defaults to ``TOKPORTAL_API_KEY``.
        base_url: Defaults to ``TOKPORTAL_BASE_URL``, then ``https://app.tokportal.com/api/ext``.
        timeout: Seconds (or an ``httpx.Timeout``) per attempt.
        max_retries: Retries after the first attempt (default 2); shorthand for ``retry=RetryPolicy(max_retries=...)``.
        retry: The full :class:`~tokportal_client.RetryPolicy`.
        http_client: Your own ``httpx.Client`` (proxies, transports); you keep ownership and close it yourself.
        default_headers: Extra headers for every request.
        dry_run: Send every call as a dry run (``X-TokPortal-Dry-Run: true``).
        allow_insecure_http: Allow a plain ``http://`` base URL that is not a loopback address.
        rate_limiter: Pacing under TokPortal's rate limit: None (default) follows the server's rate-limit headers
            across all threads of this client and its copies; a ``tokportal_client.ratelimit.LocalRateLimiter`` or
            ``RedisRateLimiter`` adds a configured rate (the latter shared across processes); False turns pacing off.
        strict_response_validation: Raise :class:`~tokportal_client.APIResponseValidationError` for a response value
            that does not fit the contract, instead of keeping it as received and logging a warning (the default;
            ``TOKPORTAL_STRICT_RESPONSE_VALIDATION=1`` in the environment makes strict the default).
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
        dry_run: bool = False,
        allow_insecure_http: bool = False,
        rate_limiter: RateLimiter | Literal[False] | None = None,
        strict_response_validation: bool | None = None,
    ) -> None:
        super().__init__(
            api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            default_headers=default_headers,
            dry_run=dry_run,
            allow_insecure_http=allow_insecure_http,
            rate_limiter=rate_limiter,
            strict_response_validation=strict_response_validation,
        )
        Resources.__init__(self, self)
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.Client()

    def with_options(
        self,
        *,
        api_key: str | _Keep = KEEP,
        base_url: str | _Keep = KEEP,
        timeout: float | httpx.Timeout | _Keep | None = KEEP,
        max_retries: int | _Keep = KEEP,
        retry: RetryPolicy | _Keep = KEEP,
        http_client: httpx.Client | _Keep = KEEP,
        default_headers: Mapping[str, str] | _Keep = KEEP,
        dry_run: bool | _Keep = KEEP,
        allow_insecure_http: bool | _Keep = KEEP,
        rate_limiter: RateLimiter | Literal[False] | _Keep = KEEP,
        strict_response_validation: bool | _Keep = KEEP,
    ) -> TokPortal:
        """A copy with other settings (same arguments as the constructor), sharing this client's connections."""
        settings = self._settings(
            {
                "api_key": api_key,
                "base_url": base_url,
                "timeout": timeout,
                "max_retries": max_retries,
                "retry": retry,
                "default_headers": default_headers,
                "dry_run": dry_run,
                "allow_insecure_http": allow_insecure_http,
                "rate_limiter": rate_limiter,
                "strict_response_validation": strict_response_validation,
            }
        )
        return TokPortal(http_client=self._http if isinstance(http_client, _Keep) else http_client, **settings)

    @cached_property
    def uploads(self) -> Uploads:
        """Uploads operations, plus the presigned flow in one call (``upload_video_file``, ``upload_image_file``)."""
        from .uploads import Uploads

        return Uploads(self)

    @cached_property
    def with_raw_response(self) -> RawResources:
        """The same operations, returning :class:`~tokportal_client.APIResponse`.

        That is: status, headers, request id, rate-limit figures and the parsed body.
        """
        return RawResources(self)

    def raw_request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, object] | None = None,
        json: object = None,
        **options: Unpack[WriteOptions],
    ) -> APIResponse[Any]:
        """Call an endpoint the contract does not list yet (``client.raw_request("GET", "/account-bans")``).

        Same base URL, API key, headers, dry run, timeout, typed errors, logging and retries as the generated
        methods: a write gets an ``Idempotency-Key`` (yours or a generated one) and is replayed only with it.
        ``.parsed`` is the decoded JSON (the text when the body is not JSON, None when empty).
        """
        operation, spec = self._ad_hoc(method, path, params, json)
        response, retries = self._send(operation, spec, options)
        return self._result(response, _decoded, retries)

    def request(self, operation: Operation, spec: RequestSpec, parse: Parser[T], options: RequestOptions) -> T:
        """Send one operation, retrying as the policy allows, and return its parsed body (used by the resources)."""
        raw = bool(options.pop(RAW_RESPONSE, False))  # type: ignore[misc]
        response, retries = self._send(operation, spec, options)
        if raw:
            return self._result(response, parse, retries)  # type: ignore[return-value]  # the raw wrappers' type
        return self._parse(response, parse)

    def download(self, operation: Operation, spec: RequestSpec, save_to: SaveTarget, options: RequestOptions) -> int:
        """Send one operation and write its successful body to ``save_to`` as it arrives (used by the resources)."""
        target = check_save_target(save_to)
        response, _ = self._send(operation, spec, options, stream=True)
        try:
            return save_response(response, target)
        except httpx.RequestError as exc:
            raise error_for_transport(exc, response.request) from None
        finally:
            response.close()

    def _send(
        self, operation: Operation, spec: RequestSpec, options: RequestOptions, *, stream: bool = False
    ) -> tuple[httpx.Response, int]:
        """The successful response and how many retries it took (or the error of the last attempt). With
        ``stream``, a successful response's body is left to the caller to read (and close)."""
        built = self._build(self._http, operation, spec, options)
        if self._http.is_closed:
            raise TokPortalError(f"{type(self).__name__} is closed: make a new client")
        deadline = _attempt_deadline(options.get("timeout", self.timeout))
        attempt = 0
        while True:
            self._rate_limiter.acquire()  # waits while the key's rate limit is spent
            started = time.perf_counter()
            try:
                response = self._http.send(built, stream=True, follow_redirects=False)
                if not (stream and response.is_success):
                    response = _read_within(response, deadline)
            except httpx.RequestError as exc:  # transport failures, and bodies that cannot be decoded
                self._rate_limiter.observe(None)
                error: TokPortalError = error_for_transport(exc, built)
                log_attempt(built, error=exc, elapsed_ms=_ms_since(started), attempt=attempt + 1)
            else:
                self._rate_limiter.observe(response.status_code, response.headers)
                log_attempt(built, response, elapsed_ms=_ms_since(started), attempt=attempt + 1)
                if response.is_success:
                    return response, attempt
                error = error_for_response(response)
            delay = self._retry_delay(error, attempt, operation, built)
            if delay is None:
                raise error
            time.sleep(delay)
            attempt += 1

    def close(self) -> None:
        """Close the connections (unless the ``http_client`` was yours)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncTokPortal(_BaseClient, AsyncResources):
    """Asynchronous TokPortal client: ``await client.<tag>.<operation>(...)``. Takes the same arguments as
    :class:`TokPortal`, with ``http_client`` an ``httpx.AsyncClient``, plus ``max_concurrency``: how many
    requests this client and its ``with_options`` copies have on the wire at once (default 16; the others wait
    their turn). httpcore's async pool spends more CPU per request the more requests it holds, so gathering
    hundreds of calls is faster through this gate than straight into the pool; TokPortal's rate limit
    (120 requests a minute) is far below what 16 connections carry."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
        dry_run: bool = False,
        allow_insecure_http: bool = False,
        rate_limiter: RateLimiter | Literal[False] | None = None,
        strict_response_validation: bool | None = None,
        max_concurrency: int = 16,
    ) -> None:
        super().__init__(
            api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            default_headers=default_headers,
            dry_run=dry_run,
            allow_insecure_http=allow_insecure_http,
            rate_limiter=rate_limiter,
            strict_response_validation=strict_response_validation,
        )
        AsyncResources.__init__(self, self)
        if isinstance(max_concurrency, bool) or not isinstance(max_concurrency, int) or max_concurrency < 1:
            raise ValueError(f"max_concurrency: expected a positive integer, got {max_concurrency!r}")
        self.max_concurrency = max_concurrency
        self._gate = asyncio.Semaphore(max_concurrency)
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else default_async_http()

    def with_options(
        self,
        *,
        api_key: str | _Keep = KEEP,
        base_url: str | _Keep = KEEP,
        timeout: float | httpx.Timeout | _Keep | None = KEEP,
        max_retries: int | _Keep = KEEP,
        retry: RetryPolicy | _Keep = KEEP,
        http_client: httpx.AsyncClient | _Keep = KEEP,
        default_headers: Mapping[str, str] | _Keep = KEEP,
        dry_run: bool | _Keep = KEEP,
        allow_insecure_http: bool | _Keep = KEEP,
        rate_limiter: RateLimiter | Literal[False] | _Keep = KEEP,
        strict_response_validation: bool | _Keep = KEEP,
        max_concurrency: int | _Keep = KEEP,
    ) -> AsyncTokPortal:
        """A copy with other settings (same arguments as the constructor), sharing this client's connections and,
        unless ``max_concurrency`` is given, its concurrency gate."""
        settings = self._settings(
            {
                "api_key": api_key,
                "base_url": base_url,
                "timeout": timeout,
                "max_retries": max_retries,
                "retry": retry,
                "default_headers": default_headers,
                "dry_run": dry_run,
                "allow_insecure_http": allow_insecure_http,
                "rate_limiter": rate_limiter,
                "strict_response_validation": strict_response_validation,
            }
        )
        copy = AsyncTokPortal(
            http_client=self._http if isinstance(http_client, _Keep) else http_client,
            max_concurrency=self.max_concurrency if isinstance(max_concurrency, _Keep) else max_concurrency,
            **settings,
        )
        if isinstance(max_concurrency, _Keep):
            copy._gate = self._gate
        return copy

    @cached_property
    def uploads(self) -> AsyncUploads:
        """Uploads operations, plus the presigned flow in one call (``upload_video_file``, ``upload_image_file``)."""
        from .uploads import AsyncUploads

        return AsyncUploads(self)

    @cached_property
    def with_raw_response(self) -> AsyncRawResources:
        """The same operations, returning :class:`~tokportal_client.APIResponse`."""
        return AsyncRawResources(self)

    async def raw_request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, object] | None = None,
        json: object = None,
        **options: Unpack[WriteOptions],
    ) -> APIResponse[Any]:
        """Call an endpoint the contract does not list yet (``await client.raw_request("GET", "/account-bans")``).

        Same base URL, API key, headers, dry run, timeout, typed errors, logging and retries as the generated
        methods: a write gets an ``Idempotency-Key`` (yours or a generated one) and is replayed only with it.
        ``.parsed`` is the decoded JSON (the text when the body is not JSON, None when empty).
        """
        operation, spec = self._ad_hoc(method, path, params, json)
        response, retries = await self._send(operation, spec, options)
        return self._result(response, _decoded, retries)

    async def request(self, operation: Operation, spec: RequestSpec, parse: Parser[T], options: RequestOptions) -> T:
        """Send one operation, retrying as the policy allows, and return its parsed body (used by the resources)."""
        raw = bool(options.pop(RAW_RESPONSE, False))  # type: ignore[misc]
        response, retries = await self._send(operation, spec, options)
        if raw:
            return self._result(response, parse, retries)  # type: ignore[return-value]  # the raw wrappers' type
        return self._parse(response, parse)

    async def download(
        self, operation: Operation, spec: RequestSpec, save_to: SaveTarget, options: RequestOptions
    ) -> int:
        """Send one operation and write its successful body to ``save_to`` as it arrives (used by the resources)."""
        target = check_save_target(save_to)
        response, _ = await self._send(operation, spec, options, stream=True)
        try:
            return await asave_response(response, target)
        except httpx.RequestError as exc:
            raise error_for_transport(exc, response.request) from None
        finally:
            await response.aclose()

    async def _send(
        self, operation: Operation, spec: RequestSpec, options: RequestOptions, *, stream: bool = False
    ) -> tuple[httpx.Response, int]:
        """The successful response and how many retries it took (or the error of the last attempt). With
        ``stream``, a successful response's body is left to the caller to read (and close)."""
        built = self._build(self._http, operation, spec, options)
        if self._http.is_closed:
            raise TokPortalError(f"{type(self).__name__} is closed: make a new client")
        deadline = _attempt_deadline(options.get("timeout", self.timeout))
        attempt = 0
        while True:
            started = time.perf_counter()
            try:
                async with self._gate:
                    await self._rate_limiter.aacquire()  # waits while the key's rate limit is spent
                    try:
                        async with asyncio.timeout(deadline):
                            response = await self._http.send(built, stream=True, follow_redirects=False)
                            if not (stream and response.is_success):
                                await response.aread()
                    except TimeoutError:
                        raise httpx.ReadTimeout(_TOO_SLOW, request=built) from None
            except httpx.RequestError as exc:  # transport failures, and bodies that cannot be decoded
                self._rate_limiter.observe(None)
                error: TokPortalError = error_for_transport(exc, built)
                log_attempt(built, error=exc, elapsed_ms=_ms_since(started), attempt=attempt + 1)
            else:
                self._rate_limiter.observe(response.status_code, response.headers)
                log_attempt(built, response, elapsed_ms=_ms_since(started), attempt=attempt + 1)
                if response.is_success:
                    return response, attempt
                error = error_for_response(response)
            delay = self._retry_delay(error, attempt, operation, built)
            if delay is None:
                raise error
            await asyncio.sleep(delay)
            attempt += 1

    async def close(self) -> None:
        """Close the connections (unless the ``http_client`` was yours)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
