"""The clients: :class:`TokPortal` (sync) and :class:`AsyncTokPortal` (async).

A client is its settings (one frozen :class:`~tokportal_client._settings.Settings` record), its connections and
the transport methods the generated resources call (:class:`~tokportal_client._runtime.Transport`). Everything
about a request and its attempts is decided in :mod:`tokportal_client._core`; the methods here only pick the
request, hand it to the core's sync or async driver, and parse what comes back.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, Unpack

import httpx

from . import _core
from ._async_transport import default_async_http
from ._call_operation import prepare, prepare_pager
from ._download import SaveTarget, asave_response, check_save_target, save_response
from ._generated.api import AsyncRawResources, AsyncResources, RawResources, Resources
from ._logging import configure_from_env
from ._runtime import APIResponse, Operation, Parsed, RequestOptions, RequestSpec, WriteOptions
from ._settings import (
    DEFAULT_MAX_CONCURRENCY,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_TIMEOUT,
    KEEP,
    Settings,
    Timeout,
    _Keep,
)
from ._upload_body import StreamingBody
from .errors import TokPortalError
from .pagination import AsyncPager, SyncPager
from .ratelimit import RateLimiter
from .retry import RetryPolicy

if TYPE_CHECKING:
    from .uploads import AsyncUploads, Uploads

T = TypeVar("T")
Parser = Callable[[httpx.Response, bool], Parsed[T]]


class _BaseClient:
    """The settings record and what both clients read from it."""

    _settings: Settings

    def _configure(self, settings: Settings) -> None:
        configure_from_env()
        self._settings = settings
        self._reported: set[tuple[str, str]] = set()
        """(model, field) of the values kept that do not fit the contract, each logged once."""

    @property
    def settings(self) -> Settings:
        """This client's settings (frozen; ``with_options`` makes a copy with others)."""
        return self._settings

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    @property
    def timeout(self) -> Timeout:
        return self._settings.timeout

    @property
    def retry(self) -> RetryPolicy:
        return self._settings.retry

    @property
    def dry_run(self) -> bool:
        return self._settings.dry_run

    @property
    def strict_response_validation(self) -> bool:
        return self._settings.strict_response_validation

    @property
    def default_headers(self) -> dict[str, str]:
        """The headers of every request (a copy): the client's own, then yours."""
        return self._settings.headers

    @property
    def _rate_limiter(self) -> RateLimiter:
        return self._settings.rate_limiter

    def __repr__(self) -> str:
        s = self._settings
        return f"{type(self).__name__}(base_url={s.base_url!r}, api_key='***', max_retries={s.retry.max_retries})"

    def _exchange(
        self, http: httpx.Client | httpx.AsyncClient, operation: Operation, spec: RequestSpec, options: RequestOptions
    ) -> _core.Exchange:
        try:
            request = _core.api_request(self._settings, http, operation, spec, options)
        except BaseException:  # refused before sending: what the request made from the input is released
            if spec.content is not None:
                spec.content.close()
            raise
        return _core.Exchange(
            request,
            operation,
            policy=self._settings.retry,
            timeout=options.get("timeout", self._settings.timeout),
            limiter=self._settings.rate_limiter,
            body=spec.content,
            max_bytes=self._settings.max_response_bytes,
        )

    def _storage_exchange(
        self, url: httpx.URL, body: StreamingBody, options: RequestOptions, is_async: bool
    ) -> _core.Exchange:
        _core.check_options(options)
        timeout = options.get("timeout", self._settings.timeout)
        request = _core.storage_request(url, body, timeout, is_async=is_async)
        return _core.Exchange(
            request, _core.STORAGE_PUT, policy=self._settings.retry, timeout=timeout, limiter=None, storage=True
        )

    def _finish(self, response: httpx.Response, parse: Parser[T], raw: bool, retries: int) -> Any:
        s = self._settings
        if raw:
            return _core.full_result(response, parse, s.strict_response_validation, self._reported, retries)
        return _core.parse_result(response, parse, s.strict_response_validation, self._reported)


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
        max_response_bytes: The largest response body read into memory, counted after decompression (default
            64 MiB): a larger one raises :class:`~tokportal_client.ResponseTooLargeError`, not retried.
            ``save_to=`` streams to disk instead, bounded by the call's deadline.
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
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        settings = Settings.create(
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
            max_response_bytes=max_response_bytes,
        )
        self._init(settings, http_client)

    def _init(self, settings: Settings, http_client: httpx.Client | None) -> None:
        self._configure(settings)
        Resources.__init__(self, self)
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.Client()
        _core.bind_deadline(self._http)

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
        max_response_bytes: int | _Keep = KEEP,
    ) -> TokPortal:
        """A copy with other settings (same arguments as the constructor), sharing this client's connections."""
        settings = self._settings.evolve(
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
                "max_response_bytes": max_response_bytes,
            }
        )
        copy = TokPortal.__new__(TokPortal)
        copy._init(settings, self._http if isinstance(http_client, _Keep) else http_client)
        return copy

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
        operation, spec = _core.ad_hoc(method, path, params, json)
        return self.request(operation, spec, _core.decoded, options, raw=True)

    def call_operation(
        self,
        operation_id: str,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: object = None,
        raw: bool = False,
        **options: Any,
    ) -> Any:
        """Call any operation of the registry by its operationId (``"rewarmAccount"``) or method name.

        ``path`` and ``query`` take the parameters by the API's names, ``body`` the JSON body (a model or a mapping)
        or, for a multipart upload, its form fields; ``options`` are the method's own keywords (``idempotency_key``,
        ``timeout``, ``save_to``, ...). The operation's own method runs, so its validation, idempotency key, retry
        rules and result type apply; with ``raw=True`` the result is the :class:`~tokportal_client.APIResponse`.
        An unknown operationId or parameter name raises ``ValueError`` naming the closest one, before sending.
        """
        method, arguments = prepare(self, operation_id, path=path, query=query, body=body, raw=raw)
        return method(**arguments, **options)

    def iter_operation(
        self,
        operation_id: str,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        **options: Any,
    ) -> SyncPager[Any, Any]:
        """Every item of a paginated list operation, by operationId (``per_page=``, ``max_items=`` as its pager)."""
        method, arguments = prepare_pager(self, operation_id, path=path, query=query)
        pager: SyncPager[Any, Any] = method(**arguments, **options)
        return pager

    # -- the transport the resources call (tokportal_client._runtime.Transport) --------------------------------

    def request(
        self, operation: Operation, spec: RequestSpec, parse: Parser[T], options: RequestOptions, *, raw: bool = False
    ) -> T:
        """Send one operation, retrying as the policy allows; its parsed body, or with ``raw`` its
        :class:`~tokportal_client.APIResponse`."""
        exchange = self._exchange(self._http, operation, spec, options)
        response, _ = _core.send_sync(self._open(), exchange)
        return self._finish(response, parse, raw, exchange.attempt)  # type: ignore[no-any-return]  # T, or raw

    def download(self, operation: Operation, spec: RequestSpec, save_to: SaveTarget, options: RequestOptions) -> int:
        """Send one operation and write its successful body to ``save_to`` as it arrives (within the deadline)."""
        target = check_save_target(save_to)
        exchange = self._exchange(self._http, operation, spec, options)
        _, written = _core.send_sync(self._open(), exchange, lambda response: save_response(response, target))
        return written or 0

    def storage_put(self, url: httpx.URL, body: StreamingBody, options: RequestOptions) -> None:
        """``PUT`` a body to a foreign host (a signed upload URL): none of the client's headers, retried under its
        policy, logged by host only. Raises the last attempt's error."""
        _core.send_sync(self._open(), self._storage_exchange(url, body, options, False))

    def _open(self) -> httpx.Client:
        if self._http.is_closed:
            raise TokPortalError(f"{type(self).__name__} is closed: make a new client")
        return self._http

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
        max_concurrency: int = DEFAULT_MAX_CONCURRENCY,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        settings = Settings.create(
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
            max_concurrency=max_concurrency,
            max_response_bytes=max_response_bytes,
        )
        self._init(settings, http_client, None)

    def _init(self, settings: Settings, http_client: httpx.AsyncClient | None, gate: asyncio.Semaphore | None) -> None:
        self._configure(settings)
        AsyncResources.__init__(self, self)
        self._gate = gate or asyncio.Semaphore(settings.max_concurrency)
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else default_async_http()

    @property
    def max_concurrency(self) -> int:
        return self._settings.max_concurrency

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
        max_response_bytes: int | _Keep = KEEP,
    ) -> AsyncTokPortal:
        """A copy with other settings (same arguments as the constructor), sharing this client's connections and,
        unless ``max_concurrency`` is given, its concurrency gate."""
        settings = self._settings.evolve(
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
                "max_concurrency": max_concurrency,
                "max_response_bytes": max_response_bytes,
            }
        )
        copy = AsyncTokPortal.__new__(AsyncTokPortal)
        copy._init(
            settings,
            self._http if isinstance(http_client, _Keep) else http_client,
            self._gate if isinstance(max_concurrency, _Keep) else None,
        )
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
        operation, spec = _core.ad_hoc(method, path, params, json)
        return await self.request(operation, spec, _core.decoded, options, raw=True)

    async def call_operation(
        self,
        operation_id: str,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: object = None,
        raw: bool = False,
        **options: Any,
    ) -> Any:
        """Call any operation by its operationId, as :meth:`TokPortal.call_operation` does."""
        method, arguments = prepare(self, operation_id, path=path, query=query, body=body, raw=raw)
        return await method(**arguments, **options)

    def iter_operation(
        self,
        operation_id: str,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        **options: Any,
    ) -> AsyncPager[Any, Any]:
        """Every item of a paginated list operation, by operationId (``async for item in ...``)."""
        method, arguments = prepare_pager(self, operation_id, path=path, query=query)
        pager: AsyncPager[Any, Any] = method(**arguments, **options)
        return pager

    # -- the transport the resources call (tokportal_client._runtime.AsyncTransport) ---------------------------

    async def request(
        self, operation: Operation, spec: RequestSpec, parse: Parser[T], options: RequestOptions, *, raw: bool = False
    ) -> T:
        """Send one operation, retrying as the policy allows; its parsed body, or with ``raw`` its
        :class:`~tokportal_client.APIResponse`."""
        if spec.content is not None:  # a pipe given as a file is copied to disk here, off the event loop
            await asyncio.to_thread(spec.content.prepare)
        exchange = self._exchange(self._http, operation, spec, options)
        response, _ = await _core.send_async(self._open(), exchange, self._gate)
        return self._finish(response, parse, raw, exchange.attempt)  # type: ignore[no-any-return]  # T, or raw

    async def download(
        self, operation: Operation, spec: RequestSpec, save_to: SaveTarget, options: RequestOptions
    ) -> int:
        """Send one operation and write its successful body to ``save_to`` as it arrives (within the deadline)."""
        target = check_save_target(save_to)
        exchange = self._exchange(self._http, operation, spec, options)

        async def save(response: httpx.Response) -> int:
            return await asave_response(response, target)

        _, written = await _core.send_async(self._open(), exchange, self._gate, save)
        return written or 0

    async def storage_put(self, url: httpx.URL, body: StreamingBody, options: RequestOptions) -> None:
        """The async :meth:`TokPortal.storage_put`."""
        await _core.send_async(self._open(), self._storage_exchange(url, body, options, True), self._gate)

    def _open(self) -> httpx.AsyncClient:
        if self._http.is_closed:
            raise TokPortalError(f"{type(self).__name__} is closed: make a new client")
        return self._http

    async def close(self) -> None:
        """Close the connections (unless the ``http_client`` was yours)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
