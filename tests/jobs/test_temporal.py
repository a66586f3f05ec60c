"""tokportal_client.contrib.temporal: activities, errors, schedule (unit, no server) and the bundle workflow on a
real Temporal dev server with 2 worker processes against the faulty mock (slow)."""

from __future__ import annotations

import dataclasses
import datetime
import json
import os
import types
from typing import Any

import httpx
import pytest
from temporalio.exceptions import ApplicationError
from temporalio.testing import ActivityEnvironment

from tokportal_client._generated.registry import OPERATIONS
from tokportal_client.contrib.temporal import (
    LEAD_DAYS,
    MAX_VIDEOS_PER_DAY,
    SIGNAL,
    TokPortalActivities,
    WebhookRouter,
    activity_retry_policy,
    application_error,
    publish_dates,
)
from tokportal_client.errors import APIConnectionError, TokPortalError, error_for_response
from tokportal_client.jobs import idempotency_key_for
from tokportal_client.webhooks import WebhookVerificationError, generate_signature_header

BASE = "http://127.0.0.1:9/api/ext"


class _Recorder:
    """Stands in for AsyncTokPortal.call_operation: records each call, raises ``fail`` when set."""

    def __init__(self, fail: BaseException | None = None) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.fail = fail

    async def call_operation(self, operation_id: str, **arguments: Any) -> Any:
        self.calls.append((operation_id, arguments))
        if self.fail is not None:
            raise self.fail
        return None


def _environment(workflow_id: str = "bundle-7", activity_id: str = "create-bundle") -> ActivityEnvironment:
    environment = ActivityEnvironment()
    environment.info = dataclasses.replace(environment.info, workflow_id=workflow_id, activity_id=activity_id)
    return environment


async def test_writes_carry_the_key_of_workflow_and_activity() -> None:
    recorder = _Recorder()
    activities = TokPortalActivities(recorder)  # type: ignore[arg-type]
    await _environment().run(activities.create_bundle, {"bundle_type": "account_only", "country": "USA"})
    await _environment(activity_id="read").run(activities.read_bundle, "b1")
    (create, create_args), (read, read_args) = recorder.calls
    assert create == "createBundle"
    assert create_args["idempotency_key"] == idempotency_key_for("bundle-7", "create-bundle")
    assert read == "getBundle"
    assert "idempotency_key" not in read_args


async def test_the_client_is_built_once_on_first_use() -> None:
    built: list[_Recorder] = []

    def factory() -> Any:
        built.append(_Recorder())
        return built[-1]

    activities = TokPortalActivities(factory)
    assert built == []
    for _ in range(2):
        await _environment().run(activities.publish_bundle, "b1")
    assert len(built) == 1
    assert len(built[0].calls) == 2


def _status(method: str, path: str, status: int, headers: dict[str, str] | None = None) -> TokPortalError:
    request = httpx.Request(method, BASE + path)
    response = httpx.Response(status, json={"error": {"code": "X", "message": "m"}}, headers=headers, request=request)
    return error_for_response(response)


@pytest.mark.parametrize(
    ("operation_id", "error", "non_retryable", "delay"),
    [
        ("createBundle", _status("POST", "/bundles", 429, {"Retry-After": "12"}), False, 12.0),
        ("createBundle", _status("POST", "/bundles", 503), False, None),
        ("createBundle", _status("POST", "/bundles", 409), True, None),
        ("createBundle", APIConnectionError("x", method="POST", url=BASE + "/bundles", sent=False), False, None),
        ("createBundle", ValueError("body.country: expected a string"), True, None),
    ],
    ids=["429", "503", "409", "not-sent", "bad-input"],
)
async def test_activity_failures_are_application_errors_by_retry_decision(
    operation_id: str, error: BaseException, non_retryable: bool, delay: float | None
) -> None:
    activities = TokPortalActivities(_Recorder(fail=error))  # type: ignore[arg-type]
    with pytest.raises(ApplicationError) as raised:
        await _environment().run(activities.call, operation_id, None, {"filename": "a.mp4"})
    assert raised.value.non_retryable is non_retryable
    expected = datetime.timedelta(seconds=delay) if delay is not None else None
    assert raised.value.next_retry_delay == expected
    assert raised.value.type == type(error).__name__


def test_application_error_message_is_the_errors_own() -> None:
    error = _status("GET", "/bundles/x", 404)
    assert application_error(error).message == str(error)


def test_application_error_of_a_secret_bearing_operation() -> None:
    sent = application_error(_status("POST", "/upload/video", 503))
    unsent = application_error(APIConnectionError("x", method="POST", url=BASE + "/upload/video", sent=False))
    assert sent.non_retryable is True
    assert unsent.non_retryable is False


@pytest.mark.parametrize("operation", sorted(OPERATIONS.values(), key=lambda op: op.operation_id), ids=str)
def test_secret_bearing_activities_get_one_attempt(operation: Any) -> None:
    policy = activity_retry_policy(operation.operation_id)
    assert (policy.maximum_attempts == 1) is operation.sensitive


def test_publish_dates_keep_the_lead_and_three_a_day() -> None:
    today = datetime.date(2026, 6, 1)
    dates = publish_dates(today, 7)
    first = today + datetime.timedelta(days=LEAD_DAYS)
    assert dates[0] == first.isoformat()
    assert all(dates.count(day) <= MAX_VIDEOS_PER_DAY for day in dates)
    assert dates == sorted(dates)
    assert len(set(dates)) == 3  # 7 videos at 3 a day
    with pytest.raises(ValueError, match="per_day"):
        publish_dates(today, 1, per_day=0)


def test_router_repr_hides_the_secret() -> None:
    router = WebhookRouter(object(), object(), "whsec_very_secret")  # type: ignore[arg-type]
    assert "whsec_very_secret" not in repr(router)


@pytest.mark.slow
def test_bundle_workflows_on_a_dev_server_charge_once_through_faults_and_a_killed_worker() -> None:
    from scripts.jobs_harness import run_temporal_load

    workflows = int(os.environ.get("TOKPORTAL_JOBS_WORKFLOWS", "200"))
    figures = run_temporal_load(workflows, workers=2, fault_rate=0.10, drop_rate=0.2, kill_at=0.3)
    assert figures["killed_worker"] is not None, figures
    assert figures["faults_503"] > 0 and figures["faults_reset"] > 0, figures
    assert figures["completed"] == workflows, figures
    assert figures["bundles"] == workflows, figures
    assert figures["double_charges"] == 0, figures
    assert figures["debits"] == workflows, figures
    assert figures["sensitive_replays"] == 0, figures
    assert figures["violations"] == 0, figures
    assert figures["webhooks_dropped"] > 0, figures  # the polling fallback carried those


async def test_multipart_uploads_are_keyed_per_attempt() -> None:
    recorder = _Recorder()
    activities = TokPortalActivities(recorder)  # type: ignore[arg-type]
    keys = []
    for attempt in (1, 2):
        environment = _environment(activity_id="upload-1")
        environment.info = dataclasses.replace(environment.info, attempt=attempt)
        await environment.run(activities.upload_video, "b1", "/tmp/clip.mp4")
        keys.append(recorder.calls[-1][1]["idempotency_key"])
    assert keys[0] != keys[1]
    assert keys[0] == idempotency_key_for("bundle-7", "upload-1/attempt-1")


@pytest.mark.parametrize("operation_id", sorted(op.operation_id for op in OPERATIONS.values() if op.sensitive), ids=str)
async def test_secret_bearing_operations_are_refused_before_sending(operation_id: str) -> None:
    recorder = _Recorder()
    activities = TokPortalActivities(recorder)  # type: ignore[arg-type]
    with pytest.raises(ApplicationError) as raised:
        await _environment().run(activities.call, operation_id, {"id": "a1"}, None)
    assert raised.value.non_retryable is True
    assert raised.value.type == "SecretBearingOperation"
    assert recorder.calls == []


class _Handle:
    def __init__(self, temporal: _Temporal, workflow_id: str) -> None:
        self.temporal, self.workflow_id = temporal, workflow_id

    async def signal(self, name: str, payload: Any) -> None:
        if self.workflow_id in self.temporal.finished:
            from temporalio.service import RPCError, RPCStatusCode

            raise RPCError("workflow execution already completed", RPCStatusCode.NOT_FOUND, b"")
        self.temporal.signals.append((self.workflow_id, name, payload))


class _Temporal:
    def __init__(self) -> None:
        self.signals: list[tuple[str, str, Any]] = []
        self.finished: set[str] = set()

    def get_workflow_handle(self, workflow_id: str) -> _Handle:
        return _Handle(self, workflow_id)


class _Bundles:
    def __init__(self, refs: dict[str, str | None]) -> None:
        self.refs, self.lookups = refs, 0

    async def get_bundle(self, bundle_id: str) -> Any:
        self.lookups += 1
        return types.SimpleNamespace(data=types.SimpleNamespace(external_ref=self.refs[bundle_id]))


def _delivery(kind: str, data: dict[str, Any], secret: str = "whsec_test") -> tuple[bytes, dict[str, str]]:
    body = json.dumps({"id": "evt_1", "type": kind, "data": data}).encode()
    return body, {"TokPortal-Signature": generate_signature_header(body, secret)}


async def test_router_signals_the_workflow_named_by_external_ref_once_looked_up() -> None:
    temporal, bundles = _Temporal(), _Bundles({"b1": "bundle-wf-1", "b2": None})
    router = WebhookRouter(temporal, types.SimpleNamespace(bundles=bundles), "whsec_test")  # type: ignore[arg-type]
    for position in (1, 2):
        body, headers = _delivery("video.published", {"bundle_id": "b1", "position": position})
        assert await router.deliver(body, headers) == "bundle-wf-1"
    assert bundles.lookups == 1
    assert [(wf, name, p["data"]["position"]) for wf, name, p in temporal.signals] == [
        ("bundle-wf-1", SIGNAL, 1),
        ("bundle-wf-1", SIGNAL, 2),
    ]
    assert temporal.signals[0][2]["type"] == "video.published"
    assert await router.deliver(*_delivery("account.in_review", {"bundle_id": "b2"})) is None  # no workflow's
    assert await router.deliver(*_delivery("webhook.test", {})) is None  # about no bundle
    temporal.finished.add("bundle-wf-1")
    assert await router.deliver(*_delivery("video.published", {"bundle_id": "b1", "position": 3})) is None
    assert len(temporal.signals) == 2


async def test_router_refuses_a_forged_delivery_before_signalling() -> None:
    temporal = _Temporal()
    router = WebhookRouter(temporal, types.SimpleNamespace(bundles=_Bundles({})), "whsec_test")  # type: ignore[arg-type]
    body, headers = _delivery("video.published", {"bundle_id": "b1"}, secret="whsec_other")
    with pytest.raises(WebhookVerificationError):
        await router.deliver(body, headers)
    assert temporal.signals == []
