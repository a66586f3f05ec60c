"""The hostile-server suite (issue 23, done-when): every hostile header and body the issue names, and their
variants, thrown at both clients from a raw loopback server.

Each case is one row of :data:`CASES` (one test id per row and client). For each, the suite asserts:

* only a ``TokPortalError`` escapes the call (or it returns a result);
* the same client then serves a normal call (nothing of the hostile answer outlives its call);
* no call takes longer than its stated worst case: ``(1 + max_retries) * timeout`` plus the retry waits the
  policy allows (``max_retries * max_retry_after``), plus a scheduling margin;
* the process's peak RSS grows by less than 200 MiB (``VmHWM`` of ``/proc/self/status``, reset before each
  case through ``/proc/self/clear_refs`` where the kernel allows it).
"""

from __future__ import annotations

import functools
import gzip
import json
import os
import socket
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from test_hardening import KEY, RawServer, mode, reply, reset, truncated

from tokportal_client import AsyncTokPortal, RetryPolicy, TokPortal, TokPortalError

__all__ = ["mode"]  # a fixture re-used from test_hardening

TIMEOUT = 0.5
RETRY = RetryPolicy(max_retries=2, initial_delay=0.01, max_delay=0.02, max_retry_after=0.5)
WORST = (1 + RETRY.max_retries) * TIMEOUT + RETRY.max_retries * RETRY.max_retry_after + 1.0
"""The stated worst case of one call here, with a second of margin for a busy 2-core machine."""
RSS_LIMIT = 200 * 1024 * 1024
OK = b'{"data": {"id": "b1"}}'
Behaviour = Callable[[socket.socket, bytes], None]


def _bomb(inflated: int) -> bytes:
    """A gzip body of about ``inflated / 1000`` bytes that inflates to ``inflated`` zero bytes."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)  # 31: gzip framing
    block = bytes(1024 * 1024)
    parts = [packer.compress(block) for _ in range(inflated // len(block))]
    return b"".join([*parts, packer.flush()])


@functools.cache
def bomb() -> bytes:
    """256 MiB once inflated, over the default max_response_bytes (64 MiB); made when first served (it takes a
    second of CPU, which every worker would otherwise pay when it imports the module to collect it)."""
    return _bomb(256 * 1024 * 1024)


def bomb_reply(status: int) -> Behaviour:
    return lambda conn, request: reply(status, bomb(), {"Content-Encoding": "gzip"})(conn, request)


DEEP = b"[" * 100_000 + b"]" * 100_000
HUGE = "9" * 400


def headers_on(status: int, headers: dict[str, str], body: bytes = OK) -> Behaviour:
    return reply(status, body if status < 400 else b'{"error": {"code": "X", "message": "x"}}', headers)


def limited(seconds: Any) -> Behaviour:
    body = json.dumps({"error": {"code": "RATE_LIMIT_EXCEEDED", "details": {"retry_after_seconds": seconds}}})
    return reply(429, body.encode())


def echo(key: str) -> Behaviour:
    body = {"error": {"code": "UNAUTHORIZED", "message": f"Invalid API key {key}", "details": {"key": key}}}
    return reply(401, json.dumps(body).encode())


def reset_after_headers(conn: socket.socket, request: bytes) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{")
    reset(conn, request)


def raw(head: bytes, body: bytes = b"") -> Behaviour:
    def answer(conn: socket.socket, request: bytes) -> None:
        conn.sendall(head + b"\r\nConnection: close\r\n\r\n" + body)

    return answer


def silent(conn: socket.socket, request: bytes) -> None:
    time.sleep(TIMEOUT + 0.1)  # answers nothing within the timeout


@dataclass(frozen=True)
class Case:
    id: str
    behaviour: Behaviour
    api_key: str = KEY


FIGURES = {
    "huge": HUGE,
    "negative": "-5",
    "nan": "nan",
    "inf": "inf",
    "exponent": "1e999",
    "not-a-number": "soon",
    "empty": "",
    "far-future-date": "Fri, 31 Dec 9999 23:59:59 GMT",
    "past-date": "Thu, 01 Jan 1970 00:00:00 GMT",
}
CASES = [
    *(
        Case(f"retry-after-{name}-on-{s}", headers_on(s, {"Retry-After": v}))
        for name, v in FIGURES.items()
        for s in (200, 429, 503)
    ),
    *(
        Case(f"ratelimit-{header.lower()}-{name}", headers_on(200, {f"X-RateLimit-{header}": v}))
        for header in ("Limit", "Remaining", "Reset")
        for name, v in FIGURES.items()
    ),
    Case(
        "ratelimit-all-hostile-on-201",
        headers_on(201, {"X-RateLimit-Limit": "-1", "X-RateLimit-Remaining": "nan", "X-RateLimit-Reset": HUGE}),
    ),
    Case(
        "ratelimit-zero-limit",
        headers_on(200, {"X-RateLimit-Limit": "0", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "0"}),
    ),
    *(
        Case(f"429-body-retry-after-{name}", limited(v))
        for name, v in {
            "negative": -1,
            "huge": 10**400,
            "string": "soon",
            "null": None,
            "float-max": 1.7e308,
            "list": [1],
        }.items()
    ),
    Case("429-body-not-json", reply(429, b"<html>slow down</html>", {"Content-Type": "text/html"})),
    Case("gzip-bomb-on-200", bomb_reply(200)),
    Case("gzip-bomb-on-503", bomb_reply(503)),
    Case("corrupt-gzip", reply(200, gzip.compress(OK)[:-12] + b"garbage!", {"Content-Encoding": "gzip"})),
    Case("unknown-content-encoding", reply(200, OK, {"Content-Encoding": "x-hostile"})),
    Case("deep-json-on-200", reply(200, DEEP)),
    Case("deep-json-on-400", reply(400, DEEP)),
    Case("deep-json-on-503", reply(503, DEEP)),
    Case("echoed-long-key", echo(KEY)),
    Case("echoed-short-key", echo("k1"), api_key="k1"),
    Case("echoed-5-char-key", echo("sk_9z"), api_key="sk_9z"),
    Case("error-envelope-on-200", reply(200, b'{"error": {"code": "INTERNAL_ERROR", "message": "oops"}}')),
    Case("html-on-200", reply(200, b"<html>maintenance</html>", {"Content-Type": "text/html"})),
    Case("not-json-on-200", reply(200, b"not json at all")),
    Case("empty-on-200", reply(200, b"")),
    Case("json-null-on-200", reply(200, b"null")),
    Case("json-list-on-200", reply(200, b"[1, 2, 3]")),
    Case("invalid-utf8-on-200", reply(200, b'{"data": {"id": "\xff\xfe"}}')),
    Case("wrong-types-on-200", reply(200, b'{"data": {"id": {"nested": [1, 2]}, "status": 42}}')),
    Case("truncated-body", truncated),
    Case("reset-before-answer", reset),
    Case("reset-after-headers", reset_after_headers),
    Case("silent-past-timeout", silent),
    Case("huge-header", raw(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nX-Big: " + b"a" * 200_000, b"{}")),
    Case("negative-content-length", raw(b"HTTP/1.1 200 OK\r\nContent-Length: -5", OK)),
    Case("garbage-status-line", raw(b"HTTP/1.1 abc nonsense", OK)),
    Case("status-999", reply(999, OK)),
    Case("not-http", raw(b"SSH-2.0-OpenSSH_9.6")),
    Case("redirect-to-elsewhere", reply(307, b"", {"Location": "http://169.254.169.254/latest/meta-data"})),
]


def _rss(field: str) -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    return 0


def _reset_peak() -> bool:
    try:
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")  # resets VmHWM to the current RSS
        return True
    except OSError:
        return False


class Switch:
    """One raw server for the module (a server per case cost 0.2 s to stop): hostile until told otherwise."""

    def __init__(self) -> None:
        self.behaviour: Behaviour = reply(200, OK)
        self.hostile = False
        self.server = RawServer(self._answer)

    def _answer(self, conn: socket.socket, request: bytes) -> None:
        (self.behaviour if self.hostile else reply(200, OK))(conn, request)


@pytest.fixture(scope="module")
def switch() -> Iterator[Switch]:
    made = Switch()
    yield made
    made.server.close()


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="peak RSS is read from /proc (Linux)")
@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
async def test_a_hostile_answer(mode: str, switch: Switch, case: Case) -> None:
    switch.behaviour, switch.hostile = case.behaviour, True
    api = switch.server
    settings: dict[str, Any] = {"api_key": case.api_key, "base_url": api.url, "retry": RETRY, "timeout": TIMEOUT}
    escaped: list[BaseException] = []
    elapsed: list[float] = []
    before = _rss("VmRSS")
    exact = _reset_peak()
    peak_before = _rss("VmHWM")

    def first(op: Callable[[], Any]) -> None:
        started = time.monotonic()
        try:
            op()
        except BaseException as error:
            escaped.append(error)
        finally:
            elapsed.append(time.monotonic() - started)
            switch.hostile = False

    if mode == "sync":
        with TokPortal(**settings) as client:
            first(lambda: client.bundles.get_bundle("b1"))
            after = client.bundles.get_bundle("b1")
    else:
        async with AsyncTokPortal(**settings) as aclient:
            started = time.monotonic()
            try:
                await aclient.bundles.get_bundle("b1")
            except BaseException as error:
                escaped.append(error)
            elapsed.append(time.monotonic() - started)
            switch.hostile = False
            after = await aclient.bundles.get_bundle("b1")

    assert all(isinstance(error, TokPortalError) for error in escaped), repr(escaped)
    for error in escaped:
        assert case.api_key not in f"{error}{error!r}{vars(error)!r}"
    assert after.data.id == "b1"  # the same client serves a normal call
    assert elapsed[0] < WORST, f"{elapsed[0]:.2f} s, stated worst case {WORST:.2f} s"
    grown = _rss("VmHWM") - (before if exact else peak_before)
    assert grown < RSS_LIMIT, f"peak RSS grew by {grown / 2**20:.0f} MiB"
