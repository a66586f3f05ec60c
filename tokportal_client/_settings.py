"""A client's settings: one frozen record, the only place a default is written.

The constructors of both clients turn their arguments into a :class:`Settings` with :meth:`Settings.create`
(reading ``TOKPORTAL_API_KEY``, ``TOKPORTAL_BASE_URL`` and ``TOKPORTAL_STRICT_RESPONSE_VALIDATION`` for what
is not given); both ``with_options`` call :meth:`Settings.evolve`; ``repr()`` of a client and the request
core read the record. A new setting is one field here, one keyword of each constructor and ``with_options``.
"""

from __future__ import annotations

import ipaddress
import os
import platform
from collections.abc import Mapping
from typing import Any, Final, Literal

import attrs
import httpx

from ._version import __version__
from .errors import TokPortalError
from .ratelimit import RateLimiter, for_client
from .retry import RetryPolicy

DEFAULT_BASE_URL: Final = "https://app.tokportal.com/api/ext"
DEFAULT_TIMEOUT: Final = 30.0
"""Seconds one attempt may take as a whole (connect, request body, response headers and body)."""
DEFAULT_MAX_CONCURRENCY: Final = 16
DEFAULT_MAX_RESPONSE_BYTES: Final = 64 * 1024 * 1024
"""The largest response body read into memory (decoded size: a gzip bomb is cut while it inflates)."""
"""Requests an async client and its ``with_options`` copies have on the wire at once."""
USER_AGENT: Final = (
    f"tokportal-client-python/{__version__} Python/{platform.python_version()} httpx/{httpx.__version__}"
)
_TRUE = frozenset({"1", "true", "yes", "on"})
OWN_HEADERS: Final = frozenset(
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
"""Headers the client sets itself (or httpx frames the request with): never taken from default or extra headers."""

Timeout = float | httpx.Timeout | None


class _Keep:
    """The default of ``with_options`` arguments: keep this client's setting."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP: Final = _Keep()


@attrs.frozen(kw_only=True)
class Settings:
    """Everything a client was configured with, checked; ``with_options`` makes an evolved copy."""

    api_key: str = attrs.field(repr=False)
    base_url: str = DEFAULT_BASE_URL
    timeout: Timeout = DEFAULT_TIMEOUT
    retry: RetryPolicy = attrs.field(factory=RetryPolicy)
    default_headers: Mapping[str, str] = attrs.field(factory=dict)
    """The caller's extra headers (the client's own ``User-Agent`` and ``X-TokPortal-Client`` come first)."""
    dry_run: bool = False
    allow_insecure_http: bool = False
    rate_limiter: RateLimiter = attrs.field(eq=False, repr=False)
    """Shared by ``with_options`` copies."""
    strict_response_validation: bool = False
    max_concurrency: int = DEFAULT_MAX_CONCURRENCY
    """Async clients only."""
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    """The largest decoded response body read into memory (``save_to=`` streams to disk instead)."""

    @classmethod
    def create(
        cls,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        default_headers: Mapping[str, str] | None = None,
        dry_run: bool = False,
        allow_insecure_http: bool = False,
        rate_limiter: RateLimiter | Literal[False] | None = None,
        strict_response_validation: bool | None = None,
        max_concurrency: int = DEFAULT_MAX_CONCURRENCY,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> Settings:
        """The settings of a new client: what is not given comes from the environment, then the defaults."""
        api_key = api_key if api_key is not None else os.environ.get("TOKPORTAL_API_KEY")
        if not api_key:
            raise TokPortalError("No API key: pass api_key=... or set the TOKPORTAL_API_KEY environment variable")
        if not isinstance(api_key, str) or not api_key.isascii() or not api_key.isprintable():
            raise ValueError("api_key: expected a printable ASCII string")
        if strict_response_validation is None:
            strict_response_validation = os.environ.get("TOKPORTAL_STRICT_RESPONSE_VALIDATION", "").lower() in _TRUE
        policy = retry or RetryPolicy()
        if max_retries is not None:
            policy = attrs.evolve(policy, max_retries=max_retries)
        headers = dict(default_headers or {})
        for name, value in headers.items():
            check_header(name, value, "default_headers")
        if isinstance(max_concurrency, bool) or not isinstance(max_concurrency, int) or max_concurrency < 1:
            raise ValueError(f"max_concurrency: expected a positive integer, got {max_concurrency!r}")
        if isinstance(max_response_bytes, bool) or not isinstance(max_response_bytes, int) or max_response_bytes < 1:
            raise ValueError(f"max_response_bytes: expected a positive integer, got {max_response_bytes!r}")
        return cls(
            api_key=api_key,
            base_url=check_base_url(
                base_url or os.environ.get("TOKPORTAL_BASE_URL") or DEFAULT_BASE_URL, allow_insecure_http
            ),
            timeout=timeout,
            retry=policy,
            default_headers=headers,
            dry_run=dry_run,
            allow_insecure_http=allow_insecure_http,
            rate_limiter=for_client(rate_limiter, api_key),
            strict_response_validation=strict_response_validation,
            max_concurrency=max_concurrency,
            max_response_bytes=max_response_bytes,
        )

    def evolve(self, changes: Mapping[str, Any]) -> Settings:
        """These settings with the given ones changed (those left at ``KEEP`` stay as they are), checked as new."""
        kept: dict[str, Any] = {
            "api_key": self.api_key,
            "base_url": self.base_url,
            "timeout": self.timeout,
            "retry": self.retry,
            "default_headers": self.default_headers,
            "dry_run": self.dry_run,
            "allow_insecure_http": self.allow_insecure_http,
            "rate_limiter": self.rate_limiter,
            "strict_response_validation": self.strict_response_validation,
            "max_concurrency": self.max_concurrency,
            "max_response_bytes": self.max_response_bytes,
        }
        kept.update({name: value for name, value in changes.items() if value is not KEEP})
        return Settings.create(**kept)

    @property
    def headers(self) -> dict[str, str]:
        """The headers of every request to TokPortal, before the per-call ones."""
        return {
            "User-Agent": USER_AGENT,
            "X-TokPortal-Client": f"tokportal-client-python/{__version__}",
            **self.default_headers,
        }


def check_base_url(base_url: str, allow_insecure_http: bool) -> str:
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


def check_header(name: object, value: object, field: str) -> None:
    """A header a caller passes: printable ASCII only (CR/LF would split the request), not one the client owns."""
    if not isinstance(name, str):
        raise TypeError(f"{field}: header names must be strings, got {type(name).__name__}")
    if name.lower() in OWN_HEADERS:
        raise ValueError(f"{field}: {name} is set by the client (use the dedicated option)")
    check_header_text(name, field)
    check_header_text(value, f"{field}[{name!r}]")


def check_header_text(value: object, field: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{field}: expected a string, got {type(value).__name__}")
    if not value.isascii() or not value.isprintable():
        raise ValueError(f"{field}: must be printable ASCII (no CR, LF or other control characters)")
    return value


__all__ = ["DEFAULT_BASE_URL", "DEFAULT_TIMEOUT", "KEEP", "Settings"]
