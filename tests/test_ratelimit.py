"""tokportal_client.ratelimit: the pacing arithmetic on a fake clock, the limiters' rules, and how the clients
call them (loopback). The runs against a real Redis and a rate-limiting stand-in are in test_ratelimit_live.py.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import random
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tokportal_client import AsyncTokPortal, TokPortal
from tokportal_client.ratelimit import (
    LOST_AFTER,
    MAX_SERVER_WAIT,
    SHARE_BACKOFF,
    SHARE_STEP,
    Figures,
    LocalRateLimiter,
    RateLimiter,
    RedisRateLimiter,
    RefillEstimate,
    ServerBucket,
    TokenBucket,
    api_key_fingerprint,
    for_client,
    read_figures,
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

# TokPortal's own bucket: 120 tokens, two a second back (one every half second).
LIMIT, INTERVAL = 120, 0.5


def said(remaining: int, *, at: float = T0, limit: int = LIMIT, interval: float = INTERVAL, **extra: Any) -> Figures:
    """The figures a bucket of ``limit`` tokens refilled one per ``interval`` seconds gives at ``at`` (Reset rounded up
    to a whole second, as TokPortal sends it)."""
    return Figures(limit, remaining, float(math.ceil(at + (limit - remaining) * interval)), **extra)


def pacer() -> ServerBucket:
    return ServerBucket(jitter=lambda: 0.5)


def test_read_figures_parses_the_headers_once_for_the_pacer() -> None:
    headers = figures(120, 7, T0 + 30, **{"Retry-After": "2"})

    assert read_figures(headers, T0) == Figures(120, 7, math.ceil(T0 + 30), 2.0)
    assert read_figures(httpx.Headers({"Retry-After": "3"}), T0) == Figures(retry_after=3.0)
    assert read_figures(httpx.Headers({"Content-Type": "application/json"}), T0) is None


def test_refill_estimate_narrows_to_the_interval_the_figures_imply() -> None:
    estimate = RefillEstimate()
    assert estimate.interval is None

    for step in range(40):  # responses a tenth of a second apart: Reset's rounding falls differently each time
        now = T0 + step * 0.1
        estimate.observe(now, LIMIT, 60, said(60, at=now).reset or 0)

    assert estimate.interval == pytest.approx(INTERVAL, rel=0.02)


def test_refill_estimate_ignores_a_full_bucket_and_a_reset_in_the_past() -> None:
    estimate = RefillEstimate()
    estimate.observe(T0, LIMIT, LIMIT, T0)
    estimate.observe(T0, LIMIT, 10, T0 - 5)

    assert estimate.interval is None


def test_server_bucket_waits_for_nothing_before_the_server_said_anything() -> None:
    server = pacer()

    assert [server.reserve(T0) for _ in range(50)] == [0.0] * 50


def test_tokens_to_spare_go_at_once_then_attempts_are_spread_at_the_refill_pace() -> None:
    server = pacer()
    server.reserve(T0)
    server.observe(T0, 200, said(5))

    waits = [server.reserve(T0) for _ in range(7)]

    assert waits[:4] == [0.0] * 4  # five left, one kept in reserve
    assert waits[4:] == pytest.approx([INTERVAL, 2 * INTERVAL, 3 * INTERVAL], rel=0.03)  # not the minute to the reset


def test_an_empty_bucket_holds_a_refill_slot_or_two_not_the_whole_window() -> None:
    server = pacer()
    server.reserve(T0)
    server.observe(T0, 200, said(0))  # Reset is a minute away

    wait = server.reserve(T0)
    assert 2 * INTERVAL <= wait <= 3 * INTERVAL  # the reserve token, then ours, at a pace a step slower
    assert server.reserve(T0 + 10) == 0.0  # twenty tokens came back meanwhile


def test_attempts_still_unanswered_will_take_their_tokens() -> None:
    server = pacer()
    for _ in range(4):
        server.reserve(T0)
    server.observe(T0, 200, said(5))  # three attempts are still out; one token kept in reserve

    assert server.reserve(T0) == 0.0
    assert server.reserve(T0) > 0.0


def test_an_attempt_without_a_response_no_longer_counts() -> None:
    server = pacer()
    for _ in range(3):
        server.reserve(T0)
    server.observe(T0, None, None)  # a connection failure
    server.observe(T0, 200, said(4))  # one attempt still out, one token in reserve

    assert [server.reserve(T0) > 0 for _ in range(3)] == [False, False, True]


def test_attempts_never_reported_are_forgotten_after_a_while() -> None:
    server = pacer()
    server.reserve(T0)
    server.reserve(T0)  # never reported (a cancelled task)
    later = T0 + LOST_AFTER + 1
    server.reserve(later)
    server.observe(later, 200, said(3, at=later))

    assert [server.reserve(later) > 0 for _ in range(3)] == [False, False, True]


def test_a_429_holds_every_attempt_for_its_retry_after() -> None:
    server = pacer()
    server.reserve(T0)
    server.observe(T0, 429, Figures(retry_after=3.0))

    assert server.reserve(T0 + 1) == 2.0
    assert server.reserve(T0 + 2) == 1.0
    assert server.reserve(T0 + 3) == 0.0


def test_after_a_429_the_pace_slows_and_the_refused_attempt_goes_part_of_a_slot_after_the_hold() -> None:
    server = pacer()
    server.reserve(T0)
    server.observe(T0, 200, said(1))
    server.reserve(T0)
    server.observe(T0, 429, said(0, retry_after=1.0))

    assert server.share == SHARE_BACKOFF
    pace = server.refill.interval * SHARE_BACKOFF  # type: ignore[operator]
    first = server.reserve(
        T0 + 1
    )  # our part of the reserve token, half a slot of jitter, then ours: from the hold's end
    assert first == pytest.approx((1 / SHARE_BACKOFF + 0.5 + 1) * pace, rel=0.01)
    assert server.reserve(T0 + 1) - first == pytest.approx(pace, rel=0.01)  # then one slot each


def test_tokens_seen_taken_by_others_slow_the_pace_to_a_fair_share() -> None:
    server = pacer()
    for step in range(40):  # between two responses of ours four tokens came back and the bucket still holds six
        now = T0 + step * INTERVAL * 4
        server.reserve(now)
        server.observe(now, 200, said(6, at=now))

    assert server.share == pytest.approx(4.0, rel=0.1)  # three others take as much as we do


def test_a_bucket_with_tokens_to_spare_speeds_the_pace_back_up() -> None:
    server = pacer()
    server.share = 16.0
    server.reserve(T0)
    server.observe(T0, 200, said(100))  # most of the bucket: the others have stopped

    assert server.share == 8.0
    server.reserve(T0)
    server.observe(T0 + 40, 200, said(30, at=T0 + 40))
    assert server.share == pytest.approx(8.0 / SHARE_STEP)


def test_without_a_reset_the_remaining_tokens_are_spent_then_the_reset_awaited() -> None:
    server = pacer()
    server.reserve(T0)
    server.observe(T0, 200, Figures(remaining=3, reset=T0 + 30))  # no Limit: no refill estimate

    assert [server.reserve(T0) for _ in range(3)] == [0.0, 0.0, 30.0]
    assert server.reserve(T0 + 30) == 0.0  # full again


def test_a_429_with_an_empty_bucket_and_no_retry_after_holds_until_the_reset() -> None:
    server = ServerBucket(budget=False)
    server.reserve(T0)
    server.observe(T0, 429, Figures(60, 0, T0 + 5))

    assert server.reserve(T0 + 1) == 4.0


def test_a_429_that_shows_tokens_left_is_not_about_the_rate_limit() -> None:
    server = pacer()
    server.reserve(T0)
    server.observe(T0, 429, said(80, retry_after=600.0))  # e.g. capacity_cooldown

    assert server.reserve(T0) == 0.0
    assert server.share == 1.0


def test_a_server_wait_beyond_a_minute_is_not_waited_for() -> None:
    server = pacer()
    server.reserve(T0)
    server.observe(T0, 429, Figures(retry_after=MAX_SERVER_WAIT + 1))

    assert server.reserve(T0) == 0.0  # the call goes; the retry policy raises the 429 with retry_after set


def test_without_budget_only_429s_hold() -> None:
    server = ServerBucket(budget=False)  # behind a configured rate, where an empty bucket is normal
    server.reserve(T0)
    server.observe(T0, 200, said(0, limit=10, interval=0.2))
    assert [server.reserve(T0) for _ in range(3)] == [0.0] * 3

    server.observe(T0, 429, said(0, limit=10, interval=0.2, retry_after=1.0))
    assert server.reserve(T0) == 1.0


class SharedBucket:
    """TokPortal's token bucket as the stand-in enforces it, on a simulated clock."""

    def __init__(self, capacity: int, rate: float) -> None:
        self.capacity, self.rate = capacity, rate
        self.tokens, self.at = float(capacity), T0
        self.refused = 0

    def take(self, now: float) -> tuple[int, Figures]:
        self.tokens = min(self.capacity, self.tokens + (now - self.at) * self.rate)
        self.at = now
        ok = self.tokens >= 1
        self.tokens -= ok
        self.refused += not ok
        reset = float(math.ceil(now + (self.capacity - self.tokens) / self.rate))
        retry_after = None if ok else float(max(1, math.ceil((1 - self.tokens) / self.rate)))
        return (200 if ok else 429), Figures(self.capacity, math.floor(self.tokens), reset, retry_after)


def simulate(users: int, calls: int, paced: bool, capacity: int = 10, rate: float = 10.0) -> tuple[float, int, int]:
    """``users`` processes of ``calls`` sequential calls under one key (2 ms round trips, up to two retries that wait
    for Retry-After), each with its own pacer or none, in simulated time: (wall / ideal, 429s, calls failed)."""
    bucket = SharedBucket(capacity, rate)
    ready = [T0 + user * 0.0003 for user in range(users)]  # when each user does its next step
    sending = [False] * users  # the step: acquire (reserve a slot), or send once the slot has come
    pacers = [ServerBucket(jitter=random.Random(user).random) for user in range(users)]
    left, attempts, failed = [calls] * users, [0] * users, 0
    while any(left):
        user = min((u for u in range(users) if left[u]), key=lambda u: ready[u])
        server, now = pacers[user], ready[user]
        if not sending[user]:
            sending[user] = True
            ready[user] = now + (server.reserve(now) if paced else 0.0)
            continue
        if paced and server.hold_until > now:  # a 429 came meanwhile
            ready[user] = server.hold_until
            continue
        status, said_now = bucket.take(now + 0.001)
        now += 0.002
        if paced:
            server.observe(now, status, said_now)
        sending[user] = False
        if status == 429 and attempts[user] < 2:
            attempts[user] += 1
            now += said_now.retry_after or 0
        else:
            failed += status == 429
            left[user] -= 1
            attempts[user] = 0
        ready[user] = now
    ideal = (users * calls - capacity) / rate
    return (max(ready) - T0) / ideal, bucket.refused, failed


@pytest.mark.parametrize("users", [1, 2, 4, 8])
def test_processes_pacing_alone_share_the_bucket_at_its_rate_with_few_429s(users: int) -> None:
    paced, refused, failed = simulate(users, 200 // users, paced=True)
    unpaced, unpaced_refused, _ = simulate(users, 200 // users, paced=False)

    assert failed == 0
    assert paced <= max(1.05, unpaced * 1.05), (paced, unpaced)
    assert refused * 4 <= max(unpaced_refused, 4), (refused, unpaced_refused)


# --------------------------------------------------------------------------------------------- the limiters


def test_default_limiter_waits_for_nothing_while_tokens_remain() -> None:
    clock = Clock()
    limiter = RateLimiter(clock=clock)
    limiter.reserve()
    limiter.observe(200, {"X-RateLimit-Limit": "120", "X-RateLimit-Remaining": "100", "x-ratelimit-reset": "0"})

    assert [limiter.reserve() for _ in range(100)] == [0.0] * 100
    assert limiter.reserve() == 0.0  # the reset (long past) says the bucket is full again


def test_default_limiter_spreads_attempts_after_remaining_zero() -> None:
    clock = Clock()
    limiter = RateLimiter(clock=clock)
    limiter.reserve()
    limiter.observe(200, figures(120, 0, T0 + 60))

    waits = [limiter.reserve() for _ in range(3)]
    assert 0 < waits[0] < waits[1] < waits[2] < 5  # a slot each at the refill pace, far before the reset


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

    def reserve(self, timeout: float | None = None) -> float:
        self.events.append("acquire")
        return 0.0

    async def areserve(self, timeout: float | None = None) -> float:
        self.events.append("acquire")
        return 0.0

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


async def test_copies_share_the_pace_the_original_was_told(kind: str, httpserver: HTTPServer) -> None:
    arrivals: list[float] = []

    def empty_bucket(request: Request) -> Response:
        arrivals.append(time.time())
        reset = math.ceil(time.time() + 3)  # a bucket of 10 tokens, empty, full again in 3 s: a token every 0.3 s
        headers = {"X-RateLimit-Limit": "10", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(reset)}
        return Response(json.dumps(ME), headers=headers, content_type="application/json")

    httpserver.expect_request("/me").respond_with_handler(empty_bucket)
    client = build(kind, httpserver.url_for(""))
    unpaced = build(kind, httpserver.url_for(""), rate_limiter=False)

    await call(client)
    await call(client.with_options(max_retries=0))
    await call(unpaced)
    await call(unpaced)

    assert arrivals[1] - arrivals[0] >= 0.3  # the copy waited for the slots its original was told about
    assert arrivals[3] - arrivals[2] < 0.5  # rate_limiter=False: no waiting


class StuckRedis:
    """A Redis that accepts connections and never answers: its URL, and the connections it accepted."""

    def __init__(self) -> None:
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.socket.settimeout(0.05)
        self.url = f"redis://127.0.0.1:{self.socket.getsockname()[1]}"
        self.accepted: list[socket.socket] = []
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._done.is_set():
            try:
                self.accepted.append(self.socket.accept()[0])
            except OSError:
                continue

    def close(self) -> None:
        self._done.set()
        self._thread.join(5)
        for conn in self.accepted:
            conn.close()
        self.socket.close()


@pytest.fixture
def stuck_redis() -> Iterator[StuckRedis]:
    stuck = StuckRedis()
    try:
        yield stuck
    finally:
        stuck.close()


def test_a_stuck_redis_is_reprobed_by_one_caller_at_a_time(stuck_redis: StuckRedis) -> None:
    """A Redis that accepts but never answers: after its first failure, a re-probe is made by one caller while
    the others pace locally (each probe blocks up to REDIS_TIMEOUT; they used to pile up, one per caller)."""
    from tokportal_client import ratelimit

    now = [1000.0]
    limiter = ratelimit.RedisRateLimiter(stuck_redis.url, requests_per_minute=6000, key="k", clock=lambda: now[0])
    limiter._configured_wait()  # the first failure
    assert limiter._failed_at is not None
    first = len(stuck_redis.accepted)
    now[0] += ratelimit.REDIS_RETRY_EVERY + 1
    callers = [threading.Thread(target=limiter._configured_wait) for _ in range(4)]
    for caller in callers:
        caller.start()
    for caller in callers:
        caller.join(10)
    assert len(stuck_redis.accepted) - first <= 1


async def test_a_stuck_redis_never_makes_a_call_outlast_its_timeout(
    kind: str, httpserver: HTTPServer, stuck_redis: StuckRedis, caplog: pytest.LogCaptureFixture
) -> None:
    """Issue 23, finding 6: each Redis call is bounded by the attempt's own timeout (REDIS_SHARE of it) and
    counts against it; a stuck Redis is treated as down after that one bounded probe, the calls pace locally."""
    from tokportal_client import ratelimit

    httpserver.expect_request("/me").respond_with_json(ME)
    limiter = ratelimit.RedisRateLimiter(stuck_redis.url, requests_per_minute=6000, key="stuck")
    client = build(kind, httpserver.url_for(""), rate_limiter=limiter, max_retries=0, timeout=0.5)
    elapsed: list[float] = []
    for _ in range(4):
        started = time.monotonic()
        await call(client)
        elapsed.append(time.monotonic() - started)
    assert max(elapsed) < 0.5 + 0.15, elapsed  # was REDIS_TIMEOUT (1 s) outside the attempt's clock
    assert elapsed[0] >= 0.5 * ratelimit.REDIS_SHARE - 0.05  # the first one did probe (bounded)
    assert max(elapsed[1:]) < 0.1  # the others paced locally, no probe within REDIS_RETRY_EVERY
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING and "Redis" in r.getMessage()]
    assert len(warnings) == 1 and "no answer within 0.25 s" in warnings[0]
