"""Fault injection and hostile input (issue 19), on both clients, against raw loopback servers.

:class:`RawServer` speaks just enough HTTP/1.1 by hand to misbehave in ways a real server library will not:
reset the connection, truncate or trickle a body, redirect elsewhere, send a corrupt gzip body or JSON nested
far too deep. Each test says what every exception must be: a ``TokPortalError``, or a ``ValueError``/``TypeError``
raised before a single byte left.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import gzip
import json
import random
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from tokportal_client import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncTokPortal,
    InternalServerError,
    RetryPolicy,
    TokPortal,
    TokPortalError,
)

KEY = "sk_test_" + "7" * 64
FAST = RetryPolicy(initial_delay=0.01, max_delay=0.02)
Behaviour = Callable[[socket.socket, bytes], None]


def reply(status: int, body: bytes = b"{}", headers: dict[str, str] | None = None) -> Behaviour:
    def answer(conn: socket.socket, request: bytes) -> None:
        head = {"Content-Type": "application/json", "Content-Length": str(len(body)), **(headers or {})}
        lines = [f"HTTP/1.1 {status} X", *(f"{k}: {v}" for k, v in head.items()), "Connection: close", "", ""]
        conn.sendall("\r\n".join(lines).encode() + body)

    return answer


def reset(conn: socket.socket, request: bytes) -> None:
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")


def truncated(conn: socket.socket, request: bytes) -> None:
    conn.sendall(b'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"data":')


def trickle(seconds: float) -> Behaviour:
    def answer(conn: socket.socket, request: bytes) -> None:
        body = b'{"data": {"id": "b1"}}' + b" " * 40
        conn.sendall(
            f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n".encode()
        )
        step = seconds / len(body)
        for byte in body:
            time.sleep(step)
            try:
                conn.sendall(bytes([byte]))
            except OSError:
                return

    return answer


class RawServer:
    """Answers each connection with the next behaviour of its script (the last one repeats); records requests.
    ``threaded``: each connection is answered in a thread of its own (a load test whose faults hold answers)."""

    def __init__(self, *script: Behaviour, threaded: bool = False) -> None:
        self.threaded = threaded
        self.script = list(script)
        self.requests: list[bytes] = []
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.05)  # how soon close() is noticed
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/api/ext"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except (TimeoutError, OSError):
                continue
            if self.threaded:
                threading.Thread(target=self._answer, args=(conn,), daemon=True).start()
            else:
                self._answer(conn)

    def _answer(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(2)
            request = b""
            try:
                while b"\r\n\r\n" not in request:
                    chunk = conn.recv(65536)
                    if not chunk:
                        break
                    request += chunk
            except OSError:
                return
            if not request:
                return
            self.requests.append(request)
            behaviour = self.script[min(len(self.requests), len(self.script)) - 1]
            with contextlib.suppress(OSError):
                behaviour(conn, request)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self.sock.close()


@pytest.fixture
def servers() -> Iterator[Callable[..., RawServer]]:
    made: list[RawServer] = []

    def make(*script: Behaviour) -> RawServer:
        made.append(RawServer(*script))
        return made[-1]

    yield make
    for server in made:
        server.close()


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def call(mode: str, base_url: str, op: Callable[[Any], Any], **settings: Any) -> Any:
    """Run ``op`` on a fresh client of the given kind; returns the result or raises what the call raised."""
    settings = {"retry": FAST, **settings}
    async_http = settings.pop("async_http_client", None)
    key = settings.pop("api_key", KEY)
    if mode == "sync":
        http = settings.pop("http_client", None)
        with TokPortal(api_key=key, base_url=base_url, http_client=http, **settings) as client:
            return op(client)
    settings.pop("http_client", None)
    async with AsyncTokPortal(api_key=key, base_url=base_url, http_client=async_http, **settings) as aclient:
        return await op(aclient)


def get_bundle(client: Any) -> Any:
    return client.bundles.get_bundle("b1")


# -- the API key never follows a redirect -----------------------------------------------------------------------


async def test_redirect_to_another_host_never_receives_the_key(mode: str, servers: Callable[..., RawServer]) -> None:
    elsewhere = servers(reply(200, b'{"data": {"id": "b1"}}'))
    api = servers(reply(307, headers={"Location": elsewhere.url + "/bundles/b1"}))
    following = {"http_client": httpx.Client(follow_redirects=True)}
    following["async_http_client"] = httpx.AsyncClient(follow_redirects=True)  # type: ignore[assignment]

    with pytest.raises(APIStatusError) as raised:
        await call(mode, api.url, get_bundle, **following)

    assert raised.value.status_code == 307
    assert len(api.requests) == 1 and KEY.encode() in api.requests[0]
    assert elsewhere.requests == []


# -- every failure is typed -------------------------------------------------------------------------------------


async def test_corrupt_gzip_body_is_a_tokportal_error(mode: str, servers: Callable[..., RawServer]) -> None:
    corrupt = gzip.compress(b'{"data": {"id": "b1"}}')[:-12] + b"garbage!"
    api = servers(reply(200, corrupt, {"Content-Encoding": "gzip"}))
    with pytest.raises(TokPortalError):
        await call(mode, api.url, get_bundle, max_retries=0)


async def test_deep_json_on_200_is_a_validation_error(mode: str, servers: Callable[..., RawServer]) -> None:
    api = servers(reply(200, b"[" * 100_000 + b"]" * 100_000))
    with pytest.raises(APIResponseValidationError):
        await call(mode, api.url, get_bundle, max_retries=0)


async def test_deep_json_on_503_is_retried_then_typed(mode: str, servers: Callable[..., RawServer]) -> None:
    api = servers(reply(503, b"[" * 100_000 + b"]" * 100_000))
    with pytest.raises(InternalServerError):
        await call(mode, api.url, get_bundle, max_retries=1)
    assert len(api.requests) == 2


async def test_reset_then_success_is_retried(mode: str, servers: Callable[..., RawServer]) -> None:
    api = servers(reset, reply(200, b'{"data": {"id": "b1"}}'))
    result = await call(mode, api.url, get_bundle)
    assert result.data.id == "b1" and len(api.requests) == 2


async def test_truncated_body_is_a_connection_error(mode: str, servers: Callable[..., RawServer]) -> None:
    api = servers(truncated)
    with pytest.raises(APIConnectionError):
        await call(mode, api.url, get_bundle, max_retries=0)


async def test_a_trickled_body_is_cut_near_the_timeout(mode: str, servers: Callable[..., RawServer]) -> None:
    api = servers(trickle(2.5))
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        await call(mode, api.url, get_bundle, max_retries=0, timeout=1)
    assert time.monotonic() - started < 2.4  # the whole trickle takes 2.5 s


async def test_a_closed_client_raises_a_tokportal_error(mode: str, servers: Callable[..., RawServer]) -> None:
    api = servers(reply(200, b'{"data": {"id": "b1"}}'))
    if mode == "sync":
        client = TokPortal(api_key=KEY, base_url=api.url)
        client.close()
        with pytest.raises(TokPortalError, match="closed"):
            get_bundle(client)
    else:
        aclient = AsyncTokPortal(api_key=KEY, base_url=api.url)
        await aclient.close()
        with pytest.raises(TokPortalError, match="closed"):
            await get_bundle(aclient)
    assert api.requests == []


# -- hostile input is refused before anything is sent -----------------------------------------------------------


@pytest.mark.parametrize(
    "options",
    [
        {"request_id": "abc\r\nX-Evil: 1"},
        {"request_id": "réq"},
        {"extra_headers": {"X-Trace": "a\nb"}},
        {"extra_headers": {"X-Trace": "naïve"}},
        {"extra_headers": {"Host": "evil.example"}},
        {"extra_headers": {"Transfer-Encoding": "chunked"}},
        {"extra_headers": {"X-TokPortal-Dry-Run": "false"}},
        {"extra_headers": {"x-api-key": "other"}},
    ],
)
async def test_bad_headers_are_refused_before_sending(
    mode: str, servers: Callable[..., RawServer], options: dict[str, Any]
) -> None:
    api = servers(reply(200, b'{"data": {"id": "b1"}}'))
    with pytest.raises((ValueError, TypeError)):
        await call(mode, api.url, lambda c: c.bundles.get_bundle("b1", **options))
    assert api.requests == []


@pytest.mark.parametrize("base_url", ["https://api.example.test/api?x=1", "https://api.example.test/api#top"])
def test_base_url_with_query_or_fragment_is_refused(base_url: str) -> None:
    for cls in (TokPortal, AsyncTokPortal):
        with pytest.raises(ValueError, match="query or a fragment"):
            cls(api_key=KEY, base_url=base_url)


@pytest.mark.parametrize("headers", [{"Host": "x"}, {"Idempotency-Key": "k"}, {"X-Request-ID": "r"}, {"X": "a\r\n"}])
def test_default_headers_cannot_set_what_the_client_owns(headers: dict[str, str]) -> None:
    for cls in (TokPortal, AsyncTokPortal):
        with pytest.raises(ValueError):
            cls(api_key=KEY, default_headers=headers)


async def test_failed_write_reports_the_key_it_used(mode: str, servers: Callable[..., RawServer]) -> None:
    api = servers(reply(503))
    body = {"bundle_type": "account_only", "platform": "tiktok", "country": "US"}
    with pytest.raises(APIStatusError) as raised:
        await call(mode, api.url, lambda c: c.bundles.create_bundle(body=body, idempotency_key="order-17"))
    assert raised.value.idempotency_key == "order-17"
    assert len(api.requests) == 3 and all(b"Idempotency-Key: order-17" in r for r in api.requests)


def test_async_deadline_covers_the_gate_free_send() -> None:
    """The async deadline is asyncio's: a send that never answers ends as APITimeoutError, not CancelledError."""

    async def never(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(10)
        raise AssertionError("not reached")

    async def run() -> None:
        http = httpx.AsyncClient(transport=httpx.MockTransport(never))
        async with AsyncTokPortal(api_key=KEY, base_url="https://x.test", http_client=http, max_retries=0) as c:
            with pytest.raises(APITimeoutError):
                await c.bundles.get_bundle("b1", timeout=0.05)
        await http.aclose()

    asyncio.run(run())


# -- under load with faults: nothing charged twice, nothing lost --------------------------------------------------


class Ledger:
    """A TokPortal stand-in for create_bundle that honours idempotency keys and fails about 12 % of requests, in
    four ways: 503 before doing anything; the work done, then the connection reset before the answer; the work
    done, then the answer held past the client's timeout; 429 with a small ``Retry-After`` before any work."""

    HOLD = 0.3
    """How long a 'timeout after work' answer is held: past the client's timeout (LOAD_TIMEOUT)."""

    def __init__(self, seed: int) -> None:
        self.done: dict[str, str] = {}  # idempotency key -> bundle id
        self.created = 0
        self.faults: dict[str, int] = dict.fromkeys(["503", "reset", "timeout", "429"], 0)
        self.lock = threading.Lock()
        self.random = random.Random(seed)

    def behaviour(self, conn: socket.socket, request: bytes) -> None:
        head = request.split(b"\r\n\r\n", 1)[0].decode("latin-1")
        key = next(
            line.split(":", 1)[1].strip() for line in head.split("\r\n") if line.lower().startswith("idempotency-key:")
        )
        with self.lock:
            roll = self.random.random()
            if roll < 0.03:
                self.faults["503"] += 1
                fault: Behaviour | None = reply(503)
            elif roll < 0.06:
                self.faults["429"] += 1
                body = b'{"error": {"code": "RATE_LIMIT_EXCEEDED"}}'
                fault = reply(429, body, {"Retry-After": "0", "X-RateLimit-Remaining": "0"})
            else:
                fault = None
                if key not in self.done:
                    self.created += 1
                    self.done[key] = f"bnd_{self.created}"
                bundle_id = self.done[key]
                if 0.06 <= roll < 0.09:
                    self.faults["reset"] += 1
                elif 0.09 <= roll < 0.12:
                    self.faults["timeout"] += 1
        if fault is not None:
            fault(conn, request)
        elif roll < 0.09:
            reset(conn, request)
        else:
            if roll < 0.12:
                time.sleep(self.HOLD)  # the work is done; the answer comes after the client gave up
            reply(201, json.dumps({"data": {"bundle_id": bundle_id}}).encode())(conn, request)


LOAD_TIMEOUT = 0.25
LOAD_CALLS = {"sync": 3000, "async": 1000}


async def test_load_with_faults_never_charges_twice_nor_loses_a_call(mode: str) -> None:
    """3,000 calls over 16 threads (sync) or 1,000 tasks (async), with mixed faults: 0 lost, 0 charged twice,
    0 untyped exceptions."""
    calls = LOAD_CALLS[mode]
    ledger = Ledger(seed=19)
    api = RawServer(ledger.behaviour, threaded=True)
    body = {"bundle_type": "account_only", "platform": "tiktok", "country": "US"}
    retry = RetryPolicy(max_retries=10, initial_delay=0.001, max_delay=0.002)
    settings: dict[str, Any] = {"api_key": KEY, "base_url": api.url, "retry": retry, "timeout": LOAD_TIMEOUT}
    outcomes: list[str] = []
    failures: list[BaseException] = []
    try:
        if mode == "sync":
            with TokPortal(**settings) as client:

                def one(i: int) -> None:
                    try:
                        created = client.bundles.create_bundle(body=body, idempotency_key=f"order-{i}")
                        outcomes.append(str(created.data.bundle_id))
                    except BaseException as error:
                        failures.append(error)

                with concurrent.futures.ThreadPoolExecutor(16) as pool:
                    list(pool.map(one, range(calls)))
        else:
            async with AsyncTokPortal(**settings) as aclient:

                async def aone(i: int) -> None:
                    try:
                        created = await aclient.bundles.create_bundle(body=body, idempotency_key=f"order-{i}")
                        outcomes.append(str(created.data.bundle_id))
                    except BaseException as error:
                        failures.append(error)

                await asyncio.gather(*(aone(i) for i in range(calls)))
    finally:
        api.close()
    untyped = [error for error in failures if not isinstance(error, TokPortalError)]
    assert untyped == [], untyped[:3]
    assert failures == [], failures[:3]  # none lost: every call returned its bundle
    assert len(outcomes) == calls
    assert ledger.created == calls == len(set(outcomes))  # none charged twice
    assert sorted(outcomes) == sorted(ledger.done.values())
    assert all(ledger.faults.values()), ledger.faults  # every kind of fault happened
