"""Debugging in production (issue 15): TOKPORTAL_LOG through a real client, and the raw_request escape hatch.

The logging tests run a small script in a subprocess with ``TOKPORTAL_LOG`` set, against a loopback server, and
read what it wrote to stderr: the switch, the handler and the redaction are the package's own, nothing of pytest's.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tokportal_client import AsyncTokPortal, NotFoundError, RetryPolicy, TokPortal

KEY = "sk_live_" + "c0ffee" * 8
SIGNING_SECRET = "whsec_" + "5ecre7" * 6
PASSWORD = "hunter2-Very-Secret"
REQUEST_ID = "req_0123456789"


def _json(status: int, body: Any, request_id: str = REQUEST_ID) -> Response:
    headers = {"X-TokPortal-Request-ID": request_id}
    return Response(json.dumps(body), status=status, headers=headers, content_type="application/json")


def _run(level: str, base_url: str, code: str) -> subprocess.CompletedProcess[str]:
    script = (
        "from tokportal_client import TokPortal\n" + f"client = TokPortal(api_key={KEY!r}, base_url={base_url!r})\n"
    )
    env = {**os.environ, "TOKPORTAL_LOG": level}
    env.pop("TOKPORTAL_API_KEY", None)
    return subprocess.run(
        [sys.executable, "-c", script + textwrap.dedent(code)], env=env, capture_output=True, text=True, timeout=60
    )


def test_info_logs_one_line_per_request(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/ext/bundles/b_42").respond_with_response(_json(200, {"data": {"id": "b_42"}}))
    done = _run("info", httpserver.url_for("/api/ext"), "client.bundles.get_bundle('b_42')")
    assert done.returncode == 0, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    for word in ("GET", "/api/ext/bundles/b_42", "200", REQUEST_ID):
        assert word in lines[0]
    assert KEY not in done.stderr


def test_debug_logs_bodies_without_any_secret(httpserver: HTTPServer) -> None:
    created = {"data": {"id": "we_1", "url": "https://hooks.example/tp", "signing_secret": SIGNING_SECRET}}
    httpserver.expect_request("/api/ext/webhooks", method="POST").respond_with_response(_json(201, created))
    revealed = {"data": {"username": "creator", "password": PASSWORD}}
    httpserver.expect_request("/api/ext/accounts/acc_1/reveal-credentials", method="POST").respond_with_response(
        _json(200, revealed)
    )
    code = """
        endpoint = {"url": "https://hooks.example/tp", "events": ["bundle.published"]}
        client.webhooks.create_webhook_endpoint(body=endpoint)
        try:
            client.accounts.reveal_account_credentials("acc_1")
        except Exception as error:  # the stand-in's answer may not fit the model: the log is what is checked
            print(type(error).__name__)
    """
    done = _run("debug", httpserver.url_for("/api/ext"), code)
    assert done.returncode == 0, done.stderr
    assert "https://hooks.example/tp" in done.stderr  # the request body is logged
    assert "> body" in done.stderr and "< body" in done.stderr
    for secret in (KEY, SIGNING_SECRET, PASSWORD):
        assert secret not in done.stderr and secret not in done.stdout


# -- raw_request ---------------------------------------------------------------------------------------------------


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def _raw(mode: str, base_url: str, call: Callable[[Any], Any]) -> Any:
    settings: dict[str, Any] = {"api_key": KEY, "base_url": base_url, "retry": RetryPolicy(initial_delay=0.01)}
    if mode == "sync":
        with TokPortal(**settings) as client:
            return call(client)
    async with AsyncTokPortal(**settings) as aclient:
        return await call(aclient)


async def test_raw_request_get_with_params(mode: str, httpserver: HTTPServer) -> None:
    seen: list[Request] = []

    def handler(request: Request) -> Response:
        seen.append(request)
        return _json(200, {"data": [{"id": "ban_1", "status": "appeal_pending"}]})

    httpserver.expect_request("/api/ext/account-bans").respond_with_handler(handler)
    call = lambda c: c.raw_request("GET", "/account-bans", params={"status": "appeal_pending"})  # noqa: E731
    result = await _raw(mode, httpserver.url_for("/api/ext"), call)
    assert result.parsed == {"data": [{"id": "ban_1", "status": "appeal_pending"}]}
    assert result.request_id == REQUEST_ID and result.status_code == 200
    [request] = seen
    assert request.args.to_dict() == {"status": "appeal_pending"}
    assert request.headers["X-API-Key"] == KEY and "Idempotency-Key" not in request.headers


async def test_raw_request_404_is_typed(mode: str, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/ext/account-bans/nope").respond_with_response(
        _json(404, {"error": {"code": "NOT_FOUND", "message": "no such ban"}})
    )
    with pytest.raises(NotFoundError) as raised:
        await _raw(mode, httpserver.url_for("/api/ext"), lambda c: c.raw_request("GET", "/account-bans/nope"))
    assert raised.value.code == "NOT_FOUND"


async def test_raw_request_write_is_retried_with_one_key(mode: str, httpserver: HTTPServer) -> None:
    answers = iter([_json(503, {"error": {"code": "UNAVAILABLE", "message": "later"}}), _json(200, {"data": {}})])
    seen: list[Request] = []

    def handler(request: Request) -> Response:
        seen.append(request)
        return next(answers)

    httpserver.expect_request("/api/ext/account-bans/ban_1/appeal", method="POST").respond_with_handler(handler)
    call = lambda c: c.raw_request("POST", "/account-bans/ban_1/appeal", json={"reason": "x"})  # noqa: E731
    result = await _raw(mode, httpserver.url_for("/api/ext"), call)
    assert result.parsed == {"data": {}} and result.retries == 1
    keys = [r.headers["Idempotency-Key"] for r in seen]
    assert len(keys) == 2 and keys[0] == keys[1]
    assert [json.loads(r.data) for r in seen] == [{"reason": "x"}] * 2


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "account-bans"),
        ("GET", "https://evil.example/x"),
        ("GET", "/a/../me"),
        ("GET", "/a?b=c"),
        ("TRACE", "/a"),
    ],
)
def test_raw_request_refuses_paths_off_the_base_url(method: str, path: str) -> None:
    client = TokPortal(api_key=KEY, base_url="https://api.example.test/api/ext")
    with pytest.raises(ValueError):
        client.raw_request(method, path)
