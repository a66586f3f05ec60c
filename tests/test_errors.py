"""Tests for tokportal_client.errors: context kept from the request and response, copies and pickles, no key leaks.

Pure unit tests: requests and responses are built in memory, nothing is sent.
"""

from __future__ import annotations

import copy
import inspect
import json
import pickle
import socket
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer

from tokportal_client import AsyncTokPortal, RetryPolicy, TokPortal, errors
from tokportal_client.errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    InternalServerError,
    NotFoundError,
    PolicyConfirmationRequiredError,
    RateLimit,
    RateLimitError,
    TokPortalError,
    error_for_response,
    error_for_transport,
)
from tokportal_client.webhooks import VerificationFailure, WebhookVerificationError

API_KEY = "sk_live_0123456789-DO-NOT-LEAK"
BASE = "https://app.tokportal.com/api/ext"
KEY = "campaign-42-us"


def make_request(method: str = "POST", path: str = "/bundles", *, idempotency_key: str | None = KEY) -> httpx.Request:
    headers = {"X-API-Key": API_KEY, "Content-Type": "application/json"}
    if idempotency_key is not None:
        headers["Idempotency-Key"] = idempotency_key
    return httpx.Request(method, BASE + path + "?page=2", headers=headers, content=b'{"videos_quantity": 3}')


def make_response(
    status: int,
    body: Any = None,
    *,
    content: bytes | None = None,
    headers: dict[str, str] | None = None,
    request: httpx.Request | None = None,
) -> httpx.Response:
    if content is None:
        content = b"" if body is None else json.dumps(body).encode()
    return httpx.Response(
        status,
        content=content,
        headers={"Content-Type": "application/json", "X-TokPortal-Request-ID": "req_77", **(headers or {})},
        request=request if request is not None else make_request(),
    )


def error_body(code: str, message: str = "something", **details: Any) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "details": details}}


# One example of every error class, built the way the client builds it.
STATUS_EXAMPLES: dict[int, tuple[type[APIStatusError], dict[str, Any], dict[str, str]]] = {
    400: (errors.BadRequestError, error_body("VALIDATION_ERROR", field="country"), {}),
    401: (errors.AuthenticationError, error_body("AUTH_INVALID_KEY"), {}),
    402: (errors.InsufficientCreditsError, error_body("INSUFFICIENT_CREDITS", required=34, available=2), {}),
    403: (errors.PermissionDeniedError, error_body("BUNDLE_NOT_OWNED"), {}),
    404: (NotFoundError, error_body("BUNDLE_NOT_FOUND"), {}),
    409: (errors.ConflictError, error_body("BUNDLE_INVALID_STATUS", current_status="cancelled"), {}),
    418: (APIStatusError, error_body("TEAPOT"), {}),
    422: (errors.UnprocessableEntityError, error_body("UNPROCESSABLE"), {}),
    428: (PolicyConfirmationRequiredError, error_body("POLICY", policy_version="managed-credential-reveal-v1"), {}),
    429: (
        RateLimitError,
        error_body("RATE_LIMIT_EXCEEDED", retry_after_seconds=7),
        {"Retry-After": "7", "X-RateLimit-Limit": "120", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "9"},
    ),
    503: (InternalServerError, error_body("UNAVAILABLE"), {"Retry-After": "2"}),
}


def status_error(status: int) -> APIStatusError:
    _, body, headers = STATUS_EXAMPLES[status]
    return error_for_response(make_response(status, body, headers=headers))


def examples() -> list[TokPortalError]:
    made: list[TokPortalError] = [status_error(status) for status in STATUS_EXAMPLES]
    made += [
        TokPortalError("No API key"),
        error_for_transport(httpx.ConnectError("refused"), make_request()),
        error_for_transport(httpx.ReadTimeout("timed out"), make_request()),
        APIResponseValidationError("BundleResponse.data.id: expected str", make_response(200, {"data": {"id": 3}})),
        WebhookVerificationError(VerificationFailure.MISSING_HEADER, "no TokPortal-Signature header"),
        errors.ResponseTooLargeError(method="GET", url="https://x.test/api/ext/bundles", status_code=200, limit=10),
        errors.SaveError(make_response(200, {}), "/tmp/rows.csv", OSError(28, "No space left on device"), 5),
        errors.UploadError("reading a.mp4 for the storage PUT: it was modified", step="read", filename="a.mp4"),
    ]
    return made


def all_error_classes() -> set[type[BaseException]]:
    found: set[type[BaseException]] = {WebhookVerificationError}
    for value in vars(errors).values():
        if isinstance(value, type) and issubclass(value, TokPortalError) and not value.__name__.startswith("_"):
            found.add(value)
    return found


def test_the_examples_cover_every_error_class() -> None:
    assert {type(error) for error in examples()} == all_error_classes()
    for status, (kind, _, _) in STATUS_EXAMPLES.items():
        assert type(error_for_response(make_response(status, {}))) is kind


# --- pickle and deepcopy ----------------------------------------------------------------------------------

COPIERS: dict[str, Callable[[TokPortalError], TokPortalError]] = {
    "pickle": lambda error: pickle.loads(pickle.dumps(error)),
    "deepcopy": copy.deepcopy,
    "copy": copy.copy,
}


def kept(error: BaseException) -> dict[str, Any]:
    """Every attribute that a copy must keep (all of them but the httpx request and response)."""
    return {name: value for name, value in vars(error).items() if name not in ("request", "response")}


@pytest.mark.parametrize("how", COPIERS)
@pytest.mark.parametrize("error", examples(), ids=lambda e: type(e).__name__)
def test_every_error_survives_copies_with_all_its_fields(how: str, error: TokPortalError) -> None:
    clone = COPIERS[how](error)
    assert type(clone) is type(error)
    assert clone.args == error.args
    assert str(clone) == str(error)
    assert kept(clone) == kept(error)
    assert kept(error) or type(error) is TokPortalError  # every other class has fields to compare
    if isinstance(error, (APIStatusError, APIResponseValidationError, APIConnectionError)):
        assert error.request is not None and vars(clone)["request"] is None
    if isinstance(error, (APIStatusError, APIResponseValidationError)):
        assert error.response is not None and vars(clone)["response"] is None


def test_a_copied_status_error_keeps_the_documented_fields() -> None:
    error = status_error(429)
    assert isinstance(error, RateLimitError)
    clone = pickle.loads(pickle.dumps(error))
    for name in (
        "status_code",
        "code",
        "message",
        "details",
        "request_id",
        "headers",
        "retry_after",
        "rate_limit",
        "body",
        "method",
        "url",
        "idempotency_key",
    ):
        assert getattr(clone, name) == getattr(error, name), name
    assert clone.rate_limit == RateLimit(limit=120, remaining=0, reset=9)
    assert (clone.code, clone.request_id, clone.retry_after) == ("RATE_LIMIT_EXCEEDED", "req_77", 7.0)
    assert clone.headers["Retry-After"] == "7"


def test_policy_version_and_webhook_reason_survive_pickling() -> None:
    error = status_error(428)
    assert isinstance(error, PolicyConfirmationRequiredError)
    assert pickle.loads(pickle.dumps(error)).policy_version == "managed-credential-reveal-v1"
    webhook = pickle.loads(pickle.dumps(WebhookVerificationError(VerificationFailure.INVALID_PAYLOAD, "not JSON")))
    assert webhook.reason is VerificationFailure.INVALID_PAYLOAD and str(webhook) == "not JSON"


def test_notes_and_attributes_added_later_are_kept() -> None:
    error = error_for_response(make_response(404, error_body("BUNDLE_NOT_FOUND")))
    error.add_note("while syncing campaign 42")
    assert pickle.loads(pickle.dumps(error)).__notes__ == ["while syncing campaign 42"]


@pytest.mark.parametrize("error", examples(), ids=lambda e: type(e).__name__)
def test_a_pickled_error_never_carries_the_api_key(error: TokPortalError) -> None:
    # httpx pickles a request together with its headers: the error must not take them along.
    assert API_KEY.encode() not in pickle.dumps(error)


# --- the request and response an error came from ----------------------------------------------------------


def test_status_error_exposes_request_and_response() -> None:
    request = make_request("POST", "/bundles/b1/publish")
    response = make_response(409, error_body("BUNDLE_ALREADY_PUBLISHED"), request=request)
    error = error_for_response(response)
    assert error.request is request and error.response is response
    assert error.request.method == "POST"
    assert str(error.request.url) == BASE + "/bundles/b1/publish?page=2"
    assert (error.method, error.url) == ("POST", BASE + "/bundles/b1/publish")


def test_validation_error_carries_body_status_headers_and_request_id() -> None:
    body = {"data": {"id": 3, "status": "published"}, "pagination": {"page": 1}}
    request = make_request("GET", "/bundles/b1", idempotency_key=None)
    response = make_response(200, body, request=request)
    error = APIResponseValidationError("BundleResponse.data.id: expected str, got int", response)
    assert error.body == body
    assert (error.status_code, error.request_id) == (200, "req_77")
    assert error.headers["Content-Type"] == "application/json"
    assert error.request is request and error.response is response
    assert (error.method, error.url) == ("GET", BASE + "/bundles/b1")
    assert str(error) == "BundleResponse.data.id: expected str, got int"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"{not json", "{not json"),
        (b"<html>Bad gateway</html>", "<html>Bad gateway</html>"),
        (b"", None),
        (b"[" * 100_000 + b"]" * 100_000, "[" * 100_000 + "]" * 100_000),
    ],
    ids=["broken-json", "html", "empty", "nested-too-deep"],
)
def test_a_body_that_is_not_json_is_kept_as_text(content: bytes, expected: str | None) -> None:
    validation = APIResponseValidationError("not JSON", make_response(200, content=content))
    assert validation.body == expected
    status = error_for_response(make_response(503, content=content))
    assert isinstance(status, InternalServerError)
    assert status.body == expected and status.code is None


def test_a_response_built_without_its_request() -> None:
    error = error_for_response(httpx.Response(404, json=error_body("BUNDLE_NOT_FOUND")))
    assert isinstance(error, NotFoundError)
    assert (error.request, error.method, error.url, error.idempotency_key) == (None, None, None, None)


@pytest.mark.parametrize("error", examples(), ids=lambda e: type(e).__name__)
def test_the_api_key_is_in_no_repr_or_message(error: TokPortalError) -> None:
    texts = [repr(error), str(error), repr(error.args), repr(kept(error))]
    request = getattr(error, "request", None)
    if request is not None:
        assert request.headers["X-API-Key"] == API_KEY  # the live request still holds the key...
        texts += [repr(request), str(request.url), repr(getattr(error, "response", None))]
        assert "/api/ext/bundles" in repr(request)  # ...its repr shows method and URL only
    for text in texts:
        assert API_KEY not in text


# --- idempotency keys -------------------------------------------------------------------------------------


def test_status_errors_of_writes_carry_the_idempotency_key_sent() -> None:
    assert error_for_response(make_response(503, error_body("UNAVAILABLE"))).idempotency_key == KEY
    request = make_request("GET", "/bundles", idempotency_key=None)
    assert error_for_response(make_response(503, request=request)).idempotency_key is None


@pytest.mark.parametrize(
    ("failure", "kind", "sent"),
    [
        (httpx.ConnectError("refused"), APIConnectionError, False),
        (httpx.ConnectTimeout("timed out"), APITimeoutError, False),
        (httpx.PoolTimeout("no connection free"), APITimeoutError, False),
        (httpx.ReadTimeout("timed out"), APITimeoutError, True),
        (httpx.RemoteProtocolError("peer closed"), APIConnectionError, True),
        (httpx.ReadError("reset"), APIConnectionError, True),
        (httpx.DecodingError("corrupt gzip"), APIConnectionError, True),
    ],
)
def test_error_for_transport(failure: httpx.RequestError, kind: type[APIConnectionError], sent: bool) -> None:
    request = make_request("POST", "/bundles")
    error = error_for_transport(failure, request)
    assert type(error) is kind
    assert error.sent is sent
    assert error.idempotency_key == KEY
    assert error.request is request
    assert (error.method, error.url) == ("POST", BASE + "/bundles")
    assert str(error).startswith(f"POST /api/ext/bundles: {type(failure).__name__}: {failure}")
    assert ("Could not connect to" in str(error)) is (not sent and not isinstance(failure, httpx.PoolTimeout))


def test_transport_error_of_a_read_has_no_idempotency_key() -> None:
    error = error_for_transport(httpx.ReadTimeout("timed out"), make_request("GET", "/bundles", idempotency_key=None))
    assert error.idempotency_key is None


# --- through the clients (loopback) -----------------------------------------------------------------------

Client = TokPortal | AsyncTokPortal
BODY = {"bundle_type": "account_only", "platform": "tiktok", "country": "USA"}


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def create_bundle(mode: str, base_url: str, **options: Any) -> Any:
    client: Client = (TokPortal if mode == "sync" else AsyncTokPortal)(
        api_key=API_KEY, base_url=base_url, max_retries=1, retry=RetryPolicy(initial_delay=0.0, jitter=0.0)
    )
    try:
        result = client.bundles.create_bundle(body=BODY, **options)
        return await result if inspect.isawaitable(result) else result
    finally:
        closing = client.close()
        if inspect.isawaitable(closing):
            await closing


async def test_a_write_that_failed_every_attempt_carries_the_key_sent(mode: str, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/api/ext/bundles", method="POST").respond_with_json(
        error_body("UNAVAILABLE"), status=503
    )
    with pytest.raises(InternalServerError) as caught:
        await create_bundle(mode, httpserver.url_for("/api/ext"), idempotency_key="campaign-42-us")
    sent = [request.headers.get("Idempotency-Key") for request, _ in httpserver.log]
    assert sent == ["campaign-42-us", "campaign-42-us"]
    assert caught.value.idempotency_key == "campaign-42-us"
    assert caught.value.request is not None and caught.value.request.method == "POST"
    with pytest.raises(InternalServerError) as without_key:
        await create_bundle(mode, httpserver.url_for("/api/ext"))
    generated = httpserver.log[-1][0].headers.get("Idempotency-Key")
    assert generated and generated != "campaign-42-us"
    assert without_key.value.idempotency_key == generated


async def test_a_write_that_never_connected_carries_its_key(mode: str) -> None:
    with socket.socket() as probe:  # a loopback port with nothing listening
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(APIConnectionError) as caught:
        await create_bundle(mode, f"http://127.0.0.1:{port}/api/ext", idempotency_key="campaign-43")
    assert caught.value.sent is False
    assert caught.value.idempotency_key == "campaign-43"
    assert API_KEY not in repr(caught.value) and API_KEY not in str(caught.value)
