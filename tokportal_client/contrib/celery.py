"""Celery tasks that call TokPortal: charged once, retried by the client's rules, paced together.

Needs the ``[celery]`` extra (``pip install 'tokportal-client[celery]'``)::

    from celery import Celery
    from tokportal_client.contrib.celery import TokPortalTask

    app = Celery("jobs", broker="redis://localhost:6379/0")
    app.conf.tokportal_ratelimit_redis_url = "redis://localhost:6379/1"   # one limit for every worker
    app.conf.tokportal_requests_per_minute = 120

    @app.task(bind=True, base=TokPortalTask)
    def order_account(self, country: str, ref: str) -> str:
        created = self.call("createBundle", body={"bundle_type": "account_only", "country": country,
                                                  "external_ref": ref})
        return created.data.bundle_id

What the base class does:

* **Keys from the task id.** :meth:`TokPortalTask.call` sends every write with the key
  ``idempotency_key_for(task id, step)`` (the step defaults to the operationId), so a retry of the task
  (``self.retry``, a redelivery after a worker died) repeats the same request and TokPortal does not charge it
  twice. Submit a job with ``apply_async(task_id=<your durable id>)`` to make resubmission safe as well.
* **Retries by the client's rules.** A :class:`~tokportal_client.TokPortalError` escaping the task goes through
  :func:`tokportal_client.jobs.retry_decision`: retried with ``self.retry(countdown=...)`` (``Retry-After``
  when TokPortal gave one, else exponential backoff), or the task fails at once (a 4xx other than 429, a
  secret-bearing operation that may have reached TokPortal, bad input).
* **acks_late.** ``acks_late = True`` and ``reject_on_worker_lost = True``: a task whose worker process died
  is delivered again instead of being lost; the keys make that second run free. Keep
  ``worker_prefetch_multiplier = 1`` so a dead process holds back one task, not many.
* **One rate limit.** Each worker process builds one :class:`~tokportal_client.TokPortal` (after the fork) with
  one :class:`~tokportal_client.ratelimit.RedisRateLimiter`, so every process on every machine draws from one
  bucket per API key. Celery's own ``rate_limit`` is per worker and counts tasks, not requests: do not use it
  for TokPortal's limit.

Settings (``app.conf``): ``tokportal_ratelimit_redis_url`` (default: the broker URL when it is Redis),
``tokportal_requests_per_minute`` (120), ``tokportal_burst`` (None: the limiter's default),
``tokportal_base_url`` (None: the client's default) and ``tokportal_client_options`` (other keyword arguments
of :class:`~tokportal_client.TokPortal`). The API key comes from ``TOKPORTAL_API_KEY`` in the worker's
environment: keep it out of ``app.conf``, which Celery can print.
"""

from __future__ import annotations

import os
import random
import threading
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, NoReturn

from celery import Celery, Task

from .._call_operation import find_operation
from ..errors import TokPortalError
from ..jobs import idempotency_key_for, retry_decision

if TYPE_CHECKING:
    from .._client import TokPortal
    from ..ratelimit import RedisRateLimiter

__all__ = ["TokPortalTask", "backoff", "shared_client"]

_lock = threading.Lock()
_ATTRIBUTE = "_tokportal_client"
"""Where a Celery app keeps (process id, client): a forked child sees its parent's pid there and builds its own."""


def backoff(retries: int, *, initial: float = 1.0, maximum: float = 60.0) -> float:
    """Seconds before retry number ``retries + 1`` when TokPortal named no wait: exponential, capped, jittered."""
    base: float = min(maximum, initial * 2 ** max(0, retries))
    return base * (0.75 + 0.25 * random.random())


def _limiter(conf: Mapping[str, Any]) -> RedisRateLimiter | None:
    from ..ratelimit import RedisRateLimiter

    url = conf.get("tokportal_ratelimit_redis_url")
    if url is None:
        broker = conf.get("broker_url")
        url = broker if isinstance(broker, str) and broker.startswith(("redis://", "rediss://", "unix://")) else None
    if url is None:
        return None
    return RedisRateLimiter(
        url,
        requests_per_minute=conf.get("tokportal_requests_per_minute") or 120,
        burst=conf.get("tokportal_burst"),
    )


def shared_client(app: Celery) -> TokPortal:
    """The :class:`~tokportal_client.TokPortal` of this worker process: built on first use, after the fork, with
    the one Redis-shared rate limiter (see the module's settings)."""
    from .._client import TokPortal

    pid = os.getpid()
    with _lock:
        owner, client = getattr(app, _ATTRIBUTE, (None, None))
        if owner != pid or client is None:
            conf = app.conf
            options = dict(conf.get("tokportal_client_options") or {})
            limiter = _limiter(conf)
            if limiter is not None:
                options.setdefault("rate_limiter", limiter)
            base_url = conf.get("tokportal_base_url")
            if base_url is not None:
                options.setdefault("base_url", base_url)
            client = TokPortal(**options)
            setattr(app, _ATTRIBUTE, (pid, client))
        return client


class TokPortalTask(Task):  # type: ignore[misc]  # celery ships no type hints
    """Base class of Celery tasks that call TokPortal (``@app.task(bind=True, base=TokPortalTask)``)."""

    acks_late = True
    reject_on_worker_lost = True
    max_retries = 10
    retry_initial_delay = 1.0
    """Seconds before the first retry when TokPortal did not say how long to wait (doubling, capped)."""
    retry_max_delay = 60.0

    @property
    def tokportal(self) -> TokPortal:
        """This worker process's client (one rate limit for every process: see :func:`shared_client`)."""
        return shared_client(self.app)

    def idempotency_key(self, step: str) -> str:
        """The key of ``step`` of the running task: the same on every retry and redelivery of this task id."""
        task_id = self.request.id
        if not task_id:
            raise RuntimeError("idempotency_key: only inside a running task (the key comes from its task id)")
        return idempotency_key_for(str(task_id), step)

    def call(
        self,
        operation_id: str,
        *,
        step: str | None = None,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        **options: Any,
    ) -> Any:
        """Call an operation (``client.call_operation``); a write carries the key of ``step`` (default: the
        operationId; name the steps when one task makes the same operation more than once). A multipart upload
        is keyed per run of the task (its body differs between calls, so a shared key would be refused)."""
        operation = find_operation(operation_id)
        if operation.takes_idempotency_key and "idempotency_key" not in options:
            name = step or operation.operation_id
            if operation.body == "multipart":  # a new boundary per call: each run is a new request, keyed anew
                name = f"{name}/retry-{self.request.retries}"
            options["idempotency_key"] = self.idempotency_key(name)
        return self.tokportal.call_operation(operation_id, path=path, query=query, body=body, **options)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().__call__(*args, **kwargs)
        except TokPortalError as error:
            self.retry_for(error)

    def retry_for(self, error: TokPortalError) -> NoReturn:
        """Retry the task as :func:`~tokportal_client.jobs.retry_decision` allows, or raise ``error``."""
        retry, delay = retry_decision(error)
        if not retry:
            raise error
        if delay is None:
            delay = backoff(self.request.retries, initial=self.retry_initial_delay, maximum=self.retry_max_delay)
        raise self.retry(exc=error, countdown=delay)
