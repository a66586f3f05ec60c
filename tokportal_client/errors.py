"""Errors raised by the TokPortal client.

Everything derives from :class:`TokPortalError`. A response with a non-2xx status raises the
:class:`APIStatusError` subclass for its status, carrying the API's error ``code``, ``message`` and
``details``, the ``request_id`` to quote to support, and rate-limit figures. Transport failures raise
:class:`APIConnectionError` (or :class:`APITimeoutError`). Errors of writes carry the ``idempotency_key`` that
was sent. Messages and ``repr()`` never contain the API key.

Every error survives ``pickle`` and ``copy.deepcopy`` (Celery, multiprocessing, caches) with all its fields,
except the ``httpx`` ``request`` and ``response`` it came from: those become None on the copy, because the
request's headers hold the API key and must not travel to a result backend or another process.
"""

from __future__ import annotations

import json
import os
from typing import Any

import httpx

from ._headers import RateLimit, retry_after_seconds, server_wait
from ._redact import Secrets, secrets_in

REQUEST_ID_HEADER = "X-TokPortal-Request-ID"
IDEMPOTENCY_KEY_HEADER = "Idempotency-Key"
_PROCESS_LOCAL = frozenset({"request", "response"})
"""Attributes that a pickled or deep-copied error does not carry (they become None)."""


class TokPortalError(Exception):
    """Base class of every error this package raises on purpose."""

    def __reduce__(self) -> tuple[Any, ...]:
        # The default rebuilds the error by calling the class with ``self.args``, which fails for any
        # constructor that takes other arguments; rebuild it without calling ``__init__`` instead.
        state = {name: None if name in _PROCESS_LOCAL else value for name, value in vars(self).items()}
        return _rebuild, (type(self), self.args), state


def _rebuild(cls: type[TokPortalError], args: tuple[Any, ...]) -> TokPortalError:
    return cls.__new__(cls, *args)


class APIConnectionError(TokPortalError):
    """The request did not get a usable response: DNS, connection, TLS, protocol or body decoding failure."""

    def __init__(
        self,
        message: str,
        *,
        method: str,
        url: str,
        sent: bool,
        idempotency_key: str | None = None,
        request: httpx.Request | None = None,
    ) -> None:
        super().__init__(message)
        self.method = method
        self.url = url
        self.sent = sent
        """False when the failure happened before the request left (always safe to retry)."""
        self.idempotency_key = idempotency_key
        """The ``Idempotency-Key`` of the request (None when it had none): send the same operation again with
        ``idempotency_key=`` set to it and TokPortal will not run it twice."""
        self.request: httpx.Request | None = request
        """The request that failed; None on a copy or an unpickled error (see :class:`TokPortalError`)."""


class APITimeoutError(APIConnectionError):
    """The request timed out."""


# Transport failures that happen before any byte of the request is written.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


def error_for_transport(error: httpx.RequestError, request: httpx.Request) -> APIConnectionError:
    """The error for an httpx failure while sending ``request``: `APITimeoutError` for a timeout, else
    `APIConnectionError`, with ``sent`` False only when the request certainly never left.

    A body that could not be decoded (``httpx.DecodingError``, such as a corrupt gzip stream) counts as a
    failed attempt that was sent.
    """
    kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    message = f"{request.method} {request.url.path}: {type(error).__name__}: {error}"
    if isinstance(error, httpx.ConnectError | httpx.ConnectTimeout | httpx.UnsupportedProtocol):
        message += _what_to_check(request.url)
    return kind(
        message,
        method=request.method,
        url=str(request.url.copy_with(query=None)),
        sent=not isinstance(error, _NOT_SENT),
        idempotency_key=request.headers.get(IDEMPOTENCY_KEY_HEADER),
        request=request,
    )


_PROXY_VARIABLES = ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "https_proxy", "http_proxy", "all_proxy")


def _what_to_check(url: httpx.URL) -> str:
    """What a caller who cannot reach TokPortal should check: the base URL, the network, a proxy from the
    environment (its variable's name only: a proxy URL may carry credentials)."""
    origin = f"{url.scheme}://{url.host}" + (f":{url.port}" if url.port else "")
    proxies = sorted({name.upper() for name in _PROXY_VARIABLES if os.environ.get(name)})
    proxy = (
        f"the proxy set in {', '.join(proxies)} (or pass an http_client with trust_env=False)"
        if proxies
        else "a proxy, if your network needs one (HTTPS_PROXY)"
    )
    return (
        f". Could not connect to {origin}: check the base URL (base_url= or TOKPORTAL_BASE_URL), "
        f"your network connection, and {proxy}"
    )


class _ResponseError(TokPortalError):
    """What every error made from a response carries (`APIStatusError`, `APIResponseValidationError`)."""

    status_code: int
    headers: httpx.Headers
    request_id: str | None
    """``X-TokPortal-Request-ID``: quote it to TokPortal support."""
    body: Any
    """The decoded JSON body, or its text when it is not JSON, or None when empty."""
    method: str | None
    url: str | None
    """The request's URL without its query string."""
    request: httpx.Request | None
    """The request sent; None on a copy or an unpickled error (see :class:`TokPortalError`)."""
    response: httpx.Response | None
    """The response received; None on a copy or an unpickled error (see :class:`TokPortalError`)."""

    def _read_response(self, response: httpx.Response) -> Secrets:
        """Read the response; returns the secrets to scrub from the error's text (already gone from ``body``)."""
        request = _request_of(response)
        self.response = response
        self.request = request
        self.method = request.method if request is not None else None
        self.url = str(request.url.copy_with(query=None)) if request is not None else None
        self.status_code = response.status_code
        self.headers = response.headers
        self.request_id = response.headers.get(REQUEST_ID_HEADER)
        secrets = secrets_in(body := _body(response))
        if request is not None:  # the request's own key, echoed back: scrubbed whatever its length
            secrets.add_headers(request.headers, any_length=True)
        self.body = secrets.scrub_data(body)
        return secrets


class ResponseTooLargeError(TokPortalError):
    """A response body larger than the client's ``max_response_bytes`` once decoded (a decompression bomb, a
    runaway export): reading stopped at the limit. Not retried, since the same answer would come again."""

    def __init__(self, *, method: str, url: str, status_code: int, limit: int) -> None:
        super().__init__(
            f"{method} {url}: the {status_code} response body exceeds max_response_bytes={limit} once decoded; "
            "reading stopped (raise max_response_bytes=, or use save_to= for large exports)"
        )
        self.method = method
        self.url = url
        self.status_code = status_code
        self.limit = limit


class SaveError(TokPortalError):
    """``save_to=``: the export arrived but could not be written (disk full, I/O error, a stream refusing bytes).

    The target is left as it was (a path is only replaced once the whole body is on disk) and the temporary file
    is removed. The call's details are kept so the export is not lost: ask again with the same
    ``idempotency_key`` (TokPortal replays the first answer instead of charging again) once there is room.

    Attributes:
        path: The ``save_to`` path (or the stream's name, or its type).
        status_code: The HTTP status of the answer being saved.
        request_id: TokPortal's request id of that answer (quote it to support).
        idempotency_key: The ``Idempotency-Key`` the request carried, if any.
        errno: The ``errno`` of the failed write (``errno.ENOSPC`` for a full disk), or None.
        bytes_written: How many bytes of the body had been written when it failed.
    """

    def __init__(self, response: httpx.Response, path: str, cause: OSError, bytes_written: int) -> None:
        request = _request_of(response)
        self.path: str = path
        self.status_code: int = response.status_code
        self.request_id: str | None = response.headers.get(REQUEST_ID_HEADER)
        self.idempotency_key: str | None = request.headers.get(IDEMPOTENCY_KEY_HEADER) if request is not None else None
        self.errno: int | None = cause.errno
        self.bytes_written: int = bytes_written
        reason = cause.strerror or type(cause).__name__
        again = f" (same idempotency_key={self.idempotency_key!r})" if self.idempotency_key else ""
        super().__init__(
            f"save_to={path!r}: the {self.status_code} answer arrived but could not be written after "
            f"{bytes_written} bytes: {reason}; the target is unchanged and the partial file removed. Free the room "
            f"and ask again{again} (request id {self.request_id})"
        )


class UploadError(TokPortalError):
    """An upload failed at one of its steps; the message says which and why, and never holds the signed URL.
    Also raised by any upload (a direct one too) whose file could not be read or changed while it was sent.

    Attributes:
        step: ``"upload_url"`` (TokPortal's answer held no usable upload URL), ``"put"`` (storage refused or
            kept failing the ``PUT`` of the bytes) or ``"read"`` (the file could not be read, or changed: its
            size or modification time is not what it was when handed over).
        status_code: The storage's HTTP status, or None when no response came back.
        host: The host of the upload URL.
        storage_code: The storage's own error code (``AccessDenied``, ``SignatureDoesNotMatch``...) when it sent one.
    """

    def __init__(
        self,
        message: str,
        *,
        step: str,
        status_code: int | None = None,
        host: str | None = None,
        storage_code: str | None = None,
        filename: str | None = None,
    ) -> None:
        super().__init__(message)
        self.filename: str | None = filename
        """The name of the file being uploaded (``step="read"``)."""
        self.step = step
        self.status_code = status_code
        self.host = host
        self.storage_code = storage_code


class APIResponseValidationError(_ResponseError):
    """A 2xx response whose body does not match the API contract (a missing field, a wrong type, not JSON).

    ``body`` is what the server sent (the decoded JSON, or the text when it is not JSON), so nothing is lost.
    """

    def __init__(self, message: str, response: httpx.Response) -> None:
        secrets = self._read_response(response)
        super().__init__(secrets.scrub(message))


class APIStatusError(_ResponseError):
    """TokPortal answered with a non-2xx status. Match on :attr:`code`, which is stable; the message may change."""

    def __init__(self, response: httpx.Response) -> None:
        secrets = self._read_response(response)
        self.rate_limit: RateLimit | None = RateLimit.from_headers(response.headers)
        error = self.body.get("error") if isinstance(self.body, dict) else None
        error = error if isinstance(error, dict) else {}
        self.code: str | None = error.get("code") if isinstance(error.get("code"), str) else None
        details = error.get("details")
        self.details: dict[str, Any] = details if isinstance(details, dict) else {}
        message = error.get("message")
        self.message: str = message if isinstance(message, str) else (response.reason_phrase or "HTTP error")
        self.retry_after: float | None = self._retry_after()
        self.idempotency_key: str | None = self.request.headers.get(IDEMPOTENCY_KEY_HEADER) if self.request else None
        """The ``Idempotency-Key`` that was sent (None when the request had none): retrying the same operation
        later with ``idempotency_key=`` set to it cannot run it twice."""
        parts = [f"{self.status_code} {self.code or response.reason_phrase}: {self.message}"]
        if self.request_id:
            parts.append(f"(request {self.request_id})")
        super().__init__(secrets.scrub(" ".join(parts)))  # a secret the body names stays out

    def _retry_after(self) -> float | None:
        return server_wait(self.status_code, self.headers, self.body)


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:  # a response built by hand, without its request
        return None


def _body(response: httpx.Response) -> Any:
    try:
        content = response.content
    except httpx.ResponseNotRead:
        return None
    if not content:
        return None
    try:
        return json.loads(content)
    except (ValueError, RecursionError):  # not JSON, or nested deeper than Python can parse: keep the text
        return response.text


class BadRequestError(APIStatusError):
    """400: the request was invalid (``VALIDATION_ERROR`` and friends); ``details`` says which field."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, invalid or revoked."""


class InsufficientCreditsError(APIStatusError):
    """402: not enough credits; ``details`` carries ``required``, ``available`` and ``missing``."""


class PermissionDeniedError(APIStatusError):
    """403: the resource belongs to someone else, or your plan does not include it."""


class NotFoundError(APIStatusError):
    """404: no such resource."""


class ConflictError(APIStatusError):
    """409: the resource is in the wrong state (``details.current_status``) or a duplicate exists."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was well-formed but could not be processed."""


class PolicyConfirmationRequiredError(APIStatusError):
    """428: accept the policy first; resend with ``{"acknowledge_support_forfeit": True, "policy_version": ...}``."""

    @property
    def policy_version(self) -> str | None:
        """The exact policy version to send back when accepting."""
        value = self.details.get("policy_version")
        return value if isinstance(value, str) else None


class RateLimitError(APIStatusError):
    """429: too many requests; :attr:`retry_after` says how many seconds to wait."""


class InternalServerError(APIStatusError):
    """5xx: TokPortal failed; safe to retry when the request is idempotent."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: InsufficientCreditsError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    428: PolicyConfirmationRequiredError,
    429: RateLimitError,
}


def error_class(status_code: int) -> type[APIStatusError]:
    """The class of the error a response of this status raises (the resource docstrings and docs/api.md say it too)."""
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)


def error_for_response(response: httpx.Response) -> APIStatusError:
    """The error for a non-2xx response, of the class its status calls for."""
    return error_class(response.status_code)(response)


__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InsufficientCreditsError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "PolicyConfirmationRequiredError",
    "RateLimit",
    "RateLimitError",
    "ResponseTooLargeError",
    "SaveError",
    "TokPortalError",
    "UnprocessableEntityError",
    "UploadError",
    "error_class",
    "error_for_response",
    "error_for_transport",
    "retry_after_seconds",
]
