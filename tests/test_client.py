"""The generated facade and the client: requests as sent, typed results, typed errors, safety rules.

Every behaviour runs through both clients: the ``mode`` fixture builds a TokPortal or an AsyncTokPortal
and ``call`` awaits the result when the client is async.
"""

from __future__ import annotations

import asyncio
import datetime
import inspect
import json
import re
import socket
import threading
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request

from tokportal_client import (
    UNSET,
    APIConnectionError,
    APIResponse,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncTokPortal,
    TokPortal,
    TokPortalError,
    __version__,
    errors,
    models,
)

KEY = "sk_" + "5ec7e7" * 10 + "abcd"
BUNDLE = {
    "id": "bnd_abc123",
    "bundle_type": "account_and_videos",
    "platform": "tiktok",
    "country": "US",
    "status": "published",
    "videos_quantity": 3,
    "external_ref": None,
    "is_published": True,
    "next_action": None,
    "account": {"username": "cooluser123", "visible_name": "Cool User"},
    "videos": [{"id": "vid_xyz", "position": 1, "status": "pending", "name": "Video 1"}],
    "created_at": "2026-01-15T10:30:00Z",
}
Client = TokPortal | AsyncTokPortal


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def make_client(mode: str, base_url: str, **settings: Any) -> Client:
    settings.setdefault("max_retries", 0)
    return (
        TokPortal(api_key=KEY, base_url=base_url, **settings)
        if mode == "sync"
        else AsyncTokPortal(api_key=KEY, base_url=base_url, **settings)
    )


async def call(client: Client, action: Callable[[Any], Any]) -> Any:
    """Run ``action(client)``, awaiting it on the async client, then close the client."""
    try:
        result = action(client)
        return await result if inspect.isawaitable(result) else result
    finally:
        closing = client.close()
        if inspect.isawaitable(closing):
            await closing


@pytest.fixture
def base(httpserver: HTTPServer) -> str:
    return httpserver.url_for("/api/ext")


def only_request(httpserver: HTTPServer) -> Request:
    assert len(httpserver.log) == 1, [entry[0].url for entry in httpserver.log]
    return httpserver.log[0][0]


def mock_client(mode: str, handler: Callable[[httpx.Request], httpx.Response], **settings: Any) -> Client:
    transport = httpx.MockTransport(handler)
    http: httpx.Client | httpx.AsyncClient = (
        httpx.Client(transport=transport) if mode == "sync" else httpx.AsyncClient(transport=transport)
    )
    return make_client(mode, "https://api.example.test/api/ext", http_client=http, **settings)


# ---------------------------------------------------------------- generated operations against a real server


async def test_get_bundle_request_and_typed_result(mode: str, httpserver: HTTPServer, base: str) -> None:
    httpserver.expect_request("/api/ext/bundles/bnd_abc123", method="GET").respond_with_json(
        {"data": BUNDLE}, headers={"X-TokPortal-Request-ID": "req_1"}
    )
    result = await call(make_client(mode, base), lambda c: c.bundles.get_bundle("bnd_abc123"))

    sent = only_request(httpserver)
    assert sent.headers["X-API-Key"] == KEY
    assert sent.headers["X-TokPortal-Client"] == f"tokportal-client-python/{__version__}"
    assert sent.headers["User-Agent"].startswith(f"tokportal-client-python/{__version__} Python/")
    assert "Idempotency-Key" not in sent.headers
    assert isinstance(result, models.BundleResponse)
    bundle = result.data
    assert bundle.id == "bnd_abc123"
    assert bundle.status is models.BundleStatus.PUBLISHED
    assert bundle.created_at == datetime.datetime(2026, 1, 15, 10, 30, tzinfo=datetime.UTC)
    assert bundle.account is not None and bundle.account.username == "cooluser123"
    assert bundle.videos[0].position == 1 and bundle.external_ref is None and bundle.next_action is None


async def test_create_bundle_sends_json_body_and_idempotency_key(mode: str, httpserver: HTTPServer, base: str) -> None:
    httpserver.expect_request("/api/ext/bundles", method="POST").respond_with_json(
        {"data": {"bundle_id": "b1", "status": "pending_setup"}, "credits_charged": 38, "credits_remaining": 962},
        status=201,
    )
    body = {"bundle_type": "account_and_videos", "platform": "tiktok", "country": "USA", "videos_quantity": 3}
    result = await call(
        make_client(mode, base), lambda c: c.bundles.create_bundle(body=body, idempotency_key="campaign-42-us")
    )

    sent = only_request(httpserver)
    assert json.loads(sent.get_data()) == body
    assert sent.headers["Content-Type"] == "application/json"
    assert sent.headers["Idempotency-Key"] == "campaign-42-us"
    assert result.data.bundle_id == "b1" and result.credits_charged == 38


async def test_generated_key_on_every_write(mode: str, httpserver: HTTPServer, base: str) -> None:
    httpserver.expect_request("/api/ext/bundles/b1/publish", method="POST").respond_with_json(
        {"data": {"id": "b1", "status": "published"}}
    )
    model = await call(make_client(mode, base), lambda c: c.bundles.publish_bundle("b1"))
    key = only_request(httpserver).headers["Idempotency-Key"]
    assert re.fullmatch(r"[0-9a-f-]{36}", key)
    assert model.data.status == "published"


async def test_query_parameters_enums_and_repeatable_filters(mode: str, httpserver: HTTPServer, base: str) -> None:
    httpserver.expect_request("/api/ext/analytics/export/videos").respond_with_data(
        "post,views\n1,10\n", content_type="text/csv"
    )
    csv = await call(
        make_client(mode, base),
        lambda c: c.analytics.export_analytics_videos(
            platform=["tiktok", models.Platform.INSTAGRAM], from_="2026-01-01"
        ),
    )
    sent = only_request(httpserver)
    assert sent.args.getlist("platform") == ["tiktok", "instagram"]
    assert sent.args["from"] == "2026-01-01"
    assert csv == "post,views\n1,10\n"


async def test_list_bundles_query_types(mode: str, httpserver: HTTPServer, base: str) -> None:
    httpserver.expect_request("/api/ext/webhooks").respond_with_json(
        {
            "data": [{"id": "ep_1", "events": ["bundle.published"]}],
            "pagination": {"page": 2, "per_page": 10, "total": 11, "total_pages": 2},
        }
    )
    page = await call(
        make_client(mode, base), lambda c: c.webhooks.list_webhook_endpoints(page=2, per_page=10, enabled=True)
    )
    sent = only_request(httpserver)
    assert dict(sent.args) == {"page": "2", "per_page": "10", "enabled": "true"}
    assert page.pagination.total_pages == 2
    assert page.data[0].events == [models.WebhookEventType.BUNDLE_PUBLISHED]


async def test_delete_returns_none_on_204(mode: str, httpserver: HTTPServer, base: str) -> None:
    httpserver.expect_request("/api/ext/webhooks/ep_1", method="DELETE").respond_with_data("", status=204)
    assert await call(make_client(mode, base), lambda c: c.webhooks.delete_webhook_endpoint("ep_1")) is None
    assert "Idempotency-Key" in only_request(httpserver).headers


async def test_multipart_upload(mode: str, httpserver: HTTPServer, base: str, tmp_path: Any) -> None:
    httpserver.expect_request("/api/ext/upload/image/direct", method="POST").respond_with_json(
        {"data": {"storage_path": "carousel-images/b1/photo.png", "size_bytes": 4}}
    )
    picture = tmp_path / "photo.png"
    picture.write_bytes(b"\x89PNG")
    result = await call(
        make_client(mode, base),
        lambda c: c.uploads.upload_image_direct(file=picture, bundle_id="b1", purpose="profile_picture"),
    )
    sent = only_request(httpserver)
    assert sent.content_type is not None and sent.content_type.startswith("multipart/form-data; boundary=")
    assert sent.files["file"].filename == "photo.png" and sent.files["file"].read() == b"\x89PNG"
    assert sent.files["file"].content_type == "image/png"
    assert dict(sent.form) == {"bundle_id": "b1", "purpose": "profile_picture"}
    assert result.data.storage_path == "carousel-images/b1/photo.png"


async def test_public_operation_sends_no_key(mode: str, httpserver: HTTPServer, base: str) -> None:
    httpserver.expect_request("/api/ext/countries").respond_with_json(
        {"data": [{"code": "USA", "name": "United States"}]}
    )
    result = await call(make_client(mode, base), lambda c: c.reference.list_countries())
    assert "X-API-Key" not in only_request(httpserver).headers
    assert result.data[0].code == "USA"


# ---------------------------------------------------------------- local validation: nothing sent on bad input


@pytest.mark.parametrize(
    ("action", "error", "fragment"),
    [
        (lambda c: c.bundles.create_bundle(body={"platform": "tiktok"}), ValueError, "bundle_type"),
        (lambda c: c.bundles.create_bundle(body={"bundle_type": "everything"}), ValueError, "'account_only'"),
        (
            lambda c: c.bundles.create_bundle(body={"bundle_type": "account_only", "videos_quantity": "3"}),
            ValueError,
            "videos_quantity",
        ),
        (lambda c: c.bundles.create_bundle(body=["bundle_type"]), TypeError, "body"),
        (lambda c: c.bundles.list_bundles(status="frozen"), ValueError, "status"),
        (lambda c: c.bundles.list_bundles(per_page="100"), TypeError, "per_page"),
        (lambda c: c.videos.get_bundle_video("b1", "1"), TypeError, "position"),
        (lambda c: c.analytics.get_analytics_series(account="acc_1"), TypeError, "account"),
        (lambda c: c.bundles.get_bundle(""), ValueError, "id"),
        (lambda c: c.accounts.reveal_account_credentials("a1", idempotency_key="k"), ValueError, "idempotency_key"),
        (lambda c: c.bundles.publish_bundle("b1", idempotency_key="x" * 256), ValueError, "idempotency_key"),
        (lambda c: c.bundles.get_bundle("b1", extra_headers={"x-api-key": "other"}), ValueError, "x-api-key"),
    ],
)
async def test_bad_input_is_refused_before_sending(
    mode: str, httpserver: HTTPServer, base: str, action: Callable[[Any], Any], error: type[Exception], fragment: str
) -> None:
    with pytest.raises(error, match=re.escape(fragment)):
        await call(make_client(mode, base), action)
    assert httpserver.log == []


@pytest.mark.parametrize(
    "sensitive",
    [
        lambda c: c.accounts.reveal_account_credentials("a1", idempotency_key="k"),
        lambda c: c.accounts.retrieve_account_verification_code("a1", idempotency_key="k"),
        lambda c: c.webhooks.create_webhook_endpoint(
            body={"url": "https://x.test", "events": ["webhook.test"]}, idempotency_key="k"
        ),
        lambda c: c.uploads.upload_image(
            body={"filename": "a.png", "content_type": "image/png", "bundle_id": "b"}, idempotency_key="k"
        ),
        lambda c: c.uploads.upload_video(body={"filename": "a.mp4", "bundle_id": "b"}, idempotency_key="k"),
        lambda c: c.analytics.create_analytics_report(body={}, idempotency_key="k"),
    ],
)
async def test_the_six_sensitive_operations_refuse_idempotency_keys(
    mode: str, httpserver: HTTPServer, base: str, sensitive: Callable[[Any], Any]
) -> None:
    with pytest.raises(ValueError, match="refuses idempotency keys"):
        await call(make_client(mode, base), sensitive)
    assert httpserver.log == []


async def test_sensitive_operation_sends_no_key_and_takes_acceptance(
    mode: str, httpserver: HTTPServer, base: str
) -> None:
    httpserver.expect_request("/api/ext/accounts/a1/reveal-credentials", method="POST").respond_with_json(
        {"data": {"email": "x"}}
    )
    body = {"acknowledge_support_forfeit": True, "policy_version": "managed-credential-reveal-v1"}
    await call(make_client(mode, base), lambda c: c.accounts.reveal_account_credentials("a1", body=body))
    sent = only_request(httpserver)
    assert "Idempotency-Key" not in sent.headers
    assert json.loads(sent.get_data()) == body


# ---------------------------------------------------------------- typed errors


def error_envelope(code: str, **details: Any) -> dict[str, Any]:
    return {"error": {"code": code, "message": f"{code} happened", "details": details}}


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, errors.BadRequestError),
        (401, errors.AuthenticationError),
        (402, errors.InsufficientCreditsError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (422, errors.UnprocessableEntityError),
        (428, errors.PolicyConfirmationRequiredError),
        (429, errors.RateLimitError),
        (500, errors.InternalServerError),
        (503, errors.InternalServerError),
    ],
)
async def test_error_envelopes_become_typed_errors(
    mode: str, httpserver: HTTPServer, base: str, status: int, cls: type[APIStatusError]
) -> None:
    headers = {
        "X-TokPortal-Request-ID": "req_abc",
        "X-RateLimit-Limit": "120",
        "X-RateLimit-Remaining": "0",
        "X-RateLimit-Reset": "1900000000",
        "Retry-After": "7",
    }
    httpserver.expect_request("/api/ext/bundles/b1").respond_with_json(
        error_envelope("SOME_CODE", current_status="cancelled", policy_version="v1"), status=status, headers=headers
    )
    with pytest.raises(cls) as caught:
        await call(make_client(mode, base), lambda c: c.bundles.get_bundle("b1"))
    error = caught.value
    assert (error.status_code, error.code, error.message) == (status, "SOME_CODE", "SOME_CODE happened")
    assert error.details["current_status"] == "cancelled"
    assert error.request_id == "req_abc" and error.headers["X-RateLimit-Limit"] == "120"
    assert error.retry_after == 7.0
    assert error.rate_limit == errors.RateLimit(limit=120, remaining=0, reset=1900000000)
    assert "req_abc" in str(error) and KEY not in str(error) and KEY not in repr(error)
    if status == 428:
        assert isinstance(error, errors.PolicyConfirmationRequiredError) and error.policy_version == "v1"


async def test_non_json_and_empty_error_bodies_keep_their_class(mode: str, httpserver: HTTPServer, base: str) -> None:
    httpserver.expect_ordered_request("/api/ext/bundles/b1").respond_with_data("<html>Bad gateway</html>", status=502)
    httpserver.expect_ordered_request("/api/ext/bundles/b2").respond_with_data("", status=404)
    with pytest.raises(errors.InternalServerError) as gateway:
        await call(make_client(mode, base), lambda c: c.bundles.get_bundle("b1"))
    assert (
        gateway.value.status_code == 502
        and gateway.value.code is None
        and gateway.value.body == "<html>Bad gateway</html>"
    )
    with pytest.raises(errors.NotFoundError) as missing:
        await call(make_client(mode, base), lambda c: c.bundles.get_bundle("b2"))
    assert missing.value.details == {} and missing.value.message == "NOT FOUND"


@pytest.fixture
def dropping_server() -> Iterator[str]:
    """A server that accepts each connection and closes it without answering."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            connection.recv(65536)
            connection.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/api/ext"
    stop.set()
    thread.join()
    listener.close()


async def test_dropped_connection_is_a_connection_error(mode: str, dropping_server: str) -> None:
    with pytest.raises(APIConnectionError) as caught:
        await call(make_client(mode, dropping_server), lambda c: c.bundles.get_bundle("b1"))
    assert caught.value.sent is True and KEY not in str(caught.value)


async def test_timeout_is_a_timeout_error(mode: str) -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    with pytest.raises(APITimeoutError):
        await call(mock_client(mode, slow), lambda c: c.bundles.get_bundle("b1"))


# ---------------------------------------------------------------- forward compatibility


async def test_unknown_enum_values_and_fields_are_kept(mode: str, httpserver: HTTPServer, base: str) -> None:
    bundle = dict(BUNDLE, status="hibernating", next_action="call_support", brand_new_field={"x": 1})
    httpserver.expect_request("/api/ext/bundles/b1").respond_with_json({"data": bundle, "meta_from_the_future": True})
    result = await call(make_client(mode, base), lambda c: c.bundles.get_bundle("b1"))
    assert result.data.status == "hibernating" and isinstance(result.data.status, models.BundleStatus)
    assert result.data.status.is_known is False and models.BundleStatus.PUBLISHED.is_known is True
    assert result.data.next_action == "call_support"
    assert result.data["brand_new_field"] == {"x": 1}
    assert result["meta_from_the_future"] is True


@pytest.mark.parametrize(
    ("payload", "fragment"),
    [
        ({"data": {"status": "published"}}, "Bundle.id: required field is missing"),
        ({"data": dict(BUNDLE, videos_quantity="three")}, "Bundle.videos_quantity: expected an integer"),
        ({"data": dict(BUNDLE, videos="none")}, "Bundle.videos: expected a list"),
        ({"data": dict(BUNDLE, external_ref=42)}, "external_ref: expected a string"),
        ({"data": dict(BUNDLE, account_status=5)}, "Bundle.account_status: expected a string, got int"),
        ({"data": dict(BUNDLE, account=["x"])}, "Bundle.account: expected an object, got list"),
        ({"bundle": BUNDLE}, "BundleResponse.data: required field is missing"),
        ([BUNDLE], "BundleResponse.(root): expected an object"),
    ],
)
async def test_responses_that_break_the_contract_raise_a_clear_error(
    mode: str, httpserver: HTTPServer, base: str, payload: Any, fragment: str
) -> None:
    httpserver.expect_request("/api/ext/bundles/b1").respond_with_json(
        payload, headers={"X-TokPortal-Request-ID": "req_9"}
    )
    with pytest.raises(APIResponseValidationError, match=re.escape(fragment)) as caught:
        await call(make_client(mode, base), lambda c: c.bundles.get_bundle("b1"))
    assert caught.value.request_id == "req_9" and caught.value.status_code == 200


async def test_invalid_json_success_body(mode: str, httpserver: HTTPServer, base: str) -> None:
    httpserver.expect_request("/api/ext/bundles/b1").respond_with_data("{not json", content_type="application/json")
    with pytest.raises(APIResponseValidationError, match="does not match the API contract"):
        await call(make_client(mode, base), lambda c: c.bundles.get_bundle("b1"))


# ---------------------------------------------------------------- dry runs, raw responses, request ids


async def test_dry_run_per_client_per_copy_and_per_call(mode: str, httpserver: HTTPServer, base: str) -> None:
    dry = {
        "data": {"bundle_id": "00000000-0000-4000-8000-000000000000"},
        "credits_charged": 0,
        "credits_would_charge": 38,
        "dry_run": True,
        "dry_run_notice": "Nothing was created.",
    }
    httpserver.expect_request("/api/ext/bundles", method="POST").respond_with_json(dry, status=201)
    body = {"bundle_type": "account_only", "country": "USA"}
    result = await call(make_client(mode, base), lambda c: c.bundles.create_bundle(body=body, dry_run=True))
    await call(make_client(mode, base, dry_run=True), lambda c: c.bundles.create_bundle(body=body))
    await call(make_client(mode, base).with_options(dry_run=True), lambda c: c.bundles.create_bundle(body=body))
    await call(make_client(mode, base, dry_run=True), lambda c: c.bundles.create_bundle(body=body, dry_run=False))
    sent = [entry[0].headers.get("X-TokPortal-Dry-Run") for entry in httpserver.log]
    assert sent == ["true", "true", "true", None]
    assert (
        result.dry_run is True and result.credits_would_charge == 38 and result.dry_run_notice == "Nothing was created."
    )


async def test_raw_response_and_request_id(mode: str, httpserver: HTTPServer, base: str) -> None:
    headers = {
        "X-TokPortal-Request-ID": "my-trace-1",
        "X-RateLimit-Limit": "120",
        "X-RateLimit-Remaining": "118",
        "X-RateLimit-Reset": "1900000000",
        "X-TokPortal-API-Version": "2026-05-25",
        "Idempotent-Replayed": "true",
    }
    httpserver.expect_request("/api/ext/bundles/b1").respond_with_json({"data": BUNDLE}, headers=headers)
    raw = await call(
        make_client(mode, base), lambda c: c.with_raw_response.bundles.get_bundle("b1", request_id="my-trace-1")
    )
    assert only_request(httpserver).headers["X-Request-ID"] == "my-trace-1"
    assert isinstance(raw, APIResponse)
    assert raw.status_code == 200 and raw.request_id == "my-trace-1" and raw.retries == 0
    assert raw.rate_limit == errors.RateLimit(limit=120, remaining=118, reset=1900000000)
    assert raw.api_version == "2026-05-25" and raw.idempotent_replayed is True
    assert raw.parsed.data.id == "bnd_abc123"


# ---------------------------------------------------------------- security and configuration


@pytest.mark.parametrize("identifier", ["../webhooks/x", "a/b?c=d#e", "x y%2F", "..."])
async def test_path_parameters_stay_in_their_segment(mode: str, identifier: str) -> None:
    seen: list[bytes] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.raw_path)
        return httpx.Response(200, json={"data": dict(BUNDLE)})

    await call(mock_client(mode, record), lambda c: c.bundles.get_bundle(identifier))
    path = seen[0].decode()
    assert path.startswith("/api/ext/bundles/")
    segment = path.removeprefix("/api/ext/bundles/")
    assert "/" not in segment and "?" not in segment and "#" not in segment and segment not in (".", "..")


@pytest.mark.parametrize("identifier", [None, 3.5, b"id", ["a"], ".", "..", "", UNSET])
async def test_bad_path_parameters_are_refused_before_sending(mode: str, identifier: object) -> None:
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"data": dict(BUNDLE)})

    with pytest.raises((TypeError, ValueError), match="id"):
        await call(mock_client(mode, record), lambda c: c.bundles.publish_bundle(identifier))  # type: ignore[arg-type]
    assert seen == []


def test_key_never_in_repr_and_required_at_construction(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TOKPORTAL_API_KEY", raising=False)
    monkeypatch.delenv("TOKPORTAL_BASE_URL", raising=False)
    for cls in (TokPortal, AsyncTokPortal):
        with pytest.raises(TokPortalError, match="TOKPORTAL_API_KEY"):
            cls()
        client = cls(api_key=KEY)
        assert KEY not in repr(client) and client.base_url == "https://app.tokportal.com/api/ext"
        assert KEY not in repr(client.with_options(max_retries=5))
    monkeypatch.setenv("TOKPORTAL_API_KEY", KEY)
    monkeypatch.setenv("TOKPORTAL_BASE_URL", "http://127.0.0.1:9/api/ext")
    assert TokPortal().base_url == "http://127.0.0.1:9/api/ext"


def test_plain_http_needs_loopback_or_opt_in() -> None:
    for cls in (TokPortal, AsyncTokPortal):
        with pytest.raises(ValueError, match="http://"):
            cls(api_key=KEY, base_url="http://api.example.test/api/ext")
        assert cls(api_key=KEY, base_url="http://api.example.test", allow_insecure_http=True).base_url
        assert cls(api_key=KEY, base_url="http://[::1]:8080").base_url == "http://[::1]:8080"
        assert cls(api_key=KEY, base_url="http://localhost:8080/").base_url == "http://localhost:8080"


def test_with_options_copies_settings_and_shares_connections() -> None:
    client = TokPortal(api_key=KEY, timeout=5, default_headers={"X-Team": "growth", "User-Agent": "my-app/1"})
    copy = client.with_options(max_retries=0, timeout=1)
    assert (copy.retry.max_retries, copy.timeout, client.retry.max_retries, client.timeout) == (0, 1, 2, 5)
    assert copy.default_headers["X-Team"] == "growth" and copy.default_headers["User-Agent"] == "my-app/1"
    assert copy._http is client._http
    copy.close()
    assert not client._http.is_closed
    own = httpx.Client()
    assert client.with_options(http_client=own)._http is own
    own.close()
    client.close()
    assert client._http.is_closed


def test_the_facade_has_every_operation() -> None:
    spec = json.loads(open("openapi.json", encoding="utf-8").read())  # noqa: SIM115
    wanted = {
        re.sub(r"(?<!^)(?=[A-Z])", "_", op["operationId"]).lower()
        for item in spec["paths"].values()
        for op in item.values()
    }
    tags = {tag["name"].lower().replace(" ", "_") for tag in spec["tags"]}
    for cls in (TokPortal, AsyncTokPortal):
        client = cls(api_key=KEY)
        for raw in (False, True):
            holder = client.with_raw_response if raw else client
            found = {name for tag in tags for name in dir(getattr(holder, tag)) if not name.startswith(("_", "iter_"))}
            extras = set() if raw else {"upload_video_file", "upload_image_file"}  # the presigned flow in one call
            assert found == wanted | extras
        assert client.with_raw_response is client.with_raw_response  # built once per client


async def test_async_client_caps_requests_in_flight() -> None:
    in_flight, peak = 0, 0

    async def slow(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.01)
        in_flight -= 1
        return httpx.Response(200, json={"data": BUNDLE})

    http = httpx.AsyncClient(transport=httpx.MockTransport(slow))
    client = AsyncTokPortal(
        api_key=KEY, base_url="https://api.example.test/api/ext", http_client=http, max_concurrency=3
    )
    results = await asyncio.gather(*(client.bundles.get_bundle(f"b{i}") for i in range(12)))
    assert len(results) == 12 and peak == 3
    assert client.with_options(timeout=5).max_concurrency == 3
    with pytest.raises(ValueError, match="max_concurrency"):
        AsyncTokPortal(api_key=KEY, max_concurrency=0)
    await http.aclose()
