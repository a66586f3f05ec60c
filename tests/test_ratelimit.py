"""tokportal_client.ratelimit: the pacing arithmetic on a fake clock, the limiters' rules, and how the clients
call them (loopback). The runs against a real Redis and a rate-limiting stand-in are in test_ratelimit_live.py.
"""

from __future__ import annotations

import asyncio
import json
import math
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tokportal_client import AsyncTokPortal, TokPortal
from tokportal_client.ratelimit import (
    LOST_AFTER,
    MAX_SERVER_WAIT,
    LocalRateLimiter,
    RateLimiter,
    RedisRateLimiter,
    ServerBucket,
    TokenBucket,
    api_key_fingerprint,
    for_client,
)

KEY = "sk_live_" + "7a1e" * 12
T0 = 1_800_000_000.0
ME = {"data": {"email": "me@example.com", "credits": 10}}


class Clock:
    """A fake Unix clock that tests move by hand."""

    def __init__(self, now: float = T0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def figures(limit: int, remaining: int, reset: float, **extra: str) -> httpx.Headers:
    return httpx.Headers(
        {
            "X-RateLimit-Limit": str(limit),
            "X-RateLimit-Remaining": str(remaining),
            "X-RateLimit-Reset": str(math.ceil(reset)),
            **extra,
        }
    )


# --------------------------------------------------------------------------------------------- TokenBucket


def test_bucket_lets_a_burst_through_then_one_per_interval_in_order() -> None:
    bucket = TokenBucket(0.5, 3)

    waits = [bucket.reserve(T0) for _ in range(6)]

    assert waits == [0.0, 0.0, 0.0, 0.5, 1.0, 1.5]


def test_bucket_refills_while_idle_but_never_beyond_its_burst() -> None:
    bucket = TokenBucket(1.0, 2)
    assert [bucket.reserve(T0) for _ in range(3)] == [0.0, 0.0, 1.0]

    assert bucket.reserve(T0 + 2.0) == 0.0  # two tokens came back; the queued one took one
    assert bucket.reserve(T0 + 100.0) == 0.0
    assert bucket.reserve(T0 + 100.0) == 0.0
    assert bucket.reserve(T0 + 100.0) == pytest.approx(1.0, abs=1e-5)  # a long rest still gives only `burst` at once


# --------------------------------------------------------------------------------------------- ServerBucket


def test_server_bucket_waits_for_nothing_before_the_server_said_anything() -> None:
    server = ServerBucket()

    assert [server.reserve(T0) for _ in range(50)] == [0.0] * 50


def test_no_waiting_while_tokens_remain_then_everyone_waits_for_the_reset() -> None:
    server = ServerBucket()
    server.reserve(T0)
    server.observe(T0, 200, figures(120, 3, T0 + 30))

    assert [server.reserve(T0) for _ in range(3)] == [0.0, 0.0, 0.0]
    assert server.reserve(T0) == 30.0
    assert server.reserve(T0 + 10) == 20.0  # another thread, later: the same reset
    assert server.reserve(T0 + 30) == 0.0  # full again


def test_remaining_zero_holds_every_attempt_until_the_reset() -> None:
    server = ServerBucket()
    server.reserve(T0)
    server.observe(T0, 200, figures(120, 0, T0 + 12))

    assert server.reserve(T0 + 1) == 11.0
    assert server.reserve(T0 + 1) == 11.0


def test_attempts_still_unanswered_will_take_their_tokens() -> None:
    server = ServerBucket()
    for _ in range(4):
        server.reserve(T0)
    server.observe(T0, 200, figures(120, 4, T0 + 30))  # three attempts are still out

    assert server.reserve(T0) == 0.0
    assert server.reserve(T0) == 30.0


def test_an_attempt_without_a_response_no_longer_counts() -> None:
    server = ServerBucket()
    for _ in range(3):
        server.reserve(T0)
    server.observe(T0, None, None)  # a connection failure
    server.observe(T0, 200, figures(120, 3, T0 + 30))  # one attempt still out

    assert [server.reserve(T0) for _ in range(3)] == [0.0, 0.0, 30.0]


def test_attempts_never_reported_are_forgotten_after_a_while() -> None:
    server = ServerBucket()
    server.reserve(T0)
    server.reserve(T0)  # never reported (a cancelled task)
    later = T0 + LOST_AFTER + 1
    server.reserve(later)
    server.observe(later, 200, figures(120, 2, later + 30))

    assert [server.reserve(later) for _ in range(3)] == [0.0, 0.0, 30.0]


def test_a_429_holds_every_attempt_for_its_retry_after() -> None:
    server = ServerBucket()
    server.reserve(T0)
    server.observe(T0, 429, httpx.Headers({"Retry-After": "3"}))

    assert server.reserve(T0 + 1) == 2.0
    assert server.reserve(T0 + 2) == 1.0
    assert server.reserve(T0 + 3) == 0.0


def test_a_429_with_an_empty_bucket_waits_for_the_later_of_retry_after_and_reset() -> None:
    server = ServerBucket()
    server.reserve(T0)
    server.observe(T0, 429, figures(120, 0, T0 + 40, **{"Retry-After": "3"}))

    assert server.reserve(T0) == 40.0


def test_a_429_without_retry_after_holds_until_the_reset() -> None:
    server = ServerBucket(budget=False)
    server.reserve(T0)
    server.observe(T0, 429, figures(60, 0, T0 + 5))

    assert server.reserve(T0 + 1) >= 4.0


def test_a_429_that_shows_tokens_left_is_not_about_the_rate_limit() -> None:
    server = ServerBucket()
    server.reserve(T0)
    server.observe(T0, 429, figures(120, 80, T0 + 20, **{"Retry-After": "600"}))  # e.g. capacity_cooldown

    assert server.reserve(T0) == 0.0


def test_a_server_wait_beyond_a_minute_is_not_waited_for() -> None:
    server = ServerBucket()
    server.reserve(T0)
    server.observe(T0, 429, httpx.Headers({"Retry-After": str(MAX_SERVER_WAIT + 1)}))

    assert server.reserve(T0) == 0.0  # the call goes; the retry policy raises the 429 with retry_after set


def test_without_budget_only_429s_hold() -> None:
    server = ServerBucket(budget=False)  # behind a configured rate, where an empty bucket is normal
    server.reserve(T0)
    server.observe(T0, 200, figures(10, 0, T0 + 2))
    assert [server.reserve(T0) for _ in range(3)] == [0.0] * 3

    server.observe(T0, 429, figures(10, 0, T0 + 2, **{"Retry-After": "1"}))
    assert server.reserve(T0) == 1.0


# --------------------------------------------------------------------------------------------- the limiters


def test_default_limiter_waits_for_nothing_while_tokens_remain() -> None:
    clock = Clock()
    limiter = RateLimiter(clock=clock)
    limiter.reserve()
    limiter.observe(200, {"X-RateLimit-Limit": "120", "X-RateLimit-Remaining": "100", "x-ratelimit-reset": "0"})

    assert [limiter.reserve() for _ in range(100)] == [0.0] * 100
    assert limiter.reserve() == 0.0  # the reset (long past) says the bucket is full again


def test_default_limiter_waits_for_the_reset_after_remaining_zero() -> None:
    clock = Clock()
    limiter = RateLimiter(clock=clock)
    limiter.reserve()
    limiter.observe(200, figures(120, 0, T0 + 5))

    assert limiter.reserve() == 5.0


def test_configured_rate_is_kept_when_the_server_says_nothing() -> None:
    limiter = LocalRateLimiter(60, burst=2, clock=Clock())

    assert [limiter.reserve() for _ in range(4)] == [0.0, 0.0, 1.0, 2.0]


def test_the_stricter_of_configured_rate_and_server_wins() -> None:
    clock = Clock()
    strict = LocalRateLimiter(6, burst=1, clock=clock)  # a request every 10 s
    strict.reserve()
    strict.observe(200, figures(10, 9, T0 + 1))  # the server has plenty
    assert strict.reserve() == pytest.approx(10.0, abs=1e-5)

    loose = LocalRateLimiter(6000, burst=100, clock=clock)
    loose.reserve()
    loose.observe(429, {"Retry-After": "7"})  # the server refused: everyone waits
    assert loose.reserve() == 7.0
    assert loose.reserve() == 7.0
    clock.now += 7
    assert loose.reserve() == 0.0


def test_burst_defaults_to_a_minute_of_requests() -> None:
    assert LocalRateLimiter(90).burst == 90
    assert LocalRateLimiter(0.5).burst == 1
    assert LocalRateLimiter(requests_per_minute=30, burst=5).burst == 5


def test_acquire_sleeps_the_reservation_and_a_hold_set_meanwhile(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = Clock()
    limiter = LocalRateLimiter(60, burst=1, clock=clock)
    limiter.acquire()  # the burst: no sleep
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        clock.now += seconds
        if len(slept) == 1:  # another thread's request got a 429 meanwhile
            limiter.observe(429, {"Retry-After": "4"})

    monkeypatch.setattr(time, "sleep", sleep)
    limiter.acquire()

    assert slept == [1.0, 4.0]


async def test_aacquire_sleeps_the_reservation_and_a_hold_set_meanwhile(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = Clock()
    limiter = LocalRateLimiter(60, burst=1, clock=clock)
    await limiter.aacquire()
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)
        clock.now += seconds
        if len(slept) == 1:
            limiter.observe(429, {"Retry-After": "4"})

    monkeypatch.setattr(asyncio, "sleep", sleep)
    await limiter.aacquire()

    assert slept == [1.0, 4.0]


@pytest.mark.parametrize(
    ("build", "error", "field"),
    [
        (lambda: LocalRateLimiter(0), ValueError, "requests_per_minute"),
        (lambda: LocalRateLimiter(-5), ValueError, "requests_per_minute"),
        (lambda: LocalRateLimiter(math.inf), ValueError, "requests_per_minute"),
        (lambda: LocalRateLimiter("120"), TypeError, "requests_per_minute"),  # type: ignore[arg-type]
        (lambda: LocalRateLimiter(True), TypeError, "requests_per_minute"),
        (lambda: LocalRateLimiter(120, burst=0), ValueError, "burst"),
        (lambda: LocalRateLimiter(120, burst=2.5), TypeError, "burst"),  # type: ignore[arg-type]
        (lambda: RedisRateLimiter("http://localhost:6379"), ValueError, "redis_url"),
        (lambda: RedisRateLimiter(6379), TypeError, "redis_url"),  # type: ignore[arg-type]
        (lambda: RedisRateLimiter("redis://localhost", key=""), ValueError, "key"),
        (lambda: RedisRateLimiter("redis://localhost", key=b"k"), TypeError, "key"),  # type: ignore[arg-type]
        (lambda: RedisRateLimiter("redis://localhost", requests_per_minute=0), ValueError, "requests_per_minute"),
        (lambda: TokPortal(api_key=KEY, rate_limiter=120), TypeError, "rate_limiter"),
        (lambda: AsyncTokPortal(api_key=KEY, rate_limiter="redis://x"), TypeError, "rate_limiter"),
    ],
)
def test_bad_settings_are_refused_naming_the_field(build: Callable[[], object], error: type, field: str) -> None:
    with pytest.raises(error, match=field):
        build()


def test_a_limiter_paces_one_api_key() -> None:
    limiter = LocalRateLimiter(60)
    client = TokPortal(api_key=KEY, rate_limiter=limiter)

    assert client.with_options(max_retries=0)._rate_limiter is limiter
    with pytest.raises(ValueError, match=r"rate_limiter: .*another API key"):
        client.with_options(api_key="sk_live_other")


def test_default_limiter_is_shared_by_copies_and_renewed_for_another_key() -> None:
    client = TokPortal(api_key=KEY)
    copy = client.with_options(timeout=5)
    other = client.with_options(api_key="sk_live_other")

    assert isinstance(client._rate_limiter, RateLimiter)
    assert copy._rate_limiter is client._rate_limiter
    assert other._rate_limiter is not client._rate_limiter
    assert TokPortal(api_key=KEY)._rate_limiter is not client._rate_limiter  # one per client, not per key
    assert for_client(False, KEY).reserve() == 0.0


def test_the_redis_key_is_a_fingerprint_of_the_api_key_never_the_key() -> None:
    limiter = RedisRateLimiter("redis://127.0.0.1:1/0")
    TokPortal(api_key=KEY, rate_limiter=limiter)

    assert KEY not in limiter.key
    assert KEY[8:24] not in limiter.key
    assert api_key_fingerprint(KEY) in limiter.key
    assert api_key_fingerprint(KEY) == api_key_fingerprint(KEY)
    assert api_key_fingerprint(KEY) != api_key_fingerprint(KEY + "x")
    assert RedisRateLimiter("redis://127.0.0.1:1/0", key="team-a").key == "team-a"


def test_redis_password_never_in_repr() -> None:
    limiter = RedisRateLimiter("redis://worker:s3cret-pass@redis.internal:6380/2", requests_per_minute=90)

    assert "s3cret" not in repr(limiter)
    assert "redis.internal:6380/2" in repr(limiter)


def test_without_the_redis_package_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "redis", None)

    with pytest.raises(ImportError, match=r"tokportal-client\[redis\]"):
        RedisRateLimiter("redis://localhost")


def test_importing_the_client_does_not_import_redis() -> None:
    code = "import sys, tokportal_client, tokportal_client.ratelimit; print('redis' in sys.modules)"

    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)

    assert result.stdout.strip() == "False"


# --------------------------------------------------------------------------------------------- the client hook


class Recorder(RateLimiter):
    """Records how the client calls its limiter."""

    def __init__(self) -> None:
        super().__init__()
        self.events: list[Any] = []

    def acquire(self) -> None:
        self.events.append("acquire")

    async def aacquire(self) -> None:
        self.events.append("acquire")

    def observe(self, status: int | None, headers: Any = None) -> None:
        self.events.append((status, None if headers is None else headers.get("X-RateLimit-Remaining")))


async def call(client: TokPortal | AsyncTokPortal) -> Any:
    result = client.profile.get_current_user()
    return await result if asyncio.iscoroutine(result) else result


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def build(kind: str, base_url: str, **settings: Any) -> TokPortal | AsyncTokPortal:
    cls = TokPortal if kind == "sync" else AsyncTokPortal
    return cls(api_key=KEY, base_url=base_url, **settings)


async def test_client_acquires_before_every_attempt_and_reports_every_answer(kind: str, httpserver: HTTPServer) -> None:
    limited = {"Retry-After": "0", "X-RateLimit-Limit": "120", "X-RateLimit-Remaining": "0"}
    httpserver.expect_ordered_request("/me").respond_with_json({"error": {"code": "RATE_LIMIT_EXCEEDED"}}, 429, limited)
    httpserver.expect_ordered_request("/me").respond_with_json(ME, headers={"X-RateLimit-Remaining": "7"})
    recorder = Recorder()
    client = build(kind, httpserver.url_for(""), rate_limiter=recorder)

    await call(client.with_options(timeout=5))  # a copy uses the same limiter

    assert recorder.events == ["acquire", (429, "0"), "acquire", (200, "7")]


async def test_client_reports_an_attempt_that_got_no_answer(kind: str) -> None:
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    recorder = Recorder()
    client = build(kind, f"http://127.0.0.1:{port}", rate_limiter=recorder, max_retries=0)

    with pytest.raises(Exception, match="Connect"):
        await call(client)

    assert recorder.events == ["acquire", (None, None)]


async def test_copies_wait_for_the_reset_the_original_was_told(kind: str, httpserver: HTTPServer) -> None:
    reset = math.ceil(time.time()) + 1
    arrivals: list[float] = []

    def empty_bucket(request: Request) -> Response:
        arrivals.append(time.time())
        headers = {"X-RateLimit-Limit": "120", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(reset)}
        return Response(json.dumps(ME), headers=headers, content_type="application/json")

    httpserver.expect_request("/me").respond_with_handler(empty_bucket)
    client = build(kind, httpserver.url_for(""))
    unpaced = build(kind, httpserver.url_for(""), rate_limiter=False)

    await call(client)
    await call(client.with_options(max_retries=0))
    await call(unpaced)
    await call(unpaced)

    assert arrivals[1] >= reset - 0.01  # the copy waited for the reset its original was told about
    assert arrivals[3] - arrivals[2] < 0.5  # rate_limiter=False: no waiting
