"""The one reader of ``Retry-After``, ``X-RateLimit-*`` and 429 bodies (``tokportal_client._headers``): what it
takes, what it clamps, what it ignores (never raising), and that the errors and the rate limiter read through it."""

from __future__ import annotations

import math
from typing import Any

import httpx
import pytest

from tokportal_client._headers import MAX_WAIT, RateLimit, retry_after_seconds, server_wait
from tokportal_client.errors import error_for_response
from tokportal_client.ratelimit import ServerBucket, read_figures

NOW = 1_800_000_000.0


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("3", 3.0),
        (" 2.5 ", 2.5),
        ("-4", 0.0),
        ("1e308", MAX_WAIT),
        ("99999999999999999999999", MAX_WAIT),
        ("nan", None),
        ("NaN", None),
        ("inf", MAX_WAIT),
        ("soon", None),
        ("", None),
        ("Thu, 01 Jan 2027 00:00:10 GMT", None),  # a date: relative to now, checked below
    ],
)
def test_retry_after_is_clamped_or_ignored(value: str, expected: float | None) -> None:
    seconds = retry_after_seconds(httpx.Headers({"Retry-After": value}), now=NOW)
    if "GMT" in value:
        assert seconds is not None and 0 <= seconds <= MAX_WAIT
    else:
        assert seconds == expected


def test_an_http_date_counts_from_now() -> None:
    headers = httpx.Headers({"Retry-After": "Fri, 15 Jan 2027 08:00:30 GMT"})
    from email.utils import parsedate_to_datetime

    when = parsedate_to_datetime("Fri, 15 Jan 2027 08:00:30 GMT").timestamp()
    assert retry_after_seconds(headers, now=when - 30) == 30
    assert retry_after_seconds(headers, now=when + 30) == 0


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            {"X-RateLimit-Limit": "120", "X-RateLimit-Remaining": "7", "X-RateLimit-Reset": "1800000060"},
            (120, 7, 1800000060),
        ),
        ({"X-RateLimit-Remaining": "-1"}, None),
        ({"X-RateLimit-Remaining": "1.5", "X-RateLimit-Limit": "120"}, (120, None, None)),
        ({"X-RateLimit-Reset": "9" * 40}, None),
        ({"X-RateLimit-Limit": "nan"}, None),
        ({"X-RateLimit-Limit": "+12"}, None),
    ],
)
def test_rate_limit_figures_take_only_sane_integers(headers: dict[str, str], expected: Any) -> None:
    figures = RateLimit.from_headers(httpx.Headers(headers))
    assert (None if figures is None else (figures.limit, figures.remaining, figures.reset)) == expected


@pytest.mark.parametrize(
    ("status", "headers", "body", "expected"),
    [
        (429, {"Retry-After": "5"}, None, 5.0),
        (503, {"Retry-After": "5"}, None, 5.0),
        (429, {"X-RateLimit-Reset": str(int(NOW) + 12)}, None, 12.0),
        (429, {}, {"error": {"details": {"retry_after_seconds": 7}}}, 7.0),
        (429, {}, {"error": {"details": {"retry_after_seconds": math.nan}}}, None),
        (429, {}, {"error": {"details": {"retry_after_seconds": "x"}}}, None),
        (429, {}, {"error": {"details": {"retry_after_seconds": -3}}}, 0.0),
        (429, {}, {"error": {"details": {"retry_after_seconds": 10**400}}}, MAX_WAIT),
        (429, {}, {"error": "flat"}, None),
        (429, {}, ["not", "an", "object"], None),
        (500, {"X-RateLimit-Reset": str(int(NOW) + 12)}, None, None),
    ],
)
def test_server_wait_reads_one_rule(status: int, headers: dict[str, str], body: Any, expected: float | None) -> None:
    assert server_wait(status, httpx.Headers(headers), body, now=NOW) == expected


def test_the_errors_and_the_limiter_read_through_it() -> None:
    hostile = {"Retry-After": "nan", "X-RateLimit-Remaining": "-5", "X-RateLimit-Reset": "9" * 40}
    request = httpx.Request("GET", "https://app.tokportal.com/api/ext/bundles")
    error: Any = error_for_response(httpx.Response(429, headers=hostile, json={"error": {}}, request=request))
    assert error.retry_after is None and error.rate_limit is None
    bucket = ServerBucket()
    bucket.observe(NOW, 429, read_figures(httpx.Headers(hostile), NOW))  # nothing usable: no hold, no raise
    assert bucket.reserve(NOW) == 0
    bucket.observe(NOW, 429, read_figures(httpx.Headers({"Retry-After": "3"}), NOW))
    assert bucket.reserve(NOW) == 3
