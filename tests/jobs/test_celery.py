"""tokportal_client.contrib.celery: the task base class (unit, on Celery's in-memory broker) and a real prefork
worker on redis-server against the paced, faulty mock (slow)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from celery import Celery
from celery.exceptions import Retry

from tokportal_client import TokPortal
from tokportal_client.contrib.celery import TokPortalTask, backoff, shared_client
from tokportal_client.errors import APIConnectionError, TokPortalError, error_for_response
from tokportal_client.jobs import idempotency_key_for
from tokportal_client.ratelimit import RedisRateLimiter

BASE = "http://127.0.0.1:9/api/ext"


def _status(method: str, path: str, status: int, headers: dict[str, str] | None = None) -> TokPortalError:
    request = httpx.Request(method, BASE + path)
    return error_for_response(
        httpx.Response(status, json={"error": {"code": "X", "message": "m"}}, headers=headers, request=request)
    )


@pytest.fixture
def task() -> Iterator[Any]:
    app = Celery("unit", broker="memory://", backend="cache+memory://")
    app.conf.tokportal_ratelimit_redis_url = "redis://127.0.0.1:1/0"
    app.conf.tokportal_requests_per_minute = 600
    app.conf.tokportal_client_options = {"api_key": "sk_" + "0" * 64, "base_url": BASE}

    @app.task(bind=True, base=TokPortalTask, name="unit.job")
    def job(self: TokPortalTask) -> None:
        raise RuntimeError("not run in these tests")

    job.push_request(id="task-1", retries=0, called_directly=False)
    try:
        yield job
    finally:
        job.pop_request()


def test_keys_come_from_the_task_id_and_step(task: Any) -> None:
    assert task.idempotency_key("create") == idempotency_key_for("task-1", "create")
    assert task.idempotency_key("create") != task.idempotency_key("publish")


def test_key_outside_a_task_is_a_clear_error() -> None:
    app = Celery("unit", broker="memory://")

    @app.task(bind=True, base=TokPortalTask, name="unit.other")
    def other(self: TokPortalTask) -> None: ...

    with pytest.raises(RuntimeError, match="task id"):
        other.idempotency_key("x")


def test_a_429_is_retried_after_its_retry_after(task: Any) -> None:
    with pytest.raises(Retry) as raised:
        task.retry_for(_status("POST", "/bundles", 429, {"Retry-After": "7"}))
    assert raised.value.when == 7.0


def test_a_replay_safe_5xx_is_retried_with_backoff(task: Any) -> None:
    error = APIConnectionError("x", method="POST", url=BASE + "/bundles", sent=True, idempotency_key="k")
    with pytest.raises(Retry) as raised:
        task.retry_for(error)
    assert 0 < raised.value.when <= task.retry_initial_delay


@pytest.mark.parametrize(
    "error",
    [
        _status("POST", "/bundles", 409),
        _status("POST", "/bundles", 400),
        _status("POST", "/upload/video", 503),  # secret-bearing: may have been processed, never replayed
    ],
    ids=["409", "400", "sensitive-503"],
)
def test_errors_the_client_would_not_replay_fail_the_task(task: Any, error: TokPortalError) -> None:
    with pytest.raises(type(error)) as raised:
        task.retry_for(error)
    assert raised.value is error


def test_one_client_per_process_with_the_shared_redis_limiter(task: Any) -> None:
    client = shared_client(task.app)
    try:
        assert isinstance(client, TokPortal)
        assert client is task.tokportal
        assert isinstance(client._rate_limiter, RedisRateLimiter)
        assert client._rate_limiter.requests_per_minute == 600
    finally:
        client.close()


def test_backoff_grows_and_is_capped() -> None:
    assert backoff(0, initial=1, maximum=60) <= 1
    assert 6 <= backoff(3, initial=1, maximum=60) <= 8
    assert 45 <= backoff(30, initial=1, maximum=60) <= 60


def test_task_defaults_keep_a_job_through_a_worker_death() -> None:
    assert TokPortalTask.acks_late is True
    assert TokPortalTask.reject_on_worker_lost is True


@pytest.mark.slow
def test_prefork_worker_charges_once_under_faults_rate_limit_and_a_killed_process() -> None:
    from scripts.jobs_harness import run_celery_load

    figures = run_celery_load(150, requests_per_minute=600, fault_rate=0.10, concurrency=4, kill_at=0.4)
    assert figures["killed_worker_process"] is not None
    assert figures["faults_503"] + figures["faults_reset"] > 0
    assert figures["lost"] == 0, figures
    assert figures["double_charges"] == 0, figures
    assert figures["debits"] == figures["jobs"], figures
    assert figures["rate_429"] <= 0.01, figures
    assert figures["wall_over_ideal"] <= 1.2, figures


class _Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []

    def call_operation(self, operation_id: str, **arguments: Any) -> None:
        self.calls.append((operation_id, arguments))


def test_call_keys_writes_by_step_and_multipart_by_run(task: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = _Recorder()
    monkeypatch.setattr(TokPortalTask, "tokportal", property(lambda self: recorder))
    task.call("createBundle", body={"bundle_type": "account_only", "country": "USA"})
    task.call("getBundle", path={"id": "b1"})
    task.call("uploadVideoDirect", body={"file": b"x", "bundle_id": "b1"}, step="upload")
    task.request.retries = 1
    task.call("uploadVideoDirect", body={"file": b"x", "bundle_id": "b1"}, step="upload")
    create, read, upload_0, upload_1 = (arguments for _, arguments in recorder.calls)
    assert create["idempotency_key"] == idempotency_key_for("task-1", "createBundle")
    assert "idempotency_key" not in read
    assert upload_0["idempotency_key"] == idempotency_key_for("task-1", "upload/retry-0")
    assert upload_1["idempotency_key"] == idempotency_key_for("task-1", "upload/retry-1")


def test_a_forked_worker_process_builds_its_own_client(task: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import tokportal_client.contrib.celery as module

    parent = shared_client(task.app)
    monkeypatch.setattr(module.os, "getpid", lambda: -1)  # as seen from a child forked after the parent built one
    child = shared_client(task.app)
    try:
        assert child is not parent
        assert shared_client(task.app) is child
    finally:
        parent.close()
        child.close()
