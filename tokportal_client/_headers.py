"""The one reader of what a server says about waiting: ``Retry-After``, ``X-RateLimit-*`` and a 429's body.

The errors (:class:`~tokportal_client.APIStatusError`'s ``rate_limit`` and ``retry_after``), the retry policy
(through ``retry_after``) and the rate limiters (``tokportal_client.ratelimit``) all read the server through
:class:`RateLimit` and :func:`server_wait`; a rule about these headers is changed here only.

Defensive: a value that is not a number, NaN, infinite, negative where it cannot be, or absurdly large is
clamped or ignored, never raised.
"""

from __future__ import annotations

import math
import time
from collections.abc import Mapping
from email.utils import parsedate_to_datetime
from typing import Any

import attrs
import httpx

MAX_WAIT = 86_400.0
"""The longest wait read from a server (a day): anything longer is this (still far over any retry policy's
``max_retry_after``, so the error is raised at once with ``retry_after`` set)."""
_MAX_FIGURE = 2**53
"""The largest rate-limit figure taken (a Unix time or a count); larger ones are ignored."""


@attrs.frozen
class RateLimit:
    """The rate-limit figures TokPortal sends on authenticated responses (``X-RateLimit-*``)."""

    limit: int | None
    remaining: int | None
    reset: int | None
    """Unix time at which the token bucket is full again."""

    @classmethod
    def from_headers(cls, headers: httpx.Headers) -> RateLimit | None:
        """Read the figures, or None when the response carries none (or none that is a sane number)."""
        values = [_figure(headers.get(f"X-RateLimit-{name}")) for name in ("Limit", "Remaining", "Reset")]
        return None if all(value is None for value in values) else cls(*values)


def _figure(value: str | None) -> int | None:
    """A non-negative integer header, or None (absent, not an integer, negative or absurdly large)."""
    if value is None:
        return None
    text = value.strip()
    if not text.isascii() or not text.isdigit() or len(text) > 16:
        return None
    number = int(text)
    return number if number <= _MAX_FIGURE else None


def _seconds(value: object) -> float | None:
    """A number of seconds to wait: negative is 0, huge is :data:`MAX_WAIT`, NaN or not a number is None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            return None
    if not isinstance(value, int | float):
        return None
    try:
        number = float(value)
    except OverflowError:  # an integer too large for a float
        return MAX_WAIT if value > 0 else 0.0
    if math.isnan(number):
        return None
    return min(MAX_WAIT, max(0.0, number))


def retry_after_seconds(headers: httpx.Headers, *, now: float | None = None) -> float | None:
    """How long ``Retry-After`` asks to wait (seconds, or an HTTP date), else None."""
    value = headers.get("Retry-After")
    if value is None:
        return None
    seconds = _seconds(value)
    if seconds is not None or value.strip().lstrip("+-").replace(".", "", 1).isdigit():
        return seconds
    try:
        when = parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return _seconds(when - (time.time() if now is None else now))


def server_wait(
    status: int | None, headers: httpx.Headers, body: Any = None, *, now: float | None = None
) -> float | None:
    """Seconds the server asks before the next request, or None when it says nothing.

    ``Retry-After`` on any response; on a 429 without it, until ``X-RateLimit-Reset``, else the body's
    ``error.details.retry_after_seconds``.
    """
    seconds = retry_after_seconds(headers, now=now)
    if seconds is not None or status != 429:
        return seconds
    figures = RateLimit.from_headers(headers)
    if figures is not None and figures.reset is not None:
        return _seconds(figures.reset - (time.time() if now is None else now))
    error = body.get("error") if isinstance(body, Mapping) else None
    details = error.get("details") if isinstance(error, Mapping) else None
    return _seconds(details.get("retry_after_seconds")) if isinstance(details, Mapping) else None


__all__ = ["MAX_WAIT", "RateLimit", "retry_after_seconds", "server_wait"]
