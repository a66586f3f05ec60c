"""The request core's request building, network-free (httpx.MockTransport): an ``http_client`` of the caller's
adds its own headers to API requests, never to the storage PUT, and every attempt sends the same request."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client import AsyncTokPortal, RetryPolicy, TokPortal

KEY = "sk_test_core"
NO_WAIT = RetryPolicy(initial_delay=0, max_delay=0, jitter=0)


def handler(seen: list[httpx.Request]) -> Any:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path.endswith("/upload/video"):
            grant = {"upload_url": "https://storage.example/v.mp4?sig=abcdef123456", "public_url": "https://cdn/v.mp4"}
            return httpx.Response(200, json={"data": grant})
        return httpx.Response(503 if len(seen) == 1 else 200, json={"data": []})

    return answer


def test_the_callers_http_client_headers_go_to_tokportal_only() -> None:
    seen: list[httpx.Request] = []
    http = httpx.Client(headers={"X-Mine": "1"}, transport=httpx.MockTransport(handler(seen)))
    with TokPortal(api_key=KEY, http_client=http, retry=NO_WAIT) as client:
        client.raw_request("POST", "/bundles", json={"a": 1})
        client.uploads.upload_video_file(("v.mp4", b"bytes"), bundle_id="b-1")
    first, second, grant, put = seen
    assert first.headers["X-Mine"] == "1" and first.headers["Idempotency-Key"] == second.headers["Idempotency-Key"]
    assert first.content == second.content
    assert grant.headers["X-Mine"] == "1"
    assert "X-Mine" not in put.headers and "X-API-Key" not in put.headers
    http.close()


async def test_the_callers_async_http_client_headers_go_to_tokportal_only() -> None:
    seen: list[httpx.Request] = []
    http = httpx.AsyncClient(headers={"X-Mine": "1"}, transport=httpx.MockTransport(handler(seen)))
    async with AsyncTokPortal(api_key=KEY, http_client=http, retry=NO_WAIT) as client:
        await client.raw_request("POST", "/bundles", json={"a": 1})
        await client.uploads.upload_video_file(("v.mp4", b"bytes"), bundle_id="b-1")
    first, second, grant, put = seen
    assert first.headers["X-Mine"] == "1" and first.headers["Idempotency-Key"] == second.headers["Idempotency-Key"]
    assert grant.headers["X-Mine"] == "1"
    assert "X-Mine" not in put.headers and "X-API-Key" not in put.headers
    await http.aclose()
