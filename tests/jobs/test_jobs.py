"""tokportal_client.jobs: keys from job identities and the engine's retry decision (pure logic, no sockets)."""

from __future__ import annotations

import re
import uuid

import httpx
import pytest

from tokportal_client import RetryPolicy
from tokportal_client._generated.registry import OPERATIONS
from tokportal_client._runtime import Operation
from tokportal_client.errors import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    error_for_response,
)
from tokportal_client.jobs import RetryDecision, idempotency_key_for, operation_of, retry_decision

BASE = "http://127.0.0.1:9/api/ext"
OPS = sorted(OPERATIONS.values(), key=lambda op: op.operation_id)


def _url(operation: Operation) -> str:
    return BASE + re.sub(r"\{[^}]+\}", "x1", operation.path)


def _status_error(operation: Operation, status: int, headers: dict[str, str] | None = None) -> Exception:
    request_headers = {"Idempotency-Key": "k"} if operation.takes_idempotency_key else {}
    request = httpx.Request(operation.method, _url(operation), headers=request_headers)
    response = httpx.Response(status, json={"error": {"code": "X", "message": "m"}}, headers=headers, request=request)
    return error_for_response(response)


def _transport_error(operation: Operation, *, sent: bool, timeout: bool = False) -> APIConnectionError:
    kind = APITimeoutError if timeout else APIConnectionError
    key = "k" if operation.takes_idempotency_key else None
    return kind("boom", method=operation.method, url=_url(operation), sent=sent, idempotency_key=key)


# -- keys --------------------------------------------------------------------------------------------------------


def test_key_is_deterministic_uuid5() -> None:
    key = idempotency_key_for("bundle-wf-1", "create-bundle")
    assert key == idempotency_key_for("bundle-wf-1", "create-bundle")
    assert uuid.UUID(key).version == 5


def test_keys_differ_per_job_and_step_and_do_not_collide_on_separators() -> None:
    keys = {
        idempotency_key_for("job-1", "create"),
        idempotency_key_for("job-2", "create"),
        idempotency_key_for("job-1", "publish"),
        idempotency_key_for("a/b", "c"),
        idempotency_key_for("a", "b/c"),
    }
    assert len(keys) == 5


@pytest.mark.parametrize(
    ("job_id", "step", "error", "field"),
    [
        ("", "s", ValueError, "job_id"),
        ("j", "", ValueError, "step"),
        (1, "s", TypeError, "job_id"),
        ("j", None, TypeError, "step"),
        ("j" * 1001, "s", ValueError, "job_id"),
    ],
)
def test_bad_key_parts_name_the_field(job_id: object, step: object, error: type[Exception], field: str) -> None:
    with pytest.raises(error, match=field):
        idempotency_key_for(job_id, step)  # type: ignore[arg-type]


# -- the decision, for every operation of the registry ------------------------------------------------------------


@pytest.mark.parametrize("operation", OPS, ids=lambda op: op.operation_id)
def test_operation_found_from_the_failed_request(operation: Operation) -> None:
    found = operation_of(_transport_error(operation, sent=True))
    assert (found.method, found.path) == (operation.method, operation.path)


@pytest.mark.parametrize("operation", OPS, ids=lambda op: op.operation_id)
def test_5xx_and_timeouts_retried_only_when_replay_safe(operation: Operation) -> None:
    expected = not operation.sensitive and operation.replay_safe
    for error in (_status_error(operation, 503), _transport_error(operation, sent=True, timeout=True)):
        assert retry_decision(error) == RetryDecision(expected, None)
        assert retry_decision(error, operation=operation.operation_id).retry is expected


@pytest.mark.parametrize("operation", OPS, ids=lambda op: op.operation_id)
def test_never_sent_is_always_retried(operation: Operation) -> None:
    assert retry_decision(_transport_error(operation, sent=False)) == (True, None)


@pytest.mark.parametrize("operation", OPS, ids=lambda op: op.operation_id)
def test_429_waits_out_retry_after_even_for_sensitive_operations(operation: Operation) -> None:
    retry, delay = retry_decision(_status_error(operation, 429, {"Retry-After": "7"}))
    assert retry is True
    assert delay == 7.0


@pytest.mark.parametrize("status", [400, 401, 402, 403, 404, 408, 409, 422, 428])
def test_non_429_4xx_never_retried(status: int) -> None:
    for operation in OPS:
        assert retry_decision(_status_error(operation, status)) == (False, None), operation.operation_id


def test_agrees_with_the_clients_own_policy_on_5xx() -> None:
    policy = RetryPolicy(jitter=0)
    for operation in OPS:
        error = _status_error(operation, 502)
        assert isinstance(error, Exception)
        client_retries = policy.delay(error, 0, operation) is not None  # type: ignore[arg-type]
        assert retry_decision(error).retry is client_retries, operation.operation_id


def test_retry_after_on_a_5xx_is_the_delay() -> None:
    writes = [op for op in OPS if op.takes_idempotency_key]
    assert retry_decision(_status_error(writes[0], 503, {"Retry-After": "3"})) == (True, 3.0)


def test_unknown_path_is_judged_by_what_it_carried() -> None:
    keyed = APIConnectionError("x", method="POST", url=BASE + "/new/thing", sent=True, idempotency_key="k")
    unkeyed = APIConnectionError("x", method="POST", url=BASE + "/new/thing", sent=True)
    read = APITimeoutError("x", method="GET", url=BASE + "/new/thing", sent=True)
    assert retry_decision(keyed).retry is True
    assert retry_decision(unkeyed).retry is False
    assert retry_decision(read).retry is True


def test_errors_that_are_not_the_clients_are_not_retried() -> None:
    assert retry_decision(ValueError("body.country: expected a string")) == (False, None)
    assert retry_decision(TypeError("x")) == (False, None)
    request = httpx.Request("GET", BASE + "/me")
    invalid = APIResponseValidationError("bad", httpx.Response(200, text="x", request=request))
    assert retry_decision(invalid) == (False, None)


def test_unknown_operation_name_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="operation_id"):
        retry_decision(_status_error(OPS[0], 503), operation="noSuchOperation")


def test_base_package_and_jobs_import_no_engine() -> None:
    import subprocess
    import sys

    code = (
        "import sys, tokportal_client, tokportal_client.jobs, tokportal_client.contrib\n"
        "tokportal_client.TokPortal\n"
        "print(sorted(m for m in ('celery', 'temporalio', 'kombu', 'redis') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
