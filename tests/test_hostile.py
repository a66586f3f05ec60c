"""Hostile servers and echoes (issue 23), on both clients, against raw loopback servers.

Each test reproduces one finding of the issue: a hostile answer yields a result or a ``TokPortalError``,
never a bare exception, never a poisoned client, never a leaked secret.
"""

from __future__ import annotations

import contextlib
import errno
import gzip
import json
import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from test_hardening import KEY, RawServer, call, get_bundle, mode, reply, servers

from tokportal_client import (
    APIResponseValidationError,
    APIStatusError,
    AsyncTokPortal,
    RateLimitError,
    ResponseTooLargeError,
    SaveError,
    TokPortal,
    _download,
)
from tokportal_client._redact import scrub_query

__all__ = ["mode", "servers"]  # fixtures re-used from test_hardening

OK = b'{"data": {"id": "b1"}}'
BUNDLE = {"bundle_type": "account_only", "platform": "tiktok", "country": "US"}
HOSTILE_HEADERS = [
    {"X-RateLimit-Reset": "9" * 400},
    {"X-RateLimit-Limit": "-1", "X-RateLimit-Remaining": "nan", "X-RateLimit-Reset": "1e999"},
    {"Retry-After": "9" * 400},
    {"Retry-After": "-5"},
    {"Retry-After": "nan"},
    {"Retry-After": "Fri, 31 Dec 9999 23:59:59 GMT"},
]


# -- 1. a hostile figure never raises and never poisons the client ---------------------------------------------


@pytest.mark.parametrize("headers", HOSTILE_HEADERS)
async def test_hostile_figures_on_a_charged_write_still_return_its_result(
    mode: str, servers: Callable[..., RawServer], headers: dict[str, str]
) -> None:
    api = servers(reply(201, OK, headers), reply(200, OK))

    def twice(client: Any) -> Any:
        created = client.bundles.create_bundle(body=BUNDLE, idempotency_key="order-1")
        return created, client.bundles.get_bundle("b1")

    async def twice_async(client: Any) -> Any:
        created = await client.bundles.create_bundle(body=BUNDLE, idempotency_key="order-1")
        return created, await client.bundles.get_bundle("b1")

    created, later = await call(mode, api.url, twice if mode == "sync" else twice_async)
    assert created.data.id == "b1" and later.data.id == "b1"


@pytest.mark.parametrize("seconds", [-1, 10**400, "soon", None, float("nan")])
async def test_hostile_retry_after_in_a_429_body_is_typed(
    mode: str, servers: Callable[..., RawServer], seconds: Any
) -> None:
    """A hostile wait is clamped or ignored: the call ends typed (or retried), and the client still serves."""
    body = json.dumps({"error": {"code": "RATE_LIMITED", "details": {"retry_after_seconds": seconds}}})
    api = servers(reply(429, body.encode()), reply(200, OK))

    def then_normal(client: Any) -> Any:
        with contextlib.suppress(RateLimitError):
            client.bundles.get_bundle("b1")
        return client.bundles.get_bundle("b1")

    async def then_normal_async(client: Any) -> Any:
        with contextlib.suppress(RateLimitError):
            await client.bundles.get_bundle("b1")
        return await client.bundles.get_bundle("b1")

    result = await call(mode, api.url, then_normal if mode == "sync" else then_normal_async)
    assert result.data.id == "b1"


# -- 3. the API key (any length) is scrubbed from every error text ---------------------------------------------


@pytest.mark.parametrize("key", [KEY, "k1"])
async def test_an_echoed_key_is_not_in_the_error(mode: str, servers: Callable[..., RawServer], key: str) -> None:
    body = json.dumps({"error": {"code": "UNAUTHORIZED", "message": f"Invalid API key {key}", "details": {"key": key}}})
    api = servers(reply(401, body.encode()))
    with pytest.raises(APIStatusError) as raised:
        await call(mode, api.url, get_bundle, api_key=key)
    error = raised.value
    for text in (str(error), repr(error), error.message, repr(error.details), repr(error.body)):
        assert key not in text


async def test_a_short_echoed_key_is_not_in_the_log(
    mode: str, servers: Callable[..., RawServer], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="tokportal_client")
    body = json.dumps({"error": {"code": "UNAUTHORIZED", "message": "Invalid API key kq9"}})
    api = servers(reply(401, body.encode()))
    with pytest.raises(APIStatusError):
        await call(mode, api.url, get_bundle, api_key="kq9")
    assert caplog.records and all("kq9" not in record.getMessage() for record in caplog.records)
    assert all("kq9" not in repr(vars(record)) for record in caplog.records)


# -- 2. a decompression bomb is cut at max_response_bytes, typed, not retried ----------------------------------


async def test_decompression_bomb_is_cut_and_not_retried(mode: str, servers: Callable[..., RawServer]) -> None:
    bomb = gzip.compress(b'{"data": {"id": "' + b"a" * (8 * 1024 * 1024) + b'"}}')
    api = servers(reply(503, bomb, {"Content-Encoding": "gzip"}))
    with pytest.raises(ResponseTooLargeError) as raised:
        await call(mode, api.url, get_bundle, max_response_bytes=1024 * 1024)
    assert "max_response_bytes" in str(raised.value)
    assert len(api.requests) == 1


async def test_a_body_under_the_limit_is_read_whole(mode: str, servers: Callable[..., RawServer]) -> None:
    api = servers(reply(200, gzip.compress(OK), {"Content-Encoding": "gzip"}))
    result = await call(mode, api.url, get_bundle, max_response_bytes=len(OK))
    assert result.data.id == "b1"


@pytest.mark.parametrize("limit", [0, -1, True, 1.5])
def test_max_response_bytes_is_checked(limit: Any) -> None:
    for cls in (TokPortal, AsyncTokPortal):
        with pytest.raises(ValueError, match="max_response_bytes"):
            cls(api_key=KEY, max_response_bytes=limit)


def test_httpx_urls_lose_userinfo_and_secret_query_values() -> None:
    url = httpx.URL("https://user:pw5ecret@h.test/p?token=t0psecret&page=2")
    shown = str(scrub_query(url))
    assert "pw5ecret" not in shown and "t0psecret" not in shown
    assert "page=2" in shown and "h.test/p" in shown


# -- 5. the one secret-name table covers the names, query strings, userinfo and headers ----------------

HIDDEN = "h1dd3n-" + "q" * 8


async def test_the_listed_names_never_reach_the_log(
    mode: str, servers: Callable[..., RawServer], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="tokportal_client")
    keys = ["pwd", "pass", "sms_code", "2fa_code", "pin_code", "session", "passwd"]
    body = {"data": {key: f"{HIDDEN}{i}" for i, key in enumerate(keys)} | {"url": f"https://u:{HIDDEN}x@h.test/"}}
    headers = {"WWW-Authenticate": f'Bearer realm="{HIDDEN}w"', "X-Session-Id": f"{HIDDEN}s"}
    api = servers(reply(200, json.dumps(body).encode(), headers))
    params = {"passwd": f"{HIDDEN}a", "pwd": f"{HIDDEN}b", "otp": f"{HIDDEN}c", "code": f"{HIDDEN}d"}
    await call(mode, api.url, lambda client: client.raw_request("GET", "/things", params=params))
    lines = [record.getMessage() for record in caplog.records]
    assert lines and all(HIDDEN not in line for line in lines), [line for line in lines if HIDDEN in line]


async def test_a_code_sent_is_hidden_but_the_error_code_received_is_shown(
    mode: str, servers: Callable[..., RawServer], caplog: pytest.LogCaptureFixture
) -> None:
    """``code`` is a one-time code in a request body or query (hidden), an error's name in a response (shown)."""
    caplog.set_level(logging.DEBUG, logger="tokportal_client")
    envelope = {"error": {"code": "INVALID_VERIFICATION", "message": "wrong code"}}
    api = servers(reply(400, json.dumps(envelope).encode()))
    sent = {"code": f"{HIDDEN}c", "sms_code": f"{HIDDEN}s", "2fa_code": f"{HIDDEN}2", "pin_code": f"{HIDDEN}p"}
    sent |= {"otp": f"{HIDDEN}o", "pwd": f"{HIDDEN}w", "pass": f"{HIDDEN}a", "session": f"{HIDDEN}x"}
    with pytest.raises(APIStatusError):
        await call(
            mode,
            api.url,
            lambda client: client.raw_request("POST", "/verify", params={"code": f"{HIDDEN}q"}, json=sent),
            max_retries=0,
        )
    lines = "\n".join(record.getMessage() for record in caplog.records)
    assert HIDDEN not in lines
    assert '"code": "INVALID_VERIFICATION"' in lines  # the error envelope's code stays readable
    assert api.requests and HIDDEN.encode() in api.requests[0]  # sent as given: only the log hides it


# -- 8. smaller ones: refused before sending ---------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/%2e%2e/%2e%2e/admin", "/%2E%2E/admin", "/a\\..\\..\\admin", "/a%2fb", "/a%5c"])
async def test_raw_request_refuses_encoded_dots_and_backslashes(
    mode: str, servers: Callable[..., RawServer], path: str
) -> None:
    api = servers(reply(200, OK))
    with pytest.raises(ValueError, match="path"):
        await call(mode, api.url, lambda client: client.raw_request("GET", path))
    assert api.requests == []


@pytest.mark.parametrize("how", ["raw", "extra_query"])
async def test_an_oversized_query_is_a_value_error_before_sending(
    mode: str, servers: Callable[..., RawServer], how: str
) -> None:
    api = servers(reply(200, OK))
    huge = {"ids": "x" * 70_000}

    def op(client: Any) -> Any:
        if how == "raw":
            return client.raw_request("GET", "/things", params=huge)
        return client.bundles.get_bundle("b1", extra_query=huge)

    with pytest.raises(ValueError, match="ids: the query string"):
        await call(mode, api.url, op)
    assert api.requests == []


@pytest.mark.parametrize("strict", [False, True])
async def test_a_2xx_error_envelope_is_a_validation_error(
    mode: str, servers: Callable[..., RawServer], strict: bool
) -> None:
    envelope = {"error": {"code": "INTERNAL_ERROR", "message": "oops", "details": {}}}
    api = servers(reply(200, json.dumps(envelope).encode()))
    with pytest.raises(APIResponseValidationError, match="INTERNAL_ERROR") as raised:
        await call(mode, api.url, get_bundle, strict_response_validation=strict)
    assert raised.value.body == envelope


# -- 7. a disk error during save_to= is typed and keeps what is needed to ask again ------------------------------


@pytest.mark.parametrize("target", ["new", "existing", "stream"])
async def test_a_full_disk_during_save_to_is_a_save_error(
    mode: str, servers: Callable[..., RawServer], monkeypatch: pytest.MonkeyPatch, tmp_path: Any, target: str
) -> None:
    rows = b"video_id,views\n" + b"v1,10\n" * 50_000
    api = servers(reply(200, rows, {"Content-Type": "text/csv", "X-TokPortal-Request-ID": "req-full"}))
    real_write = _download._write_all
    calls: list[int] = []

    def write_until_full(stream: Any, data: Any) -> None:
        calls.append(len(data))
        if len(calls) > 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(stream, data)

    monkeypatch.setattr(_download, "_write_all", write_until_full)
    path = tmp_path / "rows.csv"
    if target == "existing":
        path.write_bytes(b"yesterday")
    save_to: Any = path.open("wb") if target == "stream" else path
    try:
        with pytest.raises(SaveError) as raised:
            await call(
                mode,
                api.url,
                lambda client: client.analytics.export_analytics_videos(from_="2026-11-01", save_to=save_to),
            )
    finally:
        if target == "stream":
            save_to.close()
    error = raised.value
    assert error.errno == errno.ENOSPC and error.request_id == "req-full" and error.status_code == 200
    assert str(path) in str(error) and "req-full" in str(error) and error.bytes_written == calls[0]
    assert len(api.requests) == 1  # not retried: the answer came, the disk failed
    if target != "stream":
        assert sorted(p.name for p in tmp_path.iterdir()) == (["rows.csv"] if target == "existing" else [])
        if target == "existing":
            assert path.read_bytes() == b"yesterday"


def test_a_save_error_names_the_idempotency_key_of_a_write() -> None:
    request = httpx.Request("POST", "https://api.test/x", headers={"Idempotency-Key": "order-9"})
    response = httpx.Response(200, headers={"X-TokPortal-Request-ID": "req-9"}, request=request)
    error = SaveError(response, "/tmp/out.csv", OSError(errno.EIO, "Input/output error"), 10)
    assert error.idempotency_key == "order-9" and "order-9" in str(error) and error.errno == errno.EIO
