"""Rate-limit pacing: no request goes out that TokPortal is known to refuse, from any thread, task or process
that shares an API key.

TokPortal limits each API key with a token bucket (about 120 requests a minute) and says where it stands on
every authenticated response: ``X-RateLimit-Limit`` (the bucket's capacity), ``X-RateLimit-Remaining`` and
``X-RateLimit-Reset`` (the Unix time at which the bucket is full again); a refused request gets a 429 with
``Retry-After``.

A client calls its limiter around every attempt::

    limiter.acquire()                      # or ``await limiter.aacquire()``: returns when the request may go
    response = send(request)
    limiter.observe(response.status_code, response.headers)   # or ``limiter.observe(None)`` when none came

The limiters, from least to most shared:

* :class:`RateLimiter` follows the server's headers only. Every client uses one unless told otherwise, shared
  with its ``with_options`` copies. While the bucket has tokens to spare, nothing waits; once it runs low, the
  attempts of every thread and task are spread at the pace the server refills it (shared fairly with other
  processes using the key, which the figures reveal), instead of each collecting its own 429 or all stopping
  until the bucket is full again. A 429's ``Retry-After`` holds them all.
* :class:`LocalRateLimiter` paces at a configured rate all the threads and tasks of one process.
* :class:`RedisRateLimiter` keeps the configured rate in Redis, for every process and machine that uses the
  same Redis and key. When Redis cannot be reached it paces locally, with one warning, until Redis is back.

The configured limiters follow the server too: a 429's ``Retry-After`` holds every request (the longer wait
wins), and the Redis one shares that hold with every process.

Every wait is a *reservation*: :meth:`RateLimiter.reserve` takes the next free slot and says how long to wait
for it, so waiters queue in order instead of polling. The arithmetic is plain code over ``now`` and figures
already parsed (:class:`TokenBucket`, :class:`ServerBucket`, :class:`RefillEstimate`), tested with a fake clock;
:func:`read_figures` is the one place that reads the headers.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import hashlib
import logging
import math
import os
import random
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal
from urllib.parse import urlsplit

import httpx

from ._headers import RateLimit, retry_after_seconds

if TYPE_CHECKING:
    import redis

logger: logging.Logger = logging.getLogger("tokportal_client")

MAX_SERVER_WAIT = 60.0
"""A server-signalled hold further away than this is not waited for (the retry policy raises such a 429 at once,
with ``retry_after`` set, by its own ``max_retry_after`` of the same default)."""
REFILL_WINDOW = 32
"""How many of the latest responses the refill estimate is drawn from."""
SHARE_MIN, SHARE_MAX, SHARE_STEP, SHARE_BACKOFF = 1.0, 64.0, 1.2, 1.5
"""The default pacer's share of the key (see :class:`ServerBucket`): its bounds, the factor of a step, and of a 429."""
RESERVE_FRACTION = 0.2
"""The most of the bucket the default pacer leaves for others' slips: one token per user sharing the key, up to this
fraction of its capacity."""
OTHERS_DECAY = 0.9
"""Weight of the past in the count of tokens the others take (per response of ours)."""
LOST_AFTER = 300.0
"""An attempt neither answered nor reported failed after this many seconds (a cancelled task) no longer counts."""
REDIS_RETRY_EVERY = 1.0
"""While Redis is unreachable, try it again at most this often (seconds); pace locally in between."""
REDIS_TIMEOUT = 1.0
"""Connect and read timeout of the Redis calls (seconds): a stuck Redis must not stall the calls for long."""
REDIS_THREADS = 4
"""Threads of one RedisRateLimiter that talk to Redis (its calls take a millisecond when it answers)."""
REDIS_SHARE = 0.5
"""The most of an attempt's timeout its Redis call may take: that time counts against the attempt's timeout, so an
attempt (Redis included) never outlasts its ``timeout``, and a stuck Redis still leaves it time for the request."""


# --------------------------------------------------------------------------------------------- the arithmetic


class TokenBucket:
    """A bucket of ``burst`` tokens refilled one every ``interval`` seconds, kept as reservations (GCRA).

    Instead of a token count it keeps ``full_at``: when the bucket would be full again if nothing more were
    taken. Taking a token moves ``full_at`` one ``interval`` later; the taker may go once the bucket, counted
    back from ``full_at``, holds that token: at ``full_at - burst * interval``.
    """

    def __init__(self, interval: float, burst: int) -> None:
        self.interval = interval
        self.burst = burst
        self.full_at: float = -math.inf

    def reserve(self, now: float) -> float:
        """Take the next token; the seconds to wait before using it (0 while the bucket had one)."""
        self.full_at = max(self.full_at, now) + self.interval
        wait = self.full_at - self.burst * self.interval - now
        return wait if wait > 1e-6 else 0.0  # below a microsecond: rounding of Unix-time floats, not a wait


@dataclass(frozen=True, slots=True)
class Figures:
    """What one response says about the key's bucket, already parsed (None: not said)."""

    limit: int | None = None
    """``X-RateLimit-Limit``: the bucket's capacity."""
    remaining: int | None = None
    """``X-RateLimit-Remaining``: whole tokens left after this request."""
    reset: float | None = None
    """``X-RateLimit-Reset``: the Unix second at which the bucket is full again."""
    retry_after: float | None = None
    """``Retry-After``, in seconds from ``now``."""


def read_figures(headers: httpx.Headers, now: float) -> Figures | None:
    """The rate-limit figures of a response's headers (the one place the limiters read headers), or None."""
    figures = RateLimit.from_headers(headers)
    retry_after = retry_after_seconds(headers, now=now)
    if figures is None and retry_after is None:
        return None
    if figures is None:
        return Figures(retry_after=retry_after)
    reset = float(figures.reset) if figures.reset is not None else None
    return Figures(figures.limit, figures.remaining, reset, retry_after)


class RefillEstimate:
    """The seconds the server takes to put one token back, from what its figures imply.

    A response saying ``Limit`` C, ``Remaining`` R and ``Reset`` T at ``now`` means the C - R missing tokens
    (R is rounded down: up to one more is there) come back by T (rounded up to a whole second). So one token
    takes more than ``(T - now - 1) / (C - R)`` and less than ``(T - now) / (C - R - 1)`` seconds. The estimate
    is the middle of the narrowest range the last :data:`REFILL_WINDOW` responses agree on.
    """

    def __init__(self) -> None:
        self._low: deque[float] = deque(maxlen=REFILL_WINDOW)
        self._high: deque[float] = deque(maxlen=REFILL_WINDOW)

    def observe(self, now: float, limit: int, remaining: int, reset: float) -> None:
        missing, until_full = limit - remaining, reset - now
        if missing <= 0 or until_full <= 0:
            return  # full (nothing to learn), or a reset in the past (clocks apart)
        if until_full > 1:
            self._low.append((until_full - 1) / missing)
        if missing > 1:
            self._high.append(until_full / (missing - 1))

    @property
    def interval(self) -> float | None:
        """Seconds per token; None until a response said enough."""
        low = max(self._low, default=None)
        high = min(self._high, default=None)
        if low is None or high is None:
            return low if high is None else high
        return low if high < low else (low + high) / 2


class ServerBucket:
    """TokPortal's bucket for one key as its responses describe it, carried forward between responses.

    A 429 holds every attempt for its ``Retry-After`` (or until ``Reset`` when it has none), unless its
    ``Remaining`` shows tokens left: then the refusal was about something else (a cooldown of one operation).

    With ``budget=True`` (the default pacer) the figures pace the attempts too, spread over the time the server
    takes to put tokens back instead of stopping until the bucket is full again:

    * ``tokens`` is our part of the bucket. Each response renews it: ``Remaining``, less one for every attempt of
      ours still unanswered (each will take one), less a small reserve, divided by ``share``. It grows by one
      every ``interval * share`` seconds, ``interval`` being what the figures imply for one token to come back
      (:class:`RefillEstimate`). An attempt goes at once while a token is there, else at the next slot of that
      pace, in order (reservations, as :class:`TokenBucket`).
    * ``share`` is how many equal users of the key the pace assumes: other processes under the same key without
      a shared limiter, which only the figures reveal. It is never below the count of the tokens the others were
      seen taking (the bucket held less than the refill and our own attempts explain), grows by half on a 429, grows a
      step while the bucket runs below the reserve, and shrinks when it holds more than twice the reserve (by
      half when it is half full). After a 429 our part grows again only from the end of the hold, and the
      refused attempt goes a random part of one slot after it, so that users refused together spread out.
    * Without a refill estimate (figures without ``Reset``) the remaining tokens are spent, then attempts wait for
      the reset.

    The reserve is one token per user assumed, at most RESERVE_FRACTION of the bucket: alone, a single token
    (which keeps the pace from racing the refill); among several, room for their slips. A configured limiter
    sets its own pace instead (``budget=False``): an empty bucket is normal there, with each token taken as it
    comes back.
    """

    def __init__(self, *, budget: bool = True, jitter: Callable[[], float] = random.random) -> None:
        self.budget = budget
        self._jitter = jitter
        self.hold_until: float = 0.0
        """Nothing is sent before this time."""
        self.share: float = 1.0
        """How many equal users of the key the pace assumes (between SHARE_MIN and SHARE_MAX)."""
        self.refill: RefillEstimate = RefillEstimate()
        self.tokens: float | None = None
        """Our share of the bucket's tokens at ``tokens_at``; None: unknown, nothing waits."""
        self.tokens_at: float = 0.0
        self.limit: int | None = None
        self.reset_at: float | None = None
        self._unanswered: deque[float] = deque()
        self._answered = 0
        self._last: tuple[float, int, int] | None = None
        """(when, Remaining, answered count) of the previous response."""
        self._ours = 0.0
        self._others = 0.0

    def reserve(self, now: float) -> float:
        """Count one more attempt; the seconds it must wait."""
        while self._unanswered and self._unanswered[0] < now - LOST_AFTER:
            self._unanswered.popleft()
        wait = self.hold_until - now
        if self.tokens is not None:
            interval = self.refill.interval
            if interval is None:  # nothing says how fast tokens come back: spend them, then wait for the reset
                if self.reset_at is not None and now >= self.reset_at:
                    self.tokens = None  # full again
                elif self.tokens >= 1:
                    self.tokens -= 1
                elif self.reset_at is not None and self.reset_at - now <= MAX_SERVER_WAIT:
                    wait = max(wait, self.reset_at - now)
            else:
                pace = interval * self.share
                cap = max(1.0, (self.limit or 1) / self.share)
                self.tokens = min(cap, self.tokens + (now - self.tokens_at) / pace) - 1
                self.tokens_at = now
                if self.tokens < 0:
                    wait = max(wait, -self.tokens * pace)
        wait = max(0.0, wait)
        self._unanswered.append(now + wait)
        return wait

    def observe(self, now: float, status: int | None, figures: Figures | None) -> None:
        """One attempt ended: with a response (``status`` and its parsed ``figures``) or without one (None)."""
        if self._unanswered:
            self._unanswered.popleft()
        if figures is None:
            return
        remaining = figures.remaining
        limited = status == 429 and not (remaining is not None and remaining > 0)
        if limited:
            retry_after = figures.retry_after
            self._hold(now, now + retry_after if retry_after is not None else figures.reset)
        if not self.budget or remaining is None:
            return
        if figures.limit is not None:
            self.limit = figures.limit
            if figures.reset is not None:
                self.refill.observe(now, figures.limit, remaining, figures.reset)
        self._count_others(now, remaining)
        in_flight = sum(1 for slot in self._unanswered if slot <= now)
        spare = remaining - in_flight
        reserve = max(1, min(math.floor(self.share), round((self.limit or 0) * RESERVE_FRACTION)))
        if limited:
            self.share = min(SHARE_MAX, self.share * SHARE_BACKOFF)
        elif spare < reserve:
            self.share = min(SHARE_MAX, self.share * SHARE_STEP)
        elif spare > 2 * reserve:  # tokens to spare: faster, at once when the bucket is half full or more
            half_full = self.limit is not None and spare * 2 >= self.limit
            self.share = max(SHARE_MIN, self.share / (2 if half_full else SHARE_STEP))
        if self._ours > 0:  # never less than what the others were seen taking
            self.share = min(SHARE_MAX, max(self.share, (self._ours + self._others) / self._ours))
        unspent = remaining - len(self._unanswered) - reserve  # every attempt of ours not answered will take one
        # After a 429, our share grows back only from the end of its hold.
        self.tokens, self.tokens_at, self.reset_at = unspent / self.share, max(now, self.hold_until), figures.reset
        if limited:  # the refused attempt goes again when the hold ends, or a random part of a slot later
            self.tokens -= self._jitter()
        if self.refill.interval is None and remaining - len(self._unanswered) <= 0:
            self._hold(now, figures.reset)

    def _count_others(self, now: float, remaining: int) -> None:
        """Tokens the others took since our previous response: what the bucket would hold after the refill and
        our own answered attempts, less what it holds (recent responses weigh most)."""
        interval, last = self.refill.interval, self._last
        self._answered += 1
        self._last = (now, remaining, self._answered)
        if interval is None or last is None or self.limit is None:
            return
        then, before, answered = last
        expected = before + (now - then) / interval
        if expected >= self.limit - 1:
            return  # the bucket may have been full meanwhile: what it lost to the cap is unknown
        ours = self._answered - answered
        self._ours = self._ours * OTHERS_DECAY + ours
        self._others = self._others * OTHERS_DECAY + (expected - ours - remaining)

    def _hold(self, now: float, until: float | None) -> None:
        if until is not None and until - now <= MAX_SERVER_WAIT:
            self.hold_until = max(self.hold_until, until)


# --------------------------------------------------------------------------------------------- the limiters


class RateLimiter:
    """Paces one API key's requests by the server's headers alone: what every client does by default.

    Thread-safe, and usable from asyncio tasks at the same time. ``clock`` (Unix seconds) is for tests.
    """

    _configured = False
    """A configured limiter sets its own pace: the server's figures only add the holds of its 429s."""

    def __init__(self, *, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._server = ServerBucket(budget=not self._configured)
        self._api_key_fingerprint: str | None = None
        self._implicit = False

    def reserve(self, timeout: float | None = None) -> float:
        """Take the next slot without waiting: the seconds until it may be used (what :meth:`acquire` sleeps).

        ``timeout`` bounds the time spent asking a shared store (Redis) for the slot; None: its own bound."""
        return self._reserve(self._configured_wait(timeout))

    async def areserve(self, timeout: float | None = None) -> float:
        """The async :meth:`reserve` (a shared store is asked off the event loop)."""
        return self._reserve(await self._aconfigured_wait(timeout))

    def acquire(self, timeout: float | None = None) -> None:
        """Return when the next request may be sent (sleeping in this thread until then)."""
        self.wait(self.reserve(timeout))

    async def aacquire(self, timeout: float | None = None) -> None:
        """Return when the next request may be sent (without blocking the event loop)."""
        await self.await_slot(await self.areserve(timeout))

    def wait(self, delay: float) -> None:
        """Sleep ``delay`` seconds (a reservation's wait), and longer while a 429 that came meanwhile holds."""
        while delay > 0:
            time.sleep(delay)
            delay = self._held()

    async def await_slot(self, delay: float) -> None:
        """The async :meth:`wait`."""
        while delay > 0:
            await asyncio.sleep(delay)
            delay = self._held()

    def observe(self, status: int | None, headers: Mapping[str, str] | None = None) -> None:
        """Report how an attempt ended: its response's status and headers, or ``observe(None)`` for no response."""
        if headers is not None and not isinstance(headers, httpx.Headers):
            headers = httpx.Headers(headers)
        with self._lock:
            now = self._clock()
            self._server.observe(now, status, None if headers is None else read_figures(headers, now))

    def _configured_wait(self, timeout: float | None = None) -> float:
        """The configured rate's wait for one more request (a reservation); none here. ``timeout`` bounds any I/O."""
        return 0.0

    async def _aconfigured_wait(self, timeout: float | None = None) -> float:
        return self._configured_wait(timeout)

    def _reserve(self, configured: float) -> float:
        with self._lock:
            return max(configured, self._server.reserve(self._clock()))

    def _held(self) -> float:
        """What is left of a hold that a 429 set while we were waiting."""
        with self._lock:
            return max(0.0, self._server.hold_until - self._clock())

    def _bind(self, fingerprint: str) -> RateLimiter:
        """This limiter, for the API key with this fingerprint (a limiter paces one key)."""
        with self._lock:
            if self._api_key_fingerprint in (None, fingerprint):
                self._api_key_fingerprint = fingerprint
                return self
        if self._implicit:
            return _default()._bind(fingerprint)
        raise ValueError("rate_limiter: this limiter already paces another API key; give each key its own limiter")

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


class LocalRateLimiter(RateLimiter):
    """At most ``requests_per_minute`` for all the threads and tasks of this process that use this limiter.

    ``burst`` (default: a minute's worth, like TokPortal's own bucket) is how many may go at once after a
    quiet spell. A 429's ``Retry-After`` holds every request as well; the longer wait wins.
    """

    _configured = True

    def __init__(
        self, requests_per_minute: float = 120, burst: int | None = None, *, clock: Callable[[], float] = time.time
    ) -> None:
        super().__init__(clock=clock)
        self.requests_per_minute: float
        self.burst: int
        self.requests_per_minute, self.burst = _check_rate(requests_per_minute, burst)
        self._bucket = TokenBucket(60.0 / self.requests_per_minute, self.burst)

    def _configured_wait(self, timeout: float | None = None) -> float:
        with self._lock:
            return self._bucket.reserve(self._clock())

    def __repr__(self) -> str:
        return f"LocalRateLimiter(requests_per_minute={self.requests_per_minute!r}, burst={self.burst!r})"


# KEYS[1] holds full_at (see TokenBucket) in microseconds of the Redis server's own clock, so that every
# machine agrees on the time. One script runs at a time on a Redis server: no read-then-write race.
_TOKEN_BUCKET_LUA = """
local interval = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000000 + tonumber(clock[2])
local full_at = math.max(tonumber(redis.call('GET', KEYS[1])) or now, now) + interval
redis.call('SET', KEYS[1], string.format('%.0f', full_at), 'PX', math.ceil((full_at - now) / 1000) + 1)
return math.max(0, full_at - burst * interval - now)
"""
# A 429 said to wait ARGV[3] microseconds: empty the bucket until then, for everyone.
_HOLD_LUA = """
local interval = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000000 + tonumber(clock[2])
local full_at = math.max(tonumber(redis.call('GET', KEYS[1])) or now, now + tonumber(ARGV[3]) + (burst - 1) * interval)
redis.call('SET', KEYS[1], string.format('%.0f', full_at), 'PX', math.ceil((full_at - now) / 1000) + 1)
return 0
"""


class RedisRateLimiter(RateLimiter):
    """At most ``requests_per_minute`` for every process and machine using this Redis and key.

    ``redis_url`` is a ``redis://``, ``rediss://`` or ``unix://`` URL. ``key`` names the Redis key; by default
    it is derived from a fingerprint of the client's API key (never the key itself), so every worker of one
    key shares one limit. ``burst`` is as for :class:`LocalRateLimiter`. A 429's ``Retry-After`` holds every
    request of every process (the longer wait wins): it is written into the shared bucket. Needs the ``redis``
    package: ``pip install 'tokportal-client[redis]'``.

    When Redis cannot be reached, calls go on under a local limit of the same rate (one ``WARNING`` on the
    ``tokportal_client`` logger per outage) and Redis is tried again every second; once it answers, it is
    used again (one ``INFO`` record).
    """

    _configured = True

    def __init__(
        self,
        redis_url: str,
        *,
        requests_per_minute: float = 120,
        burst: int | None = None,
        key: str | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(clock=clock)
        self.requests_per_minute: float
        self.burst: int
        self.requests_per_minute, self.burst = _check_rate(requests_per_minute, burst)
        if not isinstance(redis_url, str):
            raise TypeError(f"redis_url: expected a redis://, rediss:// or unix:// URL, got {type(redis_url).__name__}")
        if urlsplit(redis_url).scheme not in ("redis", "rediss", "unix"):
            raise ValueError("redis_url: expected a redis://, rediss:// or unix:// URL")
        if key is not None and not isinstance(key, str):
            raise TypeError(f"key: expected a string or None, got {type(key).__name__}")
        if key == "":
            raise ValueError("key: expected a non-empty string, or None to derive it from the API key")
        try:
            import redis
            from redis.backoff import NoBackoff
            from redis.retry import Retry
        except ImportError:
            raise ImportError(
                "RedisRateLimiter needs the redis package: pip install 'tokportal-client[redis]'"
            ) from None
        self._where = _describe_redis_url(redis_url)
        self._key = key
        self._redis: redis.Redis = redis.Redis.from_url(
            redis_url, socket_timeout=REDIS_TIMEOUT, socket_connect_timeout=REDIS_TIMEOUT, retry=Retry(NoBackoff(), 0)
        )
        self._reserve_script = self._redis.register_script(_TOKEN_BUCKET_LUA)
        self._hold_script = self._redis.register_script(_HOLD_LUA)
        self._unreachable: tuple[type[Exception], ...] = (redis.RedisError, OSError)
        interval = 60.0 / self.requests_per_minute
        self._bucket_args = [round(interval * 1e6), self.burst]
        self._local = TokenBucket(interval, self.burst)
        self._failed_at: float | None = None
        """When Redis last failed; None while it answers."""
        self._executor: concurrent.futures.ThreadPoolExecutor | None = None
        self._executor_pid = 0
        self._probing = False
        """A re-probe of a failed Redis is on its way: the other callers pace locally meanwhile (a stuck Redis,
        which accepts but never answers, costs one bounded probe per REDIS_RETRY_EVERY, not one per caller)."""

    @property
    def key(self) -> str:
        """The Redis key holding the shared bucket."""
        if self._key is not None:
            return self._key
        if self._api_key_fingerprint is None:
            raise RuntimeError("RedisRateLimiter: pass key=..., or give the limiter to a client first")
        return f"tokportal-client:ratelimit:{self._api_key_fingerprint}"

    def _configured_wait(self, timeout: float | None = None) -> float:
        probe = self._redis_turn()
        if probe is None:
            return self._local_wait()
        started = self._clock()
        future = self._pool().submit(self._reserve_in_redis)
        try:
            return self._redis_answered(started, future.result(timeout=_redis_bound(timeout)))
        except self._unreachable as error:  # a TimeoutError (no answer within the bound) is an OSError
            future.cancel()  # not started yet: never sent
            return self._redis_unanswered(error, timeout)
        finally:
            if probe:
                self._probing = False

    async def _aconfigured_wait(self, timeout: float | None = None) -> float:
        probe = self._redis_turn()
        if probe is None:
            return self._local_wait()
        started = self._clock()
        future = asyncio.wrap_future(self._pool().submit(self._reserve_in_redis))
        try:
            return self._redis_answered(started, await asyncio.wait_for(future, _redis_bound(timeout)))
        except self._unreachable as error:  # a TimeoutError (no answer within the bound) is an OSError
            return self._redis_unanswered(error, timeout)
        finally:
            if probe:
                self._probing = False

    def _redis_turn(self) -> bool | None:
        """Whether to ask Redis for the slot. None: pace locally (Redis failed less than REDIS_RETRY_EVERY ago, or
        another caller is re-probing it). False: Redis answers, ask it. True: it failed, and this caller re-probes
        it (then resets ``_probing``)."""
        if self._resting():
            return None
        if self._failed_at is None:
            return False
        with self._lock:
            if self._probing:
                return None
            self._probing = True
            return True

    def _redis_answered(self, started: float, wait_us: int) -> float:
        """Redis's answer to a call begun at ``started``: the wait it gives (seconds)."""
        if self._failed_at is not None:
            self._redis_back(started)
        return wait_us / 1e6

    def _redis_unanswered(self, error: BaseException, timeout: float | None) -> float:
        """Redis failed or did not answer within its bound: pace locally."""
        self._redis_failed(error, timeout)
        return self._local_wait()

    def _reserve_in_redis(self) -> int:
        return int(self._reserve_script(keys=[self.key], args=self._bucket_args))

    def _pool(self) -> concurrent.futures.ThreadPoolExecutor:
        """The threads that talk to Redis: a caller waits for their answer no longer than its own bound, and a
        stuck Redis holds one of them (up to REDIS_TIMEOUT), not the caller."""
        with self._lock:
            if self._executor is None or self._executor_pid != os.getpid():  # a forked child has none of its threads
                self._executor = concurrent.futures.ThreadPoolExecutor(
                    max_workers=REDIS_THREADS, thread_name_prefix="tokportal-redis"
                )
                self._executor_pid = os.getpid()
            return self._executor

    def observe(self, status: int | None, headers: Mapping[str, str] | None = None) -> None:
        super().observe(status, headers)
        if status == 429 and (held := self._held()) > 0 and not self._resting():
            shared = self._pool().submit(self._share_hold, held)
            try:
                asyncio.get_running_loop()
            except RuntimeError:  # a thread: it waits out the hold anyway, so it may wait for it to be shared
                with contextlib.suppress(concurrent.futures.TimeoutError):
                    shared.result(timeout=min(held, REDIS_TIMEOUT))

    def _share_hold(self, seconds: float) -> None:
        try:
            self._hold_script(keys=[self.key], args=[*self._bucket_args, round(seconds * 1e6)])
        except self._unreachable as error:
            self._redis_failed(error, None)

    def _resting(self) -> bool:
        """Whether Redis failed less than REDIS_RETRY_EVERY ago (then the local limit stands in)."""
        failed_at = self._failed_at
        return failed_at is not None and self._clock() - failed_at < REDIS_RETRY_EVERY

    def _local_wait(self) -> float:
        with self._lock:
            return self._local.reserve(self._clock())

    def _redis_failed(self, error: BaseException, timeout: float | None) -> None:
        with self._lock:
            first = self._failed_at is None
            self._failed_at = self._clock()
        if first:
            reason = str(error) or f"no answer within {_redis_bound(timeout):.3g} s"
            logger.warning(
                "rate limiter: Redis at %s is unreachable (%s: %s); pacing this process alone at %s requests/minute "
                "until it answers again",
                self._where,
                type(error).__name__,
                reason,
                self.requests_per_minute,
            )

    def _redis_back(self, started: float) -> None:
        """A call that began at ``started`` was answered: Redis is back, unless the failure came after it began
        (an answer sent before Redis went down says nothing of now, and would make the next failure warn again)."""
        with self._lock:
            was_down = self._failed_at is not None and self._failed_at <= started
            if was_down:
                self._failed_at = None
        if was_down:
            logger.info("rate limiter: Redis at %s answers again; sharing its limit", self._where)

    def __repr__(self) -> str:
        return (
            f"RedisRateLimiter({self._where!r}, requests_per_minute={self.requests_per_minute!r}, burst={self.burst!r})"
        )


class _Unlimited(RateLimiter):
    """``rate_limiter=False``: no pacing (retries still wait out a 429's ``Retry-After``)."""

    def reserve(self, timeout: float | None = None) -> float:
        return 0.0

    async def areserve(self, timeout: float | None = None) -> float:
        return 0.0

    def acquire(self, timeout: float | None = None) -> None:
        pass

    async def aacquire(self, timeout: float | None = None) -> None:
        pass

    def observe(self, status: int | None, headers: Mapping[str, str] | None = None) -> None:
        pass

    def _bind(self, fingerprint: str) -> RateLimiter:
        return self


# --------------------------------------------------------------------------------------------- for the clients


def for_client(rate_limiter: RateLimiter | Literal[False] | None, api_key: str) -> RateLimiter:
    """The limiter of a client with ``api_key``, from its ``rate_limiter=`` argument.

    None: a new header-following :class:`RateLimiter`; False: no pacing; a limiter: that one. A client's
    ``with_options`` copies pass their original's limiter on, so they share it.
    """
    if rate_limiter is None:
        rate_limiter = _default()
    elif rate_limiter is False:
        rate_limiter = _Unlimited()
    elif not isinstance(rate_limiter, RateLimiter):
        raise TypeError(
            "rate_limiter: expected a LocalRateLimiter, a RedisRateLimiter, False or None, "
            f"got {type(rate_limiter).__name__}"
        )
    return rate_limiter._bind(api_key_fingerprint(api_key))


def api_key_fingerprint(api_key: str) -> str:
    """A short, stable name for an API key that does not reveal it."""
    return hashlib.sha256(b"tokportal-client rate limit\0" + api_key.encode()).hexdigest()[:16]


def _default() -> RateLimiter:
    limiter = RateLimiter()
    limiter._implicit = True
    return limiter


def _check_rate(requests_per_minute: object, burst: object) -> tuple[float, int]:
    if isinstance(requests_per_minute, bool) or not isinstance(requests_per_minute, int | float):
        raise TypeError(f"requests_per_minute: expected a number, got {type(requests_per_minute).__name__}")
    if not math.isfinite(requests_per_minute) or requests_per_minute <= 0:
        raise ValueError(f"requests_per_minute: expected a positive number, got {requests_per_minute!r}")
    if burst is None:
        return requests_per_minute, max(1, math.floor(requests_per_minute))
    if isinstance(burst, bool) or not isinstance(burst, int):
        raise TypeError(f"burst: expected a whole number of requests or None, got {type(burst).__name__}")
    if burst < 1:
        raise ValueError(f"burst: expected at least 1, got {burst!r}")
    return requests_per_minute, burst


def _redis_bound(timeout: float | None) -> float:
    """How long one Redis call may take for an attempt whose timeout is ``timeout`` seconds (None: not a number)."""
    if timeout is None:
        return REDIS_TIMEOUT
    return max(0.0, min(REDIS_TIMEOUT, timeout * REDIS_SHARE))


def _describe_redis_url(url: str) -> str:
    """The URL without credentials, for logs and ``repr()``."""
    parts = urlsplit(url)
    if parts.scheme == "unix":
        return f"unix://{parts.path}"
    return f"{parts.scheme}://{parts.hostname or 'localhost'}:{parts.port or 6379}{parts.path}"


__all__ = ["LocalRateLimiter", "RateLimiter", "RedisRateLimiter"]
