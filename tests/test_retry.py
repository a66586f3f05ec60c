"""Retries (DESIGN.md §5, issue #4), end to end against a local HTTP server, for both clients.

Every test runs once with :class:`TokPortal` and once with :class:`AsyncTokPortal` (the ``kind`` fixture).
The server side is a :class:`Script`: one scripted answer per attempt, recording when each request arrived,
its headers and its raw body, so the tests can count attempts and compare what was sent.
"""

from __future__ import annotations

import email.utils
import inspect
import json
import logging
import math
import socket
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tokportal_client import (
    APIConnectionError,
    APITimeoutError,
    AsyncTokPortal,
    BadRequestError,
    InternalServerError,
    RateLimitError,
    RetryPolicy,
    TokPortal,
    TokPortalError,
)

API_KEY = "sk_test_" + "0" * 64
FAST = RetryPolicy(initial_delay=0.01, max_delay=0.05)
LOGGER = "tokportal_client"

BUNDLE = {"data": {"id": "b1"}}
CREATED = {"data": {"bundle_id": "b1"}}
SECRET = {"data": {"username": "creator", "password": "hunter2"}}
UPLOADED = {"data": {"filename": "clip.mp4", "size_bytes": 11}}
NEW_BUNDLE = {"bundle_type": "account_only", "platform": "tiktok", "country": "US"}

Op = Callable[[Any], Any]
"""A call on a client, e.g. ``lambda c: c.bundles.get_bundle("b1")``; returns an awaitable for the async one."""


# --- server side ------------------------------------------------------------------------------------------


def answer(status: int, body: Any = None, headers: dict[str, str] | None = None) -> Response:
    """A JSON response; error bodies follow the API's ``{"error": {...}}`` shape."""
    if body is None and status >= 400:
        body = {"error": {"code": f"HTTP_{status}", "message": f"scripted {status}"}}
    return Response(json.dumps(body), status=status, headers=headers or {}, content_type="application/json")


class Script:
    """Answers the n-th request with the n-th scripted response (after an optional sleep) and records it.

    A request beyond the script is answered 418 (never retried) and recorded, so counts stay exact.
    """

    def __init__(self, *steps: Response | tuple[Response, float]) -> None:
        self.steps = [step if isinstance(step, tuple) else (step, 0.0) for step in steps]
        self.arrivals: list[float] = []
        self.wall_arrivals: list[float] = []
        self.headers: list[dict[str, str]] = []
        self.bodies: list[bytes] = []

    def __call__(self, request: Request) -> Response:
        self.arrivals.append(time.monotonic())
        self.wall_arrivals.append(time.time())
        self.headers.append({name.lower(): value for name, value in request.headers.items()})
        self.bodies.append(request.get_data())
        index = len(self.arrivals) - 1
        if index >= len(self.steps):
            return answer(418, {"error": {"code": "UNEXPECTED", "message": "request beyond the script"}})
        response, sleep = self.steps[index]
        if sleep:
            time.sleep(sleep)
        return response

    @property
    def count(self) -> int:
        return len(self.arrivals)

    def header_values(self, name: str) -> list[str | None]:
        return [headers.get(name.lower()) for headers in self.headers]


def serve(server: HTTPServer, method: str, path: str, script: Script) -> Script:
    server.expect_request("/api/ext" + path, method=method).respond_with_handler(script)
    return script


@pytest.fixture(scope="module")
def threaded_server() -> Iterator[HTTPServer]:
    """A server answering each request in its own thread: a sleeping handler must not delay the retry."""
    server = HTTPServer(threaded=True)
    server.start()
    yield server
    server.clear()
    server.stop()


@pytest.fixture
def slow_server(threaded_server: HTTPServer) -> HTTPServer:
    threaded_server.clear()
    return threaded_server


@pytest.fixture
def closed_port_url() -> str:
    """A loopback base URL nobody listens on: connecting fails before anything is sent."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/api/ext"


# --- client side ------------------------------------------------------------------------------------------


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    value: str = request.param
    return value


def base(server: HTTPServer) -> str:
    return server.url_for("/api/ext")


async def run(kind: str, base_url: str, op: Op, **settings: Any) -> Any:
    """Build the ``kind`` client (fast retry policy unless overridden), make the call, return its result."""
    settings.setdefault("retry", FAST)
    if kind == "sync":
        with TokPortal(api_key=API_KEY, base_url=base_url, **settings) as client:
            return op(client)
    async with AsyncTokPortal(api_key=API_KEY, base_url=base_url, **settings) as client:
        result = op(client)
        assert inspect.isawaitable(result)
        return await result


async def run_error(kind: str, base_url: str, op: Op, **settings: Any) -> tuple[TokPortalError, float]:
    """Like :func:`run` for a call that must fail: the error raised and how long the call took."""
    start = time.monotonic()
    with pytest.raises(TokPortalError) as info:
        await run(kind, base_url, op, **settings)
    return info.value, time.monotonic() - start


def retry_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [record for record in caplog.records if record.name == LOGGER and record.getMessage().startswith("retry")]


def get_bundle(client: Any) -> Any:
    return client.bundles.get_bundle("b1")


def create_bundle(client: Any) -> Any:
    return client.bundles.create_bundle(body=NEW_BUNDLE)


def reveal(client: Any) -> Any:
    return client.accounts.reveal_account_credentials("acc1")


# --- issue #4: done when ----------------------------------------------------------------------------------


async def test_429_retry_after_seconds_is_waited_then_one_result(kind: str, httpserver: HTTPServer) -> None:
    script = serve(
        httpserver,
        "GET",
        "/bundles/b1",
        Script(answer(429, headers={"Retry-After": "1"}), answer(200, BUNDLE)),
    )

    response = await run(kind, base(httpserver), lambda c: c.with_raw_response.bundles.get_bundle("b1"))

    assert script.count == 2
    assert script.arrivals[1] - script.arrivals[0] >= 1.0
    assert response.parsed.data.id == "b1"
    assert response.retries == 1


async def test_post_503_503_201_sends_one_idempotency_key(kind: str, httpserver: HTTPServer) -> None:
    script = serve(httpserver, "POST", "/bundles", Script(answer(503), answer(503), answer(201, CREATED)))

    result = await run(kind, base(httpserver), create_bundle)

    assert result.data.bundle_id == "b1"
    assert script.count == 3
    keys = script.header_values("Idempotency-Key")
    assert keys[0]
    assert keys == [keys[0]] * 3
    assert script.bodies[0] == script.bodies[1] == script.bodies[2]


async def test_sensitive_op_500_is_not_retried_and_carries_no_key(kind: str, httpserver: HTTPServer) -> None:
    script = serve(httpserver, "POST", "/accounts/acc1/reveal-credentials", Script(answer(500), answer(200, SECRET)))

    error, _ = await run_error(kind, base(httpserver), reveal)

    assert isinstance(error, InternalServerError)
    assert error.status_code == 500
    assert script.count == 1
    assert script.header_values("Idempotency-Key") == [None]


async def test_429_retry_after_beyond_max_is_raised_at_once(kind: str, httpserver: HTTPServer) -> None:
    script = serve(
        httpserver, "GET", "/bundles/b1", Script(answer(429, headers={"Retry-After": "3600"}), answer(200, BUNDLE))
    )

    error, elapsed = await run_error(kind, base(httpserver), get_bundle, retry=RetryPolicy())

    assert isinstance(error, RateLimitError)
    assert error.retry_after == 3600
    assert elapsed < 1.0
    assert script.count == 1


async def test_retried_direct_upload_sends_identical_bytes(kind: str, httpserver: HTTPServer) -> None:
    script = serve(httpserver, "POST", "/upload/video/direct", Script(answer(503), answer(200, UPLOADED)))

    result = await run(
        kind,
        base(httpserver),
        lambda c: c.uploads.upload_video_direct(file=("clip.mp4", b"\x00\x01video\xffdata"), bundle_id="b1"),
    )

    assert result.data.filename == "clip.mp4"
    assert script.count == 2
    assert script.headers[0]["content-type"].startswith("multipart/form-data; boundary=")
    assert script.headers[1]["content-type"] == script.headers[0]["content-type"]
    assert b"\x00\x01video\xffdata" in script.bodies[0]
    assert script.bodies[1] == script.bodies[0]
    assert script.header_values("Idempotency-Key")[0] is not None
    assert script.header_values("Idempotency-Key")[1] == script.header_values("Idempotency-Key")[0]


# --- Retry-After forms and X-RateLimit-Reset --------------------------------------------------------------


async def test_retry_after_http_date_is_honoured(
    kind: str, httpserver: HTTPServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger=LOGGER)
    # An HTTP date has whole seconds: 1.5 s ahead, truncated, is still 0.5 to 1.5 s away.
    retry_at = email.utils.formatdate(time.time() + 1.5, usegmt=True)
    script = serve(
        httpserver, "GET", "/bundles/b1", Script(answer(429, headers={"Retry-After": retry_at}), answer(200, BUNDLE))
    )

    result = await run(kind, base(httpserver), get_bundle)

    assert result.data.id == "b1"
    assert script.count == 2
    (record,) = retry_records(caplog)
    delay: float = record.delay  # type: ignore[attr-defined]
    assert 0.3 < delay <= 1.5  # from the date, not the 0.01-0.05 s backoff
    assert script.arrivals[1] - script.arrivals[0] >= delay - 0.05


async def test_429_without_retry_after_honours_ratelimit_reset(
    kind: str, httpserver: HTTPServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger=LOGGER)
    reset = math.floor(time.time() + 1.5)  # 0.5 to 1.5 s away
    script = serve(
        httpserver,
        "GET",
        "/bundles/b1",
        Script(
            answer(
                429, headers={"X-RateLimit-Limit": "60", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(reset)}
            ),
            answer(200, BUNDLE),
        ),
    )

    result = await run(kind, base(httpserver), get_bundle)

    assert result.data.id == "b1"
    assert script.count == 2
    (record,) = retry_records(caplog)
    delay: float = record.delay  # type: ignore[attr-defined]
    assert 0.3 < delay <= 1.5
    assert script.arrivals[1] - script.arrivals[0] >= delay - 0.05
    assert time.time() + 0.05 >= reset  # the retry did not go out before the bucket refilled


# --- 5xx on GET, max_retries ------------------------------------------------------------------------------


async def test_get_500_502_200_succeeds_after_three_requests(kind: str, httpserver: HTTPServer) -> None:
    script = serve(httpserver, "GET", "/bundles/b1", Script(answer(500), answer(502), answer(200, BUNDLE)))

    result = await run(kind, base(httpserver), get_bundle)

    assert result.data.id == "b1"
    assert script.count == 3
    assert script.header_values("Idempotency-Key") == [None, None, None]


async def test_get_500_three_times_raises_after_default_retries(kind: str, httpserver: HTTPServer) -> None:
    script = serve(httpserver, "GET", "/bundles/b1", Script(answer(500), answer(500), answer(500), answer(200, BUNDLE)))

    error, _ = await run_error(kind, base(httpserver), get_bundle)

    assert isinstance(error, InternalServerError)
    assert script.count == 3  # 1 + default max_retries (2)


async def test_max_retries_zero_sends_one_request(kind: str, httpserver: HTTPServer) -> None:
    script = serve(httpserver, "GET", "/bundles/b1", Script(answer(503), answer(200, BUNDLE)))

    error, _ = await run_error(kind, base(httpserver), get_bundle, max_retries=0)

    assert isinstance(error, InternalServerError)
    assert error.status_code == 503
    assert script.count == 1


async def test_with_options_max_retries_zero_applies_to_that_call_only(kind: str, httpserver: HTTPServer) -> None:
    script = serve(
        httpserver, "GET", "/bundles/b1", Script(answer(503), answer(503), answer(200, BUNDLE), answer(200, BUNDLE))
    )

    def calls(client: Any) -> Any:
        if kind == "sync":
            with pytest.raises(InternalServerError):
                client.with_options(max_retries=0).bundles.get_bundle("b1")
            first_count = script.count
            return first_count, client.bundles.get_bundle("b1")

        async def both() -> Any:
            with pytest.raises(InternalServerError):
                await client.with_options(max_retries=0).bundles.get_bundle("b1")
            first_count = script.count
            return first_count, await client.bundles.get_bundle("b1")

        return both()

    first_count, result = await run(kind, base(httpserver), calls)

    assert first_count == 1  # the with_options call was not retried
    assert result.data.id == "b1"  # the client itself still retries: 503 then 200
    assert script.count == 3


async def test_400_is_never_retried(kind: str, httpserver: HTTPServer) -> None:
    script = serve(httpserver, "POST", "/bundles", Script(answer(400), answer(201, CREATED)))

    error, _ = await run_error(kind, base(httpserver), create_bundle)

    assert isinstance(error, BadRequestError)
    assert script.count == 1
    assert script.header_values("Idempotency-Key")[0] is not None  # replay-safe, yet 400 is final


# --- idempotency keys -------------------------------------------------------------------------------------


async def test_callers_idempotency_key_is_reused_on_every_attempt(kind: str, httpserver: HTTPServer) -> None:
    script = serve(httpserver, "POST", "/bundles", Script(answer(503), answer(502), answer(201, CREATED)))

    result = await run(
        kind, base(httpserver), lambda c: c.bundles.create_bundle(body=NEW_BUNDLE, idempotency_key="order-42")
    )

    assert result.data.bundle_id == "b1"
    assert script.header_values("Idempotency-Key") == ["order-42", "order-42", "order-42"]


async def test_sensitive_op_is_retried_on_429_without_a_key(kind: str, httpserver: HTTPServer) -> None:
    script = serve(httpserver, "POST", "/accounts/acc1/reveal-credentials", Script(answer(429), answer(200, SECRET)))

    result = await run(kind, base(httpserver), reveal)

    assert result.data["password"] == "hunter2"
    assert script.count == 2
    assert script.header_values("Idempotency-Key") == [None, None]


# --- timeouts ---------------------------------------------------------------------------------------------


async def test_read_timeout_on_get_is_retried(kind: str, slow_server: HTTPServer) -> None:
    script = serve(slow_server, "GET", "/bundles/b1", Script((answer(200, BUNDLE), 0.5), answer(200, BUNDLE)))

    result = await run(kind, base(slow_server), get_bundle, timeout=0.2)

    assert result.data.id == "b1"
    assert script.count == 2


async def test_read_timeout_on_post_is_retried_with_the_same_key(kind: str, slow_server: HTTPServer) -> None:
    script = serve(slow_server, "POST", "/bundles", Script((answer(201, CREATED), 0.5), answer(201, CREATED)))

    result = await run(kind, base(slow_server), create_bundle, timeout=0.2)

    assert result.data.bundle_id == "b1"
    assert script.count == 2
    keys = script.header_values("Idempotency-Key")
    assert keys[0] is not None
    assert keys[1] == keys[0]


async def test_read_timeout_on_sensitive_op_is_not_retried(kind: str, slow_server: HTTPServer) -> None:
    script = serve(
        slow_server,
        "POST",
        "/accounts/acc1/reveal-credentials",
        Script((answer(200, SECRET), 0.5), answer(200, SECRET)),
    )

    error, _ = await run_error(kind, base(slow_server), reveal, timeout=0.2)

    assert isinstance(error, APITimeoutError)
    assert error.sent is True
    assert script.count == 1
    assert script.header_values("Idempotency-Key") == [None]


# --- connection failures before sending -------------------------------------------------------------------


def counting_http_client(kind: str, attempts: list[str]) -> httpx.Client | httpx.AsyncClient:
    """An httpx client whose request hook (run before the transport connects) counts attempts."""
    if kind == "sync":

        def hook(request: httpx.Request) -> None:
            attempts.append(request.method)

        return httpx.Client(event_hooks={"request": [hook]})

    async def ahook(request: httpx.Request) -> None:
        attempts.append(request.method)

    return httpx.AsyncClient(event_hooks={"request": [ahook]})


@pytest.mark.parametrize("op", [get_bundle, reveal], ids=["get", "sensitive"])
async def test_connection_refused_is_retried_then_raised(
    kind: str, op: Op, closed_port_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger=LOGGER)
    attempts: list[str] = []
    http = counting_http_client(kind, attempts)
    try:
        error, _ = await run_error(kind, closed_port_url, op, http_client=http)
    finally:
        if isinstance(http, httpx.Client):
            http.close()
        else:
            await http.aclose()

    assert type(error) is APIConnectionError
    assert error.sent is False
    assert len(attempts) == 1 + FAST.max_retries
    records = retry_records(caplog)
    assert len(records) == FAST.max_retries
    assert {record.reason for record in records} == {"connection error"}  # type: ignore[attr-defined]


# --- logging and secrets ----------------------------------------------------------------------------------


async def test_each_retry_is_logged_with_its_details(
    kind: str, httpserver: HTTPServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger=LOGGER)
    serve(
        httpserver,
        "GET",
        "/bundles/b1",
        Script(
            answer(503, headers={"X-TokPortal-Request-ID": "req_1"}),
            answer(429, headers={"X-TokPortal-Request-ID": "req_2", "Retry-After": "0"}),
            answer(200, BUNDLE),
        ),
    )

    await run(kind, base(httpserver), get_bundle)

    records = retry_records(caplog)
    assert len(records) == 2
    details = [
        (r.method, r.path, r.attempt, r.reason, r.request_id)  # type: ignore[attr-defined]
        for r in records
    ]
    assert details == [
        ("GET", "/api/ext/bundles/b1", 2, "status 503", "req_1"),
        ("GET", "/api/ext/bundles/b1", 3, "status 429", "req_2"),
    ]
    first_delay: float = records[0].delay  # type: ignore[attr-defined]
    second_delay: float = records[1].delay  # type: ignore[attr-defined]
    assert 0 < first_delay <= FAST.max_delay
    assert second_delay == 0  # Retry-After: 0
    assert all(record.levelno == logging.INFO for record in records)


async def test_api_key_never_logged_nor_in_errors(
    kind: str, httpserver: HTTPServer, closed_port_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, httpx and httpcore included
    serve(httpserver, "GET", "/bundles/b1", Script(answer(500), answer(502), answer(503)))
    serve(httpserver, "POST", "/bundles", Script(answer(429, headers={"Retry-After": "3600"})))

    errors = [
        (await run_error(kind, base(httpserver), get_bundle))[0],
        (await run_error(kind, base(httpserver), create_bundle))[0],
        (await run_error(kind, closed_port_url, reveal))[0],
    ]

    assert [type(error) for error in errors] == [InternalServerError, RateLimitError, APIConnectionError]
    assert len(retry_records(caplog)) == 4  # the retries did happen and were logged
    for record in caplog.records:
        assert API_KEY not in record.getMessage()
        assert API_KEY not in repr(vars(record))
    assert API_KEY not in caplog.text
    for error in errors:
        assert API_KEY not in str(error)
        assert API_KEY not in repr(error)
        assert API_KEY not in repr(vars(error))
