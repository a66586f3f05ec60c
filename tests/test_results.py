"""What a call returns (issues 12 and 15), on both clients against a loopback server: no response lost, request
ids on every result, and fields newer than the contract sent on purpose with extra_body / extra_query."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tokportal_client import APIResponseValidationError, AsyncTokPortal, TokPortal

KEY = "sk_test_" + "4" * 64
BUNDLE: dict[str, Any] = {
    "id": "bnd_1",
    "bundle_type": "account_only",
    "platform": "tiktok",
    "country": "USA",
    "status": "published",
    "videos_quantity": 3,
}


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def call(mode: str, base_url: str, op: Callable[[Any], Any], **settings: Any) -> Any:
    if mode == "sync":
        with TokPortal(api_key=KEY, base_url=base_url, **settings) as client:
            return op(client)
    async with AsyncTokPortal(api_key=KEY, base_url=base_url, **settings) as aclient:
        return await op(aclient)


async def drain(pager: Any) -> list[Any]:
    if hasattr(pager, "__aiter__"):
        return [item async for item in pager]
    return list(pager)


def json_response(body: Any, request_id: str = "req_1") -> Response:
    return Response(json.dumps(body), headers={"X-TokPortal-Request-ID": request_id}, content_type="application/json")


# -- no response lost -------------------------------------------------------------------------------------------


async def test_a_value_of_the_wrong_type_is_kept_and_logged_once(
    mode: str, httpserver: HTTPServer, caplog: pytest.LogCaptureFixture
) -> None:
    odd = {**BUNDLE, "videos_quantity": "three"}
    httpserver.expect_request("/api/ext/bundles/bnd_1").respond_with_response(json_response({"data": odd}, "req_7"))

    def twice(client: Any) -> Any:
        if mode == "sync":
            return [client.bundles.get_bundle("bnd_1"), client.bundles.get_bundle("bnd_1")]

        async def both() -> list[Any]:
            return [await client.bundles.get_bundle("bnd_1"), await client.bundles.get_bundle("bnd_1")]

        return both()

    with caplog.at_level(logging.WARNING, logger="tokportal_client"):
        results = await call(mode, httpserver.url_for("/api/ext"), twice, strict_response_validation=False)
    assert [r.data.videos_quantity for r in results] == ["three", "three"]  # as received
    assert results[0].data.id == "bnd_1" and results[0].request_id == "req_7"
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING and r.name == "tokportal_client"]
    assert len(warnings) == 1  # once per model and field per client
    assert "Bundle.videos_quantity" in warnings[0].getMessage() and "req_7" in warnings[0].getMessage()


async def test_strict_raises_with_the_body_as_received(mode: str, httpserver: HTTPServer) -> None:
    sent = {"data": {**BUNDLE, "videos_quantity": "three"}}
    httpserver.expect_request("/api/ext/bundles/bnd_1").respond_with_response(json_response(sent, "req_8"))
    with pytest.raises(APIResponseValidationError) as raised:
        await call(
            mode,
            httpserver.url_for("/api/ext"),
            lambda c: c.bundles.get_bundle("bnd_1"),
            strict_response_validation=True,
        )
    error = raised.value
    assert error.body == sent and error.status_code == 200 and error.request_id == "req_8"
    assert "videos_quantity" in str(error)


async def test_one_bad_item_never_hides_the_rest_of_a_page(mode: str, httpserver: HTTPServer) -> None:
    items = [{**BUNDLE, "id": f"bnd_{i}"} for i in range(5)]
    items[2]["status"] = 42  # not even a string
    page = {"data": items, "pagination": {"page": 1, "per_page": 100, "total": 5, "total_pages": 1}}
    httpserver.expect_request("/api/ext/bundles").respond_with_response(json_response(page, "req_page"))

    def walk(client: Any) -> Any:
        pager = client.bundles.iter_bundles()
        if mode == "sync":
            return list(pager), pager

        async def walked() -> tuple[list[Any], Any]:
            return await drain(pager), pager

        return walked()

    found, pager = await call(mode, httpserver.url_for("/api/ext"), walk, strict_response_validation=False)
    assert [b.id for b in found] == [f"bnd_{i}" for i in range(5)]
    assert found[2].status == 42
    assert pager.request_id == "req_page"  # the last page's


def test_the_default_is_lenient_and_the_environment_can_make_it_strict(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TOKPORTAL_STRICT_RESPONSE_VALIDATION", raising=False)
    assert TokPortal(api_key=KEY).strict_response_validation is False
    assert TokPortal(api_key=KEY).with_options(strict_response_validation=True).strict_response_validation is True
    monkeypatch.setenv("TOKPORTAL_STRICT_RESPONSE_VALIDATION", "1")
    assert AsyncTokPortal(api_key=KEY).strict_response_validation is True
    assert TokPortal(api_key=KEY, strict_response_validation=False).strict_response_validation is False


# -- request ids ------------------------------------------------------------------------------------------------


async def test_results_carry_their_request_id(mode: str, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/ext/bundles/bnd_1").respond_with_response(json_response({"data": BUNDLE}, "r_1"))
    result = await call(mode, httpserver.url_for("/api/ext"), lambda c: c.bundles.get_bundle("bnd_1"))
    assert result.request_id == "r_1"
    assert result == await call(mode, httpserver.url_for("/api/ext"), lambda c: c.bundles.get_bundle("bnd_1"))
    assert "r_1" not in repr(result.data)


async def test_text_exports_carry_their_request_id(mode: str, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/ext/analytics/export/videos").respond_with_response(
        Response("a,b\n1,2\n", headers={"X-TokPortal-Request-ID": "r_csv"}, content_type="text/csv")
    )
    text = await call(mode, httpserver.url_for("/api/ext"), lambda c: c.analytics.export_analytics_videos())
    assert text == "a,b\n1,2\n" and isinstance(text, str) and text.request_id == "r_csv"


# -- newer than the contract, on purpose ------------------------------------------------------------------------


async def test_extra_body_and_extra_query_are_sent(mode: str, httpserver: HTTPServer) -> None:
    seen: list[Request] = []

    def handler(request: Request) -> Response:
        seen.append(request)
        return json_response({"data": {"bundle_id": "bnd_9"}})

    httpserver.expect_request("/api/ext/bundles", method="POST").respond_with_handler(handler)
    body = {"bundle_type": "account_only", "platform": "tiktok", "country": "USA"}

    def create(client: Any) -> Any:
        return client.bundles.create_bundle(
            body=body, extra_body={"priority_lane": True}, extra_query={"beta": ["a", "b"]}
        )

    await call(mode, httpserver.url_for("/api/ext"), create)
    [request] = seen
    assert json.loads(request.data) == {**body, "priority_lane": True}
    assert request.args.getlist("beta") == ["a", "b"]


def test_extra_body_on_an_operation_without_a_json_body_is_refused() -> None:
    client = TokPortal(api_key=KEY, base_url="https://api.example.test/api/ext")
    with pytest.raises(TypeError, match="extra_body"):
        client.bundles.get_bundle("bnd_1", extra_body={"x": 1})
    with pytest.raises(TypeError, match="extra_query"):
        client.bundles.get_bundle("bnd_1", extra_query=["x"])  # type: ignore[typeddict-item]
