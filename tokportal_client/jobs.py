"""Running TokPortal calls inside a job engine (Temporal, Celery, RQ, your own queue): keys and retry decisions.

An engine retries a failed task by running it again. Two things must then hold, whatever the engine:

* the write is not charged twice: every attempt of one step of one job sends the *same* ``Idempotency-Key``,
  so TokPortal answers a repeat with the stored result. :func:`idempotency_key_for` derives that key from the
  job's durable identity (a workflow id, a task id) and the step's name;
* the engine retries only what this client would replay: never a secret-bearing operation once it may have
  reached TokPortal, never a 4xx other than 429, and not before a 429's ``Retry-After`` has passed.
  :func:`retry_decision` answers with the client's own rule (:meth:`tokportal_client.RetryPolicy.retryable`,
  which reads the operation's registry record), so the engine and the client never disagree.

Both are plain functions with no engine import; the adapters in :mod:`tokportal_client.contrib` use them.
"""

from __future__ import annotations

import re
import uuid
from functools import cache
from typing import NamedTuple
from urllib.parse import urlsplit

from ._runtime import REPLAY_SAFE_METHODS, Idempotency, Operation
from .errors import APIConnectionError, APIStatusError, TokPortalError
from .retry import RetryPolicy

__all__ = ["JOB_KEY_NAMESPACE", "RetryDecision", "idempotency_key_for", "operation_of", "retry_decision"]

JOB_KEY_NAMESPACE = uuid.UUID("5b0e3c1e-1f55-5d0c-9a8e-7c1b2d4f6a10")
"""The UUIDv5 namespace of job keys. Fixed forever: changing it would change every key of every running job."""

_MAX_PART = 1000
_RULES = RetryPolicy()


def idempotency_key_for(job_id: str, step: str) -> str:
    """The ``Idempotency-Key`` of step ``step`` of job ``job_id``: the same on every attempt, on every machine.

    ``job_id`` is the engine's durable identity of the job (a Temporal workflow id, a Celery task id); ``step``
    names one write within it (``"create-bundle"``, ``"configure-video-2"``). Two different steps, or the same
    step of two jobs, never share a key. The key is a UUIDv5 string (36 characters), well within TokPortal's
    255.
    """
    for field, value in (("job_id", job_id), ("step", step)):
        if not isinstance(value, str):
            raise TypeError(f"{field}: expected a string, got {type(value).__name__}")
        if not value or len(value) > _MAX_PART:
            raise ValueError(f"{field}: expected 1 to {_MAX_PART} characters, got {len(value)}")
    # The length prefix keeps ("a/b", "c") and ("a", "b/c") apart.
    return str(uuid.uuid5(JOB_KEY_NAMESPACE, f"{len(job_id)}:{job_id}/{step}"))


class RetryDecision(NamedTuple):
    """Whether the engine may run the failed step again, and the least wait before it does."""

    retry: bool
    delay: float | None
    """Seconds TokPortal asked to wait (``Retry-After``), or None to use the engine's own backoff."""


def retry_decision(error: BaseException, *, operation: Operation | str | None = None) -> RetryDecision:
    """Whether a job engine may retry a step that failed with ``error``, and how long it must wait first.

    The rule is the client's (:meth:`RetryPolicy.retryable`, from the operation's registry record), plus one
    that only an engine needs: a 4xx other than 429 is never retried (the request itself is wrong, or the
    resource is in the wrong state; running it again cannot help). So:

    * a failure before the request left: retried;
    * 429: retried after ``delay`` (its ``Retry-After``, or ``X-RateLimit-Reset``);
    * a secret-bearing operation that may have reached TokPortal (a timeout, a 5xx): not retried;
    * a timeout, connection failure or 5xx of a read, or of a write that carries an idempotency key: retried;
    * any other 4xx, any error that is not the client's (bad input: ``ValueError``, ``TypeError``): not retried.

    ``operation`` is the operation that failed (its record, operationId or method name); by default it is
    found from the error's method and URL.
    """
    if not isinstance(error, TokPortalError):
        return RetryDecision(False, None)
    if isinstance(error, APIStatusError) and 400 <= error.status_code < 500 and error.status_code != 429:
        return RetryDecision(False, None)
    if not isinstance(error, APIStatusError | APIConnectionError):
        return RetryDecision(False, None)  # a response that broke the contract, a verification failure, ...
    record = _resolve(operation) if operation is not None else operation_of(error)
    if not _RULES.retryable(error, record):
        return RetryDecision(False, None)
    delay = error.retry_after if isinstance(error, APIStatusError) else None
    return RetryDecision(True, delay)


def _resolve(operation: Operation | str) -> Operation:
    if isinstance(operation, Operation):
        return operation
    from ._call_operation import find_operation

    return find_operation(operation)


def operation_of(error: APIStatusError | APIConnectionError) -> Operation:
    """The registry's record of the operation whose request failed with ``error``, from its method and URL.

    An error the registry cannot place (a ``raw_request`` to a path newer than the contract) gets a record as
    careful as what it carried: a read is a read; a write is replay-safe only if it carried an idempotency key,
    else it is treated as secret-bearing (never replayed once it may have been received).
    """
    method = (error.method or "").upper()
    path = urlsplit(error.url or "").path
    best: tuple[int, Operation] | None = None
    for literal, pattern, operation in _patterns().get(method, ()):
        if pattern.search(path) and (best is None or literal > best[0]):
            best = (literal, operation)
    if best is not None:
        return best[1]
    idempotency: Idempotency
    if method in REPLAY_SAFE_METHODS:
        idempotency = "not-applicable"
    elif error.idempotency_key is not None:
        idempotency = "standard"
    else:
        idempotency = "reject-sensitive-response"
    return Operation(
        operation_id=f"{method} {path}", name="", tag="", method=method, path=path, idempotency=idempotency
    )


@cache
def _patterns() -> dict[str, list[tuple[int, re.Pattern[str], Operation]]]:
    """Each method's operations as (literal characters, a regex matching the end of a URL path, record)."""
    from ._generated.registry import OPERATIONS

    table: dict[str, list[tuple[int, re.Pattern[str], Operation]]] = {}
    for operation in OPERATIONS.values():
        parts = re.split(r"\{[^}]+\}", operation.path)
        regex = "[^/]+".join(re.escape(part) for part in parts)
        literal = sum(len(part) for part in parts)
        table.setdefault(operation.method, []).append((literal, re.compile(f"(?:^|/){regex.lstrip('/')}$"), operation))
    return table
