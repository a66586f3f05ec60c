"""What the generated resources (``client.<tag>``) are built on: per-call options, the raw response type,
and the base classes holding the client. Kept apart from the client so generated code can import it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Generic, TypedDict, TypeVar

import attrs
import httpx

from .errors import RateLimit
from .pagination import AsyncPager, SyncPager

if TYPE_CHECKING:
    from ._client import AsyncTokPortal, TokPortal

T = TypeVar("T")


class RequestOptions(TypedDict, total=False):
    """Per-call options every operation takes as keywords."""

    dry_run: bool
    """Send ``X-TokPortal-Dry-Run: true``: TokPortal validates and prices the call, creating and charging nothing."""
    timeout: float | httpx.Timeout | None
    """Overrides the client's timeout for this call."""
    extra_headers: Mapping[str, str]
    """More headers to send (cannot replace the API key or the idempotency key)."""
    request_id: str
    """Sent as ``X-Request-ID``; TokPortal echoes it as the request id of the response."""


class WriteOptions(RequestOptions, total=False):
    """Per-call options of operations that change something."""

    idempotency_key: str
    """Your own ``Idempotency-Key`` (max 255 characters); by default the client generates one per call."""


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


class SyncAPIResource:
    """Base of the generated sync resources."""

    def __init__(self, client: TokPortal) -> None:
        self._client = client


class AsyncAPIResource:
    """Base of the generated async resources."""

    def __init__(self, client: AsyncTokPortal) -> None:
        self._client = client


__all__ = [
    "APIResponse",
    "AsyncAPIResource",
    "AsyncPager",
    "RequestOptions",
    "SyncAPIResource",
    "SyncPager",
    "WriteOptions",
]
