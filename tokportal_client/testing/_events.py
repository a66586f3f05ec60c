"""Webhook events and their delivery: real, signed HTTP POSTs from a background thread the mock owns.

An event is the envelope TokPortal sends (``{id, type, api_version, created_at, data}``, ``id`` ``evt_`` + 32 hex),
emitted by the business rules and by TokPortal's side (``MockServer.deliver_account(...)``, ...) into the state's
outbox, then fanned out by :class:`Dispatcher` to every enabled endpoint subscribed to its type. Each attempt is a
``POST`` of the envelope's JSON with TokPortal's headers (``TokPortal-Event-Id``, ``TokPortal-Event-Type``,
``TokPortal-Signature: t=<unix seconds>,v1=<hex>``: HMAC-SHA256 over ``<t>.<raw body>`` with the endpoint's
signing secret), recorded as a delivery of the endpoint (``listWebhookDeliveries``: ``id``, ``event_type``,
``success``) and, in full, in ``MockServer.deliveries``.

A 2xx answer is a success. Anything else (another status, a refused connection, no answer within
``DELIVERY_TIMEOUT``) fails the attempt, and the event is tried again after each delay of :data:`RETRY_SCHEDULE`
multiplied by the mock's time factor (``MockServer(webhook_time_factor=...)``). TokPortal does not publish its
schedule: this one (1 min, 5 min, 30 min, 2 h, 5 h, 10 h, then given up) is the mock's. A manual retry
(``retryWebhookDelivery``: the stored event, same id, a fresh signature) and a test (``testWebhookEndpoint``:
a ``webhook.test`` event) are one attempt each.

Only loopback addresses are contacted: an endpoint elsewhere (``https://example.com/...``) gets each attempt
recorded as failed at once, without a request, and no retry.
"""

from __future__ import annotations

import heapq
import itertools
import json
import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import urlsplit

import httpx

from .._settings import _is_loopback
from ..webhooks import generate_signature_header
from ._state import JSONObject, State, event_time, new_event

__all__ = ["DELIVERY_TIMEOUT", "RETRY_SCHEDULE", "Delivery", "Dispatcher", "is_loopback_url", "new_event"]

logger = logging.getLogger("tokportal_client.testing")

RETRY_SCHEDULE: tuple[float, ...] = (60.0, 300.0, 1800.0, 7200.0, 18000.0, 36000.0)
"""Seconds to wait before each automatic retry of a failed delivery (multiplied by the time factor)."""
DELIVERY_TIMEOUT = 10.0
"""Seconds a receiver has to answer an attempt."""
DEFAULT_TIME_FACTOR = 0.0001
"""Retries in tests: 6 ms, 30 ms, 180 ms, 0.72 s, 1.8 s and 3.6 s after each failure (6.4 s for the whole schedule,
within the 10 s ``MockServer.wait_for_deliveries`` waits by default)."""

Trigger = Literal["event", "retry", "manual_retry", "test"]


def is_loopback_url(url: str) -> bool:
    """Whether ``url`` points at this machine (``localhost`` or a loopback address)."""
    return _is_loopback(urlsplit(url).hostname or "")


@dataclass(frozen=True)
class Delivery:
    """One delivery attempt: what the mock sent, and what the receiver answered."""

    id: str
    """The delivery id (``delivery_id`` of ``retryWebhookDelivery``)."""
    endpoint_id: str
    event_id: str
    event_type: str
    url: str
    attempt: int
    """1 for the first attempt of an event on this endpoint, then 2, 3, ... for its automatic retries."""
    trigger: Trigger
    """``event`` (first attempt), ``retry`` (automatic), ``manual_retry`` (``retryWebhookDelivery``), ``test``."""
    success: bool
    status_code: int | None
    """The receiver's status; None when no answer came (or the endpoint is not on loopback)."""
    error: str | None
    """Why no answer came."""
    headers: Mapping[str, str] = field(repr=False)
    """The request's headers (``TokPortal-Signature``, ``TokPortal-Event-Id``, ``TokPortal-Event-Type``, ...)."""
    body: bytes = field(repr=False)
    """The raw JSON body, as signed."""
    response_body: bytes = field(repr=False)
    sent_at: str

    @property
    def event(self) -> Any:
        """The envelope, parsed."""
        return json.loads(self.body)


@dataclass(order=True)
class _Job:
    due: float
    sequence: int
    endpoint_id: str = field(compare=False)
    event: JSONObject = field(compare=False)
    attempt: int = field(compare=False)
    trigger: Trigger = field(compare=False)


class Dispatcher:
    """Sends events to endpoints from one background thread; records each attempt on the state.

    ``lock`` is the app's (held while reading or recording state, never while sending); ``state`` gives the
    current state (tests may replace it).
    """

    def __init__(self, lock: threading.RLock, state: Callable[[], State], api_version: str) -> None:
        self._lock = lock
        self._state = state
        self.api_version = api_version
        self.time_factor = DEFAULT_TIME_FACTOR
        self.deliveries: list[Delivery] = []
        self._jobs: list[_Job] = []
        self._sequence = itertools.count()
        self._busy = 0
        self._generation = 0
        self._wake = threading.Condition()
        self._thread: threading.Thread | None = None
        self._stopping = False
        self._http: httpx.Client | None = None

    # -- lifecycle -------------------------------------------------------------------------------------------

    def start(self) -> None:
        if self._thread is None:
            self._stopping = False
            self._http = httpx.Client(trust_env=False, timeout=DELIVERY_TIMEOUT, follow_redirects=False)
            self._thread = threading.Thread(target=self._run, name="tokportal-mock-webhooks", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        with self._wake:
            self._stopping = True
            self._wake.notify_all()
        if self._thread is not None:
            self._thread.join(timeout=DELIVERY_TIMEOUT + 5)
            self._thread = None
        if self._http is not None:
            self._http.close()
            self._http = None

    def clear(self) -> None:
        """Forget pending attempts and recorded deliveries (``reset``)."""
        with self._wake:
            self._jobs.clear()
            self._generation += 1
            self._wake.notify_all()
        with self._lock:
            self.deliveries.clear()

    def wait_idle(self, timeout: float) -> bool:
        """Wait until no attempt is pending or under way (retries included); False on timeout."""
        with self._wake:
            return self._wake.wait_for(lambda: not self._jobs and not self._busy, timeout)

    # -- events in ---------------------------------------------------------------------------------------------

    def flush(self, state: State) -> None:
        """Take the events the state emitted and schedule their first attempts (call with the app lock held)."""
        outbox, state.outbox = state.outbox, []
        for item in outbox:
            event = {**item["event"], "api_version": self.api_version}
            targets = (
                [item["endpoint_id"]]
                if item.get("endpoint_id")
                else [
                    endpoint["id"]
                    for endpoint in state.webhooks.values()
                    if endpoint.get("enabled", True) and event["type"] in endpoint.get("events", [])
                ]
            )
            for endpoint_id in targets:
                self._schedule(state, endpoint_id, event, 1, item.get("trigger", "event"), 0.0)

    def _schedule(
        self, state: State, endpoint_id: str, event: JSONObject, attempt: int, trigger: Trigger, delay: float
    ) -> None:
        endpoint = state.webhooks.get(endpoint_id)
        if endpoint is None:
            return
        if not is_loopback_url(str(endpoint.get("url", ""))):
            # Never sent off the machine: recorded at once as failed, not retried.
            self._record(
                state,
                endpoint,
                event,
                attempt,
                trigger,
                b"",
                {},
                None,
                b"",
                "not sent: the mock delivers only to loopback addresses",
            )
            return
        with self._wake:
            job = _Job(time.monotonic() + delay, next(self._sequence), endpoint_id, event, attempt, trigger)
            heapq.heappush(self._jobs, job)
            self._wake.notify_all()

    # -- the thread --------------------------------------------------------------------------------------------

    def _run(self) -> None:
        while True:
            with self._wake:
                while not self._stopping and (not self._jobs or self._jobs[0].due > time.monotonic()):
                    self._wake.wait(None if not self._jobs else max(self._jobs[0].due - time.monotonic(), 0.0))
                if self._stopping:
                    return
                job = heapq.heappop(self._jobs)
                generation = self._generation
                self._busy += 1
            try:
                self._attempt(job, generation)
            except Exception:  # a bug of the mock must not kill deliveries
                logger.exception("webhook delivery failed in the mock")
            finally:
                with self._wake:
                    self._busy -= 1
                    self._wake.notify_all()

    def _attempt(self, job: _Job, generation: int) -> None:
        with self._lock:
            state = self._state()
            endpoint = state.webhooks.get(job.endpoint_id)
            secret = state.webhook_secrets.get(job.endpoint_id)
            if endpoint is None or secret is None:
                return  # deleted (or the state replaced) since
            if job.trigger in ("event", "retry") and not endpoint.get("enabled", True):
                return  # disabled: automatic deliveries stop
            url = str(endpoint["url"])
        body = json.dumps(job.event, separators=(",", ":")).encode()
        headers = {
            "Content-Type": "application/json",
            "TokPortal-Event-Id": str(job.event["id"]),
            "TokPortal-Event-Type": str(job.event["type"]),
            "TokPortal-Signature": generate_signature_header(body, secret),
        }
        status: int | None = None
        answer, error = b"", None
        http = self._http
        assert http is not None
        try:
            response = http.post(url, content=body, headers=headers)
            status, answer = response.status_code, response.content[:65536]
        except httpx.HTTPError as exc:
            error = f"{type(exc).__name__}: {exc}"
        with self._lock:
            state = self._state()
            current = state.webhooks.get(job.endpoint_id)
            if current is None or generation != self._generation:
                return
            success = self._record(
                state, current, job.event, job.attempt, job.trigger, body, headers, status, answer, error
            )
            if not success and job.trigger in ("event", "retry") and job.attempt <= len(RETRY_SCHEDULE):
                delay = RETRY_SCHEDULE[job.attempt - 1] * self.time_factor
                self._schedule(state, job.endpoint_id, job.event, job.attempt + 1, "retry", delay)

    def _record(
        self,
        state: State,
        endpoint: Mapping[str, Any],
        event: JSONObject,
        attempt: int,
        trigger: Trigger,
        body: bytes,
        headers: Mapping[str, str],
        status: int | None,
        answer: bytes,
        error: str | None,
    ) -> bool:
        success = status is not None and 200 <= status < 300
        delivery_id = state.next_id("delivery")
        state.deliveries.setdefault(endpoint["id"], []).append(
            {"id": delivery_id, "event_type": event["type"], "success": success}
        )
        state.delivery_events[delivery_id] = event
        self.deliveries.append(
            Delivery(
                id=delivery_id,
                endpoint_id=str(endpoint["id"]),
                event_id=str(event["id"]),
                event_type=str(event["type"]),
                url=str(endpoint.get("url", "")),
                attempt=attempt,
                trigger=trigger,
                success=success,
                status_code=status,
                error=error,
                headers=dict(headers),
                body=body or json.dumps(event, separators=(",", ":")).encode(),
                response_body=answer,
                sent_at=event_time(),
            )
        )
        return success
