"""The mock's parts without HTTP: the request pipeline, the validator's self-check, example synthesis and the
credit ledger."""

from __future__ import annotations

import hashlib
import json
from typing import Any

import pytest
from werkzeug.datastructures import Headers

from tokportal_client._spec import Spec
from tokportal_client.testing._app import Fault, MockApp
from tokportal_client.testing._examples import ExampleFactory
from tokportal_client.testing._records import Answer, Reply
from tokportal_client.testing._state import State

KEY = ("X-API-Key", "sk_test")
ORDER = json.dumps({"bundle_type": "account_only", "country": "USA"}).encode()


@pytest.fixture(scope="module")
def app() -> MockApp:
    return MockApp()


@pytest.fixture(autouse=True)
def fresh(app: MockApp) -> None:
    app.reset()


def send(app: MockApp, method: str, target: str, body: bytes = b"", **headers: str) -> tuple[Reply, Any]:
    pairs = [KEY, *((name.replace("_", "-"), value) for name, value in headers.items())]
    if body:
        pairs.append(("Content-Type", "application/json"))
    reply = app.handle(method, "/api/ext" + target, Headers(pairs), body)
    return reply, json.loads(reply.body) if reply.body else None


def test_every_answer_carries_tokportals_headers(app: MockApp) -> None:
    reply, _ = send(app, "GET", "/countries", X_Request_ID="my-request-1")
    assert reply.headers["X-TokPortal-Request-ID"] == "my-request-1"
    assert reply.headers["X-TokPortal-API-Version"] == app.api_version
    _, error = send(app, "GET", "/bundles/nope")
    assert error["error"]["code"] == "BUNDLE_NOT_FOUND"


def test_no_route_and_invalid_requests_are_violations(app: MockApp) -> None:
    reply, _ = send(app, "GET", "/nowhere")
    assert reply.status == 404
    reply, body = send(app, "POST", "/bundles/x/publish", b"{}")
    assert reply.status == 400 and "takes no request body" in body["error"]["message"]
    assert [(v.kind, v.operation_id) for v in app.violations] == [("request", None), ("request", "publishBundle")]
    assert [r.valid for r in app.requests] == [False, False]


def test_idempotent_replay_and_conflict(app: MockApp) -> None:
    first, created = send(app, "POST", "/bundles", ORDER, Idempotency_Key="k1")
    again, replayed = send(app, "POST", "/bundles", ORDER, Idempotency_Key="k1")
    assert first.status == again.status == 201 and replayed == created
    assert again.headers["Idempotent-Replayed"] == "true" and "Idempotent-Replayed" not in first.headers
    assert first.headers["X-TokPortal-Request-ID"] != again.headers["X-TokPortal-Request-ID"]
    other, error = send(app, "POST", "/bundles?x=1", ORDER, Idempotency_Key="k1")
    assert other.status == 409 and error["error"]["code"] == "IDEMPOTENCY_KEY_REUSED"
    send(app, "POST", "/bundles", ORDER, Idempotency_Key="k2", X_TokPortal_Dry_Run="true")
    real, _ = send(app, "POST", "/bundles", ORDER, Idempotency_Key="k2")
    assert "Idempotent-Replayed" not in real.headers  # a dry run is neither stored nor replayed
    assert len(app.state.bundles) == 2


def test_an_error_answer_stands_for_its_key_but_a_fault_does_not(app: MockApp) -> None:
    """As after TokPortal's BUNDLE_PRICING_CHANGED, retrying a refused request needs a new key; a 5xx is retried."""
    app.state.credits = 0
    assert send(app, "POST", "/bundles", ORDER, Idempotency_Key="k1")[0].status == 402
    app.state.credits = 100
    retried, _ = send(app, "POST", "/bundles", ORDER, Idempotency_Key="k1")
    assert retried.status == 402 and retried.headers["Idempotent-Replayed"] == "true"  # TokPortal's answer stands
    app.faults.append(Fault(500, {}, None))
    assert send(app, "POST", "/bundles", ORDER, Idempotency_Key="k3")[0].status == 500
    assert send(app, "POST", "/bundles", ORDER, Idempotency_Key="k3")[0].status == 201


def test_a_dry_run_changes_nothing(app: MockApp) -> None:
    reply, body = send(app, "POST", "/bundles", ORDER, X_TokPortal_Dry_Run="true")
    assert reply.status == 201 and body["dry_run"] and body["data"]["bundle_id"].startswith("00000000-")
    assert body["credits_would_charge"] == body["cost_breakdown"]["total"] > 0 and body["credits_charged"] == 0
    assert not app.state.bundles and not app.state.transactions and app.state.credits == app.initial_credits


def test_the_self_check_catches_an_invalid_answer(app: MockApp) -> None:
    route = app.validator.route("GET", "/api/ext/bundles/b-1")
    request = app.validator.request("GET", "/api/ext/bundles/b-1", "", Headers([KEY]), b"")
    bad = Reply(200, json.dumps({"data": {"id": 7}}).encode(), "application/json")
    problems = app.validator.response_errors(request, bad)
    assert problems and "data/id" in problems[0]
    assert route.documents(404) and not route.documents(428)


def test_examples_follow_the_schema_and_its_variant() -> None:
    spec = Spec()
    full = ExampleFactory(spec).named("Bundle")
    minimal = ExampleFactory(spec, "minimal").named("Bundle")
    nulls = ExampleFactory(spec, "nulls").named("Bundle")
    assert set(full) == set(spec.schema("Bundle")["properties"])
    assert set(minimal) == set(spec.schema("Bundle")["required"])
    assert nulls["title"] is None and full["title"] is not None
    blank = ExampleFactory(spec).blank("BundleVideo")
    assert blank["description"] is None and "video_type" not in blank  # not nullable: left out, not invented
    with pytest.raises(ValueError, match=r"^variant:"):
        ExampleFactory(spec, "sparse")  # type: ignore[arg-type]


def test_the_ledger_records_debits_refunds_and_refuses_overdrafts() -> None:
    state = State(credits=40)
    state.debit(32, "Bundle creation", {"account_creation": 32, "total": 32})
    state.refund(1, "Cancelled comment task")
    assert state.credits == 9
    assert [(t["type"], t["amount"], t["balance_after"]) for t in state.transactions] == [
        ("debit", -32, 8),
        ("refund", 1, 9),
    ]
    with pytest.raises(Answer) as raised:
        state.debit(10, "Video slots")
    assert raised.value.status == 402
    assert raised.value.body()["error"]["details"] == {"required": 10, "available": 9, "missing": 1}
    assert state.credits == 9 and len(state.transactions) == 2


def test_events_fan_out_to_subscribed_endpoints_and_offsite_ones_are_never_contacted(app: MockApp) -> None:
    hook = json.dumps({"url": "https://hooks.acme.test/tokportal", "events": ["bundle.created"]}).encode()
    send(app, "POST", "/webhooks", hook)
    send(app, "POST", "/bundles", ORDER, X_TokPortal_Dry_Run="true")  # a dry run emits nothing
    send(app, "POST", "/bundles", ORDER)
    (delivery,) = app.dispatcher.deliveries  # recorded at once, without a request: not a loopback address
    assert (delivery.event_type, delivery.success, delivery.status_code, delivery.attempt) == (
        "bundle.created",
        False,
        None,
        1,
    )
    assert delivery.event["data"]["bundle_id"] in app.state.bundles and delivery.event["api_version"]
    assert not app.state.outbox


def test_loopback_urls() -> None:
    from tokportal_client.testing._events import is_loopback_url

    assert all(map(is_loopback_url, ["http://127.0.0.1:8000/h", "http://localhost/h", "http://[::1]:9/h"]))
    assert not any(map(is_loopback_url, ["https://hooks.acme.test/h", "http://10.0.0.1/h", "not a url"]))


def test_storage_checks_the_signature_expiry_and_key_without_http() -> None:
    from tokportal_client.testing._storage import Storage

    storage = Storage()
    _, url = storage.grant(
        "uploadVideo", "videos/b-1/a.mp4", bundle_id="b-1", filename="a.mp4", content_type="video/mp4"
    )
    target = url.removeprefix(storage.origin)
    ok = {"content-type": "video/mp4"}
    assert storage.handle("PUT", target, {**ok, "x-api-key": "sk_test"}, b"x").status == 400
    assert storage.handle("PUT", target.replace("expires=", "expires=1"), ok, b"x").status == 403
    assert storage.handle("PUT", target, ok, b"abc").status == 200
    assert storage.objects["videos/b-1/a.mp4"].sha256 == hashlib.sha256(b"abc").hexdigest()
    assert (
        storage.handle("GET", storage.public_url("videos/b-1/a.mp4").removeprefix(storage.origin), {}, b"").body
        == b"abc"
    )
    storage.ttl = 0
    _, expired = storage.grant("uploadVideo", "videos/b-1/b.mp4", bundle_id="b-1", filename="b.mp4", content_type=None)
    assert b"AccessDenied" in storage.handle("PUT", expired.removeprefix(storage.origin), {}, b"x").body
