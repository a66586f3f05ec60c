"""Errors raised by the TokPortal client.

Everything derives from :class:`TokPortalError`. A response with a non-2xx status raises the
:class:`APIStatusError` subclass for its status, carrying the API's error ``code``, ``message`` and
``details``, the ``request_id`` to quote to support, and rate-limit figures. Transport failures raise
:class:`APIConnectionError` (or :class:`APITimeoutError`). Messages never contain the API key.
"""

from __future__ import annotations

import json
import time
from email.utils import parsedate_to_datetime
from typing import Any

import attrs
import httpx


class TokPortalError(Exception):
    """Base class of every error this package raises on purpose."""


@attrs.frozen
class RateLimit:
    """The rate-limit figures TokPortal sends on authenticated responses (``X-RateLimit-*``)."""

    limit: int | None
    remaining: int | None
    reset: int | None
    """Unix time at which the token bucket is full again."""

    @classmethod
    def from_headers(cls, headers: httpx.Headers) -> RateLimit | None:
        """Read the figures, or None when the response carries none."""
        values = [_int_header(headers, f"X-RateLimit-{name}") for name in ("Limit", "Remaining", "Reset")]
        return None if all(value is None for value in values) else cls(*values)


def _int_header(headers: httpx.Headers, name: str) -> int | None:
    value = headers.get(name)
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def retry_after_seconds(headers: httpx.Headers, *, now: float | None = None) -> float | None:
    """How long the server asks us to wait: ``Retry-After`` as seconds or an HTTP date, else None."""
    value = headers.get("Retry-After")
    if value is None:
        return None
    now = time.time() if now is None else now
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - now)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


class APIConnectionError(TokPortalError):
    """The request did not get a response: DNS, connection, TLS or protocol failure."""

    def __init__(self, message: str, *, method: str, url: str, sent: bool) -> None:
        super().__init__(message)
        self.method = method
        self.url = url
        self.sent = sent
        """False when the failure happened before the request left (always safe to retry)."""


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class APIResponseValidationError(TokPortalError):
    """A 2xx response whose body does not match the API contract (a missing field, a wrong type, not JSON)."""

    def __init__(self, message: str, *, status_code: int, request_id: str | None, headers: httpx.Headers) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.request_id = request_id
        self.headers = headers


class APIStatusError(TokPortalError):
    """TokPortal answered with a non-2xx status. Match on :attr:`code`, which is stable; the message may change."""

    def __init__(self, response: httpx.Response) -> None:
        self.status_code: int = response.status_code
        self.headers: httpx.Headers = response.headers
        self.request_id: str | None = response.headers.get("X-TokPortal-Request-ID")
        self.rate_limit: RateLimit | None = RateLimit.from_headers(response.headers)
        self.body: Any = _body(response)
        error = self.body.get("error") if isinstance(self.body, dict) else None
        error = error if isinstance(error, dict) else {}
        self.code: str | None = error.get("code") if isinstance(error.get("code"), str) else None
        details = error.get("details")
        self.details: dict[str, Any] = details if isinstance(details, dict) else {}
        message = error.get("message")
        self.message: str = message if isinstance(message, str) else (response.reason_phrase or "HTTP error")
        self.retry_after: float | None = self._retry_after()
        parts = [f"{self.status_code} {self.code or response.reason_phrase}: {self.message}"]
        if self.request_id:
            parts.append(f"(request {self.request_id})")
        super().__init__(" ".join(parts))

    def _retry_after(self) -> float | None:
        seconds = retry_after_seconds(self.headers)
        if seconds is None and self.status_code == 429:
            if self.rate_limit is not None and self.rate_limit.reset is not None:
                seconds = max(0.0, self.rate_limit.reset - time.time())
            elif isinstance(self.details.get("retry_after_seconds"), int | float):
                seconds = float(self.details["retry_after_seconds"])
        return seconds


def _body(response: httpx.Response) -> Any:
    if not response.content:
        return None
    try:
        return json.loads(response.content)
    except ValueError:
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


def error_for_response(response: httpx.Response) -> APIStatusError:
    """The error for a non-2xx response, of the class its status calls for."""
    if response.status_code >= 500:
        return InternalServerError(response)
    return _BY_STATUS.get(response.status_code, APIStatusError)(response)


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
    "TokPortalError",
    "UnprocessableEntityError",
    "error_for_response",
]
