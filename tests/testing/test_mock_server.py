"""``MockServer``'s own surface, over loopback HTTP: recording, reset, fault injection, latency, violations,
clients bound to it, and its state."""

from __future__ import annotations

import copy
from collections.abc import Iterator

import httpx
import pytest

from tokportal_client import APITimeoutError, InternalServerError, RateLimitError, TokPortal, TokPortalError
from tokportal_client.testing import MockServer, State

ORDER = {"bundle_type": "account_only", "platform": "tiktok", "country": "USA"}


@pytest.fixture
def http(tokportal_mock: MockServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=tokportal_mock.base_url, trust_env=False, timeout=10) as client:
        yield client


def test_it_records_what_it_receives(tokportal_mock: MockServer) -> None:
    client = tokportal_mock.client()
    client.bundles.create_bundle(body=ORDER, idempotency_key="order-1")
    client.bundles.list_bundles(status="pending_setup", per_page=5)
    create, listing = tokportal_mock.requests
    assert (create.method, create.operation_id, create.status, create.valid) == ("POST", "createBundle", 201, True)
    assert create.path == "/api/ext/bundles" and create.json == ORDER and create.idempotency_key == "order-1"
    assert create.headers["x-api-key"] == tokportal_mock.api_key
    assert dict(listing.query) == {"status": "pending_setup", "per_page": "5"}
    assert listing.json is None and listing.idempotency_key is None
    assert tokportal_mock.api_key not in repr(create)  # headers carry the key: never in repr()


def test_reset_starts_over(tokportal_mock: MockServer) -> None:
    client = tokportal_mock.client()
    client.bundles.create_bundle(body=ORDER, idempotency_key="order-1")
    tokportal_mock.fail_next(500)
    tokportal_mock.latency = 0.5
    tokportal_mock.reset()
    assert not tokportal_mock.requests and not tokportal_mock.state.bundles and tokportal_mock.latency == 0
    created = client.with_raw_response.bundles.create_bundle(body=ORDER, idempotency_key="order-1")
    assert created.status_code == 201 and not created.idempotent_replayed  # faults and replays forgotten too


def test_a_429_then_success(tokportal_mock: MockServer) -> None:
    tokportal_mock.fail_next(429)
    client = tokportal_mock.client(max_retries=1)
    assert client.reference.list_countries().data
    assert [r.status for r in tokportal_mock.requests] == [429, 200]
    tokportal_mock.fail_next(429)
    with pytest.raises(RateLimitError) as raised:
        client.with_options(max_retries=0).reference.list_countries()
    assert raised.value.code == "RATE_LIMIT_EXCEEDED" and raised.value.retry_after == 0
    assert raised.value.request_id


def test_faults_take_a_status_headers_and_body(tokportal_mock: MockServer, http: httpx.Client) -> None:
    tokportal_mock.fail_next(503, times=2, headers={"Retry-After": "7"}, body={"error": {"code": "X", "message": "y"}})
    tokportal_mock.fail_next(502, body="<html>bad gateway</html>")
    first, second, third, fourth = (http.get("/countries") for _ in range(4))
    assert (first.status_code, first.headers["retry-after"], first.json()["error"]["code"]) == (503, "7", "X")
    assert second.status_code == 503
    assert third.status_code == 502 and third.text == "<html>bad gateway</html>"
    assert fourth.status_code == 200
    assert first.headers["x-tokportal-request-id"]
    default = tokportal_mock.client(max_retries=0)
    tokportal_mock.fail_next(500)
    with pytest.raises(InternalServerError) as raised:
        default.reference.list_countries()
    assert raised.value.code == "MOCK_INJECTED_FAULT"


def test_a_request_that_breaks_the_contract_does_not_use_up_a_fault(
    tokportal_mock: MockServer, http: httpx.Client
) -> None:
    tokportal_mock.fail_next(503)
    broken = http.get("/bundles", params={"per_page": "abc"}, headers={"X-API-Key": tokportal_mock.api_key})
    assert broken.status_code == 400 and broken.json()["error"]["code"] == "CONTRACT_VIOLATION"
    assert http.get("/countries").status_code == 503


def test_violations_are_answered_400_and_recorded(tokportal_mock: MockServer, http: httpx.Client) -> None:
    response = http.post("/bundles", json={"bundle_type": "account_plus"}, headers={"X-API-Key": "k"})
    assert response.status_code == 400
    (violation,) = tokportal_mock.violations
    assert violation.kind == "request" and violation.operation_id == "createBundle"
    assert "account_plus" in violation.message and violation.message in response.json()["error"]["message"]
    assert not tokportal_mock.requests[-1].valid
    assert http.get("/no/such/path").status_code == 404 and tokportal_mock.violations[-1].operation_id is None


def test_a_chunked_request_body_is_read(tokportal_mock: MockServer, http: httpx.Client) -> None:
    chunks = iter([b'{"bundle_type": "account_only", ', b'"country": "USA"}'])
    headers = {"X-API-Key": tokportal_mock.api_key, "Content-Type": "application/json"}
    response = http.post("/bundles", content=chunks, headers=headers)
    assert response.status_code == 201, response.text
    assert tokportal_mock.requests[-1].headers["transfer-encoding"] == "chunked"
    assert tokportal_mock.requests[-1].json == {"bundle_type": "account_only", "country": "USA"}


def test_latency_delays_the_answer_not_the_processing(tokportal_mock: MockServer) -> None:
    tokportal_mock.latency = 1.0
    slow = tokportal_mock.client(max_retries=0, timeout=0.05)
    with pytest.raises(APITimeoutError):
        slow.bundles.create_bundle(body=ORDER)
    assert len(tokportal_mock.state.bundles) == 1  # TokPortal did it; the answer was lost
    tokportal_mock.latency = 0
    assert slow.with_options(timeout=5).bundles.list_bundles().data  # the client serves the next call


def test_arguments_are_checked(tokportal_mock: MockServer) -> None:
    for call, field in (
        (lambda: tokportal_mock.fail_next(99), "status"),
        (lambda: tokportal_mock.fail_next(True), "status"),  # type: ignore[arg-type]
        (lambda: tokportal_mock.fail_next(500, times=0), "times"),
        (lambda: tokportal_mock.add_account(platform="myspace"), "platform"),
        (lambda: MockServer(credits=-1), "credits"),
    ):
        with pytest.raises(ValueError, match=f"^{field}:"):
            call()
    with pytest.raises(ValueError, match=r"^latency:"):
        tokportal_mock.latency = -1
    for call, field in (
        (lambda: tokportal_mock.fail_next(500, body=object()), "body"),
        (lambda: tokportal_mock.fail_next(500, headers={"Retry-After": 1}), "headers"),  # type: ignore[dict-item]
        (lambda: tokportal_mock.client(http_client=httpx.Client()), "http_client"),
    ):
        with pytest.raises(TypeError, match=f"^{field}:"):
            call()
    with pytest.raises(TypeError, match=r"^state:"):
        tokportal_mock.state = {}  # type: ignore[assignment]
    with pytest.raises(RuntimeError, match="not running"):
        _ = MockServer().base_url


def test_a_state_can_be_kept_and_restored(tokportal_mock: MockServer) -> None:
    client = tokportal_mock.client()
    bundle_id = client.bundles.create_bundle(body=ORDER).data.bundle_id
    saved = copy.deepcopy(tokportal_mock.state)
    client.bundles.update_bundle(str(bundle_id), body={"title": "changed"})
    tokportal_mock.state = copy.deepcopy(saved)
    assert client.bundles.get_bundle(str(bundle_id)).data.title is None
    tokportal_mock.state = State(credits=3)
    assert client.credits.get_credit_balance().data.total_credits == 3 and not client.bundles.list_bundles().data


def test_clients_are_bound_to_the_mock(tokportal_mock: MockServer) -> None:
    client = tokportal_mock.client(dry_run=True)
    assert isinstance(client, TokPortal) and client.base_url == tokportal_mock.base_url and client.dry_run
    assert client.retry.initial_delay == 0  # retries do not wait on the mock, unless retry= says otherwise
    with client:
        client.reference.list_countries()
    with pytest.raises(TokPortalError, match="closed"):  # closing the client closed the mock's connections for it
        client.reference.list_countries()


async def test_async_clients_are_bound_to_the_mock(tokportal_mock: MockServer) -> None:
    tokportal_mock.fail_next(503)
    async with tokportal_mock.async_client(max_retries=1) as aclient:
        assert (await aclient.reference.list_countries()).data
    assert [r.status for r in tokportal_mock.requests] == [503, 200]
