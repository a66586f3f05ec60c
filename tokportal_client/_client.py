"""The clients: :class:`TokPortal` (sync) and :class:`AsyncTokPortal` (async).

Both share :class:`_BaseClient`, which holds the settings and everything that does not wait on the
network: building a request once (headers, idempotency key, dry run), turning a response into a result
or a typed error, and asking the retry policy whether to try again. The two subclasses only send and sleep.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import os
import platform
import time
import uuid
from collections.abc import Callable, Mapping
from typing import Any, Literal, Self, TypeVar

import attrs
import httpx

from ._generated.api import AsyncRawResources, AsyncResources, RawResources, Resources
from ._generated.types import ModelValidationError, Operation
from ._resource import APIResponse, RequestOptions
from ._version import __version__
from .errors import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    RateLimit,
    TokPortalError,
    error_for_response,
)
from .ratelimit import RateLimiter, for_client
from .retry import RetryPolicy, describe

T = TypeVar("T")
logger = logging.getLogger("tokportal_client")

DEFAULT_BASE_URL = "https://app.tokportal.com/api/ext"
DEFAULT_TIMEOUT = 30.0
USER_AGENT = f"tokportal-client-python/{__version__} Python/{platform.python_version()} httpx/{httpx.__version__}"
_PROTECTED_HEADERS = frozenset({"x-api-key", "idempotency-key"})
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


def _check_base_url(base_url: str, allow_insecure_http: bool) -> str:
    url = httpx.URL(base_url)
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"base_url: expected an http(s) URL, got {base_url!r}")
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


def _check_idempotency_key(key: object) -> str:
    if not isinstance(key, str) or not key or len(key) > 255 or not key.isascii() or not key.isprintable():
        raise ValueError("idempotency_key: expected 1 to 255 printable ASCII characters")
    return key


class _BaseClient:
    """Settings and the network-free half of every call."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        default_headers: Mapping[str, str] | None = None,
        dry_run: bool = False,
        allow_insecure_http: bool = False,
        rate_limiter: RateLimiter | Literal[False] | None = None,  # ratelimit hook (issue 18)
    ) -> None:
        api_key = api_key if api_key is not None else os.environ.get("TOKPORTAL_API_KEY")
        if not api_key:
            raise TokPortalError("No API key: pass api_key=... or set the TOKPORTAL_API_KEY environment variable")
        if not isinstance(api_key, str) or not api_key.isascii() or not api_key.isprintable():
            raise ValueError("api_key: expected a printable ASCII string")
        self._api_key = api_key
        self._rate_limiter = for_client(rate_limiter, api_key)  # ratelimit hook: shared by with_options copies
        self._allow_insecure_http = allow_insecure_http
        self.base_url = _check_base_url(
            base_url or os.environ.get("TOKPORTAL_BASE_URL") or DEFAULT_BASE_URL, allow_insecure_http
        )
        self.timeout = timeout
        policy = retry or RetryPolicy()
        self.retry = policy if max_retries is None else attrs.evolve(policy, max_retries=max_retries)
        self.dry_run = dry_run
        self._extra_headers = dict(default_headers or {})
        for name in self._extra_headers:
            if name.lower() in _PROTECTED_HEADERS:
                raise ValueError(f"default_headers: {name} is set by the client")
        self.default_headers = {
            "User-Agent": USER_AGENT,
            "X-TokPortal-Client": f"tokportal-client-python/{__version__}",
            **self._extra_headers,
        }

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, api_key='***', max_retries={self.retry.max_retries})"

    def _settings(self) -> dict[str, Any]:
        return {
            "api_key": self._api_key,
            "base_url": self.base_url,
            "timeout": self.timeout,
            "retry": self.retry,
            "default_headers": self._extra_headers,
            "dry_run": self.dry_run,
            "allow_insecure_http": self._allow_insecure_http,
            "rate_limiter": self._rate_limiter,  # ratelimit hook: copies share the limiter
        }

    def _build(
        self,
        http: httpx.Client | httpx.AsyncClient,
        operation: Operation,
        request: dict[str, Any],
        options: RequestOptions,
    ) -> httpx.Request:
        """The request, built once so every attempt sends the same bytes and the same idempotency key."""
        headers = dict(self.default_headers)
        for name, value in options.get("extra_headers", {}).items():
            if name.lower() in _PROTECTED_HEADERS:
                raise ValueError(f"extra_headers: {name} is set by the client")
            headers[name] = value
        if operation.requires_auth:
            headers["X-API-Key"] = self._api_key
        key = options.get("idempotency_key")
        if operation.sensitive:
            if key is not None:
                raise ValueError(
                    f"idempotency_key: {operation.operation_id} returns a secret, "
                    "so TokPortal refuses idempotency keys on it"
                )
        elif operation.idempotency == "standard":
            headers["Idempotency-Key"] = _check_idempotency_key(key) if key is not None else str(uuid.uuid4())
        if options.get("dry_run", self.dry_run):
            headers["X-TokPortal-Dry-Run"] = "true"
        if "request_id" in options:
            headers["X-Request-ID"] = options["request_id"]
        timeout = options.get("timeout", self.timeout)
        return http.build_request(
            operation.method, self.base_url + request.pop("url"), headers=headers, timeout=timeout, **request
        )

    def _transport_error(self, error: httpx.TransportError, request: httpx.Request) -> APIConnectionError:
        kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
        return kind(
            f"{request.method} {request.url.path}: {type(error).__name__}: {error}",
            method=request.method,
            url=str(request.url.copy_with(query=None)),
            sent=not isinstance(error, _NOT_SENT),
        )

    def _parse(self, response: httpx.Response, parse: Callable[[httpx.Response], T]) -> T:
        try:
            return parse(response)
        except (ModelValidationError, ValueError, TypeError, KeyError, AttributeError) as error:
            raise APIResponseValidationError(
                f"{response.request.method} {response.request.url.path} answered {response.status_code} with a body "
                f"that does not match the API contract: {error}",
                status_code=response.status_code,
                request_id=response.headers.get("X-TokPortal-Request-ID"),
                headers=response.headers,
            ) from None

    def _result(self, response: httpx.Response, parse: Callable[[httpx.Response], T], retries: int) -> APIResponse[T]:
        parsed = self._parse(response, parse)
        return APIResponse(
            parsed=parsed,
            status_code=response.status_code,
            headers=response.headers,
            request_id=response.headers.get("X-TokPortal-Request-ID"),
            rate_limit=RateLimit.from_headers(response.headers),
            retries=retries,
        )

    def _retry_delay(
        self, error: TokPortalError, attempt: int, operation: Operation, request: httpx.Request
    ) -> float | None:
        delay = self.retry.delay(
            error,
            attempt,
            method=request.method,
            has_key="Idempotency-Key" in request.headers,
            sensitive=operation.sensitive,
        )
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
    """

    def __init__(self, api_key: str | None = None, *, http_client: httpx.Client | None = None, **settings: Any) -> None:
        super().__init__(api_key, **settings)
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.Client()
        self._attach_resources(self)

    def with_options(self, **changes: Any) -> TokPortal:
        """A copy with other settings (same arguments as the constructor), sharing this client's connections."""
        http_client = changes.pop("http_client", self._http)
        return TokPortal(http_client=http_client, **(self._settings() | changes))

    @property
    def with_raw_response(self) -> RawResources:
        """The same operations, returning :class:`~tokportal_client.APIResponse`.

        That is: status, headers, request id, rate-limit figures and the parsed body.
        """
        resources = RawResources()
        resources._attach_resources(self)
        return resources

    def request(
        self,
        operation: Operation,
        request: dict[str, Any],
        parse: Callable[[httpx.Response], T],
        options: RequestOptions,
    ) -> T:
        """Send one operation and return its parsed body (used by the generated resources)."""
        return self._parse(self._send(operation, request, options)[0], parse)

    def request_raw(
        self,
        operation: Operation,
        request: dict[str, Any],
        parse: Callable[[httpx.Response], T],
        options: RequestOptions,
    ) -> APIResponse[T]:
        """Send one operation, retrying as the policy allows, and return the full response."""
        response, attempt = self._send(operation, request, options)
        return self._result(response, parse, attempt)

    def _send(
        self, operation: Operation, request: dict[str, Any], options: RequestOptions
    ) -> tuple[httpx.Response, int]:
        """The successful response and how many retries it took (or the error of the last attempt)."""
        built = self._build(self._http, operation, request, options)
        attempt = 0
        while True:
            self._rate_limiter.acquire()  # ratelimit hook: wait for a slot
            try:
                response = self._http.send(built)
            except httpx.TransportError as exc:
                self._rate_limiter.observe(None)  # ratelimit hook: no response
                error: TokPortalError = self._transport_error(exc, built)
            else:
                self._rate_limiter.observe(response.status_code, response.headers)  # ratelimit hook
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
    requests this client has on the wire at once (default 16; the others wait their turn). httpcore's async
    pool spends more CPU per request the more requests it holds, so gathering hundreds of calls is faster
    through this gate than straight into the pool; TokPortal's rate limit (120 requests a minute) is far below
    what 16 connections carry."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        http_client: httpx.AsyncClient | None = None,
        max_concurrency: int = 16,
        **settings: Any,
    ) -> None:
        super().__init__(api_key, **settings)
        if isinstance(max_concurrency, bool) or not isinstance(max_concurrency, int) or max_concurrency < 1:
            raise ValueError(f"max_concurrency: expected a positive integer, got {max_concurrency!r}")
        self.max_concurrency = max_concurrency
        self._gate = asyncio.Semaphore(max_concurrency)
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.AsyncClient()
        self._attach_resources(self)

    def with_options(self, **changes: Any) -> AsyncTokPortal:
        """A copy with other settings (same arguments as the constructor), sharing this client's connections."""
        http_client = changes.pop("http_client", self._http)
        settings = self._settings() | {"max_concurrency": self.max_concurrency} | changes
        return AsyncTokPortal(http_client=http_client, **settings)

    @property
    def with_raw_response(self) -> AsyncRawResources:
        """The same operations, returning :class:`~tokportal_client.APIResponse`."""
        resources = AsyncRawResources()
        resources._attach_resources(self)
        return resources

    async def request(
        self,
        operation: Operation,
        request: dict[str, Any],
        parse: Callable[[httpx.Response], T],
        options: RequestOptions,
    ) -> T:
        """Send one operation and return its parsed body (used by the generated resources)."""
        return self._parse((await self._send(operation, request, options))[0], parse)

    async def request_raw(
        self,
        operation: Operation,
        request: dict[str, Any],
        parse: Callable[[httpx.Response], T],
        options: RequestOptions,
    ) -> APIResponse[T]:
        """Send one operation, retrying as the policy allows, and return the full response."""
        response, attempt = await self._send(operation, request, options)
        return self._result(response, parse, attempt)

    async def _send(
        self, operation: Operation, request: dict[str, Any], options: RequestOptions
    ) -> tuple[httpx.Response, int]:
        """The successful response and how many retries it took (or the error of the last attempt)."""
        built = self._build(self._http, operation, request, options)
        attempt = 0
        while True:
            try:
                async with self._gate:
                    await self._rate_limiter.aacquire()  # ratelimit hook: wait for a slot
                    response = await self._http.send(built)
            except httpx.TransportError as exc:
                self._rate_limiter.observe(None)  # ratelimit hook: no response
                error: TokPortalError = self._transport_error(exc, built)
            else:
                self._rate_limiter.observe(response.status_code, response.headers)  # ratelimit hook
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
