"""The bundle lifecycle on Temporal: activities charged once, retried by the client's rules, and a sample workflow.

Needs the ``[temporal]`` extra (``pip install 'tokportal-client[temporal]'``).

* :class:`TokPortalActivities`: one activity per lifecycle step (create the bundle, configure its account and
  videos, upload a video, publish, finalize, read its state) plus :meth:`~TokPortalActivities.call` for any
  other operation. Every write carries ``idempotency_key_for(workflow id, activity id)``: the same on every
  attempt of that activity, on any worker, so a retry after a lost answer or a killed worker is not charged
  again (give activities stable ids, as :class:`BundleWorkflow` does, or keep Temporal's sequential ones).
  A failure becomes ``ApplicationError(non_retryable=..., next_retry_delay=...)`` from
  :func:`tokportal_client.jobs.retry_decision`: Temporal retries exactly what the client would replay and
  waits out a 429's ``Retry-After``.
* :class:`BundleWorkflow`: the bundles guide as a workflow (create, configure account, upload and schedule the
  videos at most 3 a day from 3 days ahead, publish, wait for TokPortal to deliver the account, finalize it,
  publish the videos, wait for ``video.published``). It waits for webhooks through the
  :data:`SIGNAL` signal, and reads the bundle itself every ``poll_seconds`` when none came (a missed delivery
  only slows it down).
* :class:`WebhookRouter`: verifies a delivery (:func:`tokportal_client.webhooks.construct_event`) and signals
  the workflow of its bundle (the workflow id is the bundle's ``external_ref``, set by
  :class:`BundleWorkflow`).

The secret-bearing operations (the presigned ``uploadVideo``, credential reveals, ...) are not activities here:
their results would land in the workflow's history. Write your own activity that keeps the secret out of its
result, and run it with ``retry_policy=activity_retry_policy(operation_id)``: one attempt, since a worker
killed after sending one must not send it again. The lifecycle here needs none (uploads use
``uploadVideoDirect``, which takes a key).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from temporalio import activity, workflow
from temporalio.common import RetryPolicy
from temporalio.exceptions import ApplicationError

with workflow.unsafe.imports_passed_through():
    from .._call_operation import find_operation
    from ..errors import TokPortalError
    from ..jobs import idempotency_key_for, retry_decision

if TYPE_CHECKING:
    from temporalio.client import Client

    from .._client import AsyncTokPortal

__all__ = [
    "LEAD_DAYS",
    "MAX_VIDEOS_PER_DAY",
    "SIGNAL",
    "BundleOrder",
    "BundleWorkflow",
    "TokPortalActivities",
    "VideoPlan",
    "WebhookRouter",
    "activity_retry_policy",
    "application_error",
    "publish_dates",
    "workflow_runner",
]

SIGNAL = "tokportal_event"
"""The signal a :class:`WebhookRouter` sends: one verified webhook event as ``{"id", "type", "data"}``."""
MAX_VIDEOS_PER_DAY = 3
"""TokPortal posts at most 3 videos per target day per bundle (VIDEOS_PER_DAY_EXCEEDED past that)."""
LEAD_DAYS = 3
"""A new account's first video is scheduled at least 3 days ahead."""


def publish_dates(
    today: datetime.date, count: int, *, lead_days: int = LEAD_DAYS, per_day: int = MAX_VIDEOS_PER_DAY
) -> list[str]:
    """Target publish dates (``YYYY-MM-DD``) for ``count`` videos: from ``today + lead_days``, ``per_day`` a day."""
    if count < 0 or lead_days < 0 or per_day < 1:
        raise ValueError("publish_dates: expected count >= 0, lead_days >= 0 and per_day >= 1")
    first = today + datetime.timedelta(days=lead_days)
    return [(first + datetime.timedelta(days=index // per_day)).isoformat() for index in range(count)]


def application_error(error: BaseException, *, operation: str | None = None) -> ApplicationError:
    """The ``ApplicationError`` an activity raises for ``error``: non-retryable unless
    :func:`~tokportal_client.jobs.retry_decision` allows a retry, with ``next_retry_delay`` from ``Retry-After``.

    The message is the error's own (never a secret: the client's errors hold none); its class name is the type.
    """
    retry, delay = retry_decision(error, operation=operation)
    return ApplicationError(
        str(error),
        type=type(error).__name__,
        non_retryable=not retry,
        next_retry_delay=datetime.timedelta(seconds=delay) if delay is not None else None,
    )


def activity_retry_policy(operation_id: str, **options: Any) -> RetryPolicy:
    """A Temporal retry policy for the activity calling ``operation_id``: one attempt for a secret-bearing
    operation (its request may have reached TokPortal), else Temporal's defaults (``options`` override)."""
    if find_operation(operation_id).sensitive:
        return RetryPolicy(maximum_attempts=1)
    return RetryPolicy(**options)


def workflow_runner() -> Any:
    """Temporal's workflow sandbox, with this package passed through (it is deterministic and need not be
    re-imported per workflow run): ``Worker(..., workflow_runner=workflow_runner())``."""
    from temporalio.worker.workflow_sandbox import SandboxedWorkflowRunner, SandboxRestrictions

    return SandboxedWorkflowRunner(
        restrictions=SandboxRestrictions.default.with_passthrough_modules("tokportal_client", "httpx", "attrs")
    )


def _plain(result: Any) -> Any:
    """A result as JSON-ready data for Temporal's history (models by ``to_dict``; text and None as they are)."""
    to_dict = getattr(result, "to_dict", None)
    return to_dict() if callable(to_dict) else result


class TokPortalActivities:
    """The lifecycle's activities, on one :class:`~tokportal_client.AsyncTokPortal` per worker process.

    ``client`` is the client, or a function returning it (called once, on first use, in the worker process):
    give it a :class:`~tokportal_client.ratelimit.RedisRateLimiter` so that every worker shares one limit.
    Register them with ``Worker(..., activities=TokPortalActivities(client).all())``.
    """

    def __init__(self, client: AsyncTokPortal | Callable[[], AsyncTokPortal]) -> None:
        self._client = client if callable(client) else None
        self._built: AsyncTokPortal | None = None if callable(client) else client

    @property
    def client(self) -> AsyncTokPortal:
        if self._built is None:
            assert self._client is not None
            self._built = self._client()
        return self._built

    def all(self) -> list[Callable[..., Any]]:
        """Every activity, for ``Worker(activities=...)``."""
        return [
            self.call,
            self.create_bundle,
            self.configure_account,
            self.configure_videos,
            self.upload_video,
            self.publish_bundle,
            self.publish_videos,
            self.finalize_account,
            self.finalize_video,
            self.read_bundle,
        ]

    async def _call(
        self,
        operation_id: str,
        *,
        path: Mapping[str, Any] | None = None,
        body: Any = None,
        query: Mapping[str, Any] | None = None,
    ) -> Any:
        operation = find_operation(operation_id)
        if operation.sensitive:
            raise ApplicationError(
                f"{operation.operation_id} returns a secret, which an activity result would store in the workflow's "
                "history: call it in an activity of your own that keeps the secret out of its result (for example "
                "in your vault, returning a reference), with retry_policy=activity_retry_policy(...)",
                type="SecretBearingOperation",
                non_retryable=True,
            )
        options: dict[str, Any] = {}
        if operation.takes_idempotency_key:
            info = activity.info()
            step = info.activity_id
            if operation.body == "multipart":
                # A multipart body gets a new random boundary on every call, so a second attempt is a different
                # request: under the same key TokPortal would refuse it (key reused). Each attempt keys its own.
                step = f"{step}/attempt-{info.attempt}"
            options["idempotency_key"] = idempotency_key_for(info.workflow_id or info.activity_id, step)
        try:
            result = await self.client.call_operation(operation_id, path=path, query=query, body=body, **options)
        except (TokPortalError, ValueError, TypeError) as error:  # bad input is final too
            raise application_error(error, operation=operation.operation_id) from None
        return _plain(result)

    @activity.defn(name="tokportal.call")
    async def call(
        self,
        operation_id: str,
        path: dict[str, Any] | None = None,
        body: Any = None,
        query: dict[str, Any] | None = None,
    ) -> Any:
        """Any operation by its operationId (``client.call_operation``), with the activity's key on a write.

        Not the secret-bearing ones (their results would be stored in the workflow's history): those fail at
        once, before sending, with a non-retryable ``SecretBearingOperation`` error."""
        return await self._call(operation_id, path=path, body=body, query=query)

    @activity.defn(name="tokportal.create_bundle")
    async def create_bundle(self, body: dict[str, Any]) -> Any:
        return await self._call("createBundle", body=body)

    @activity.defn(name="tokportal.configure_account")
    async def configure_account(self, bundle_id: str, body: dict[str, Any]) -> Any:
        return await self._call("configureBundleAccount", path={"id": bundle_id}, body=body)

    @activity.defn(name="tokportal.configure_videos")
    async def configure_videos(self, bundle_id: str, videos: list[dict[str, Any]]) -> Any:
        return await self._call("batchConfigureBundleVideos", path={"id": bundle_id}, body={"videos": videos})

    @activity.defn(name="tokportal.upload_video")
    async def upload_video(self, bundle_id: str, file_path: str) -> Any:
        """Upload a video file the worker can read (``uploadVideoDirect``, free of charge). The client's own
        retries resend the same bytes under one key; a new attempt of the activity uploads again under a key of
        its own (a multipart body differs between calls), so an attempt whose answer was lost leaves an unused
        copy, never a failure."""
        return await self._call("uploadVideoDirect", body={"file": file_path, "bundle_id": bundle_id})

    @activity.defn(name="tokportal.publish_bundle")
    async def publish_bundle(self, bundle_id: str) -> Any:
        return await self._call("publishBundle", path={"id": bundle_id})

    @activity.defn(name="tokportal.publish_videos")
    async def publish_videos(self, bundle_id: str) -> Any:
        return await self._call("publishAllBundleVideos", path={"id": bundle_id})

    @activity.defn(name="tokportal.finalize_account")
    async def finalize_account(self, bundle_id: str) -> Any:
        return await self._call("finalizeBundleAccount", path={"id": bundle_id})

    @activity.defn(name="tokportal.finalize_video")
    async def finalize_video(self, bundle_id: str, position: int) -> Any:
        return await self._call("finalizeBundleVideo", path={"id": bundle_id, "position": position})

    @activity.defn(name="tokportal.read_bundle")
    async def read_bundle(self, bundle_id: str) -> Any:
        return await self._call("getBundle", path={"id": bundle_id})


# -- the sample workflow ---------------------------------------------------------------------------------------------


@dataclass
class VideoPlan:
    """One video of an order: a file the workers can read, and its caption."""

    file_path: str
    description: str


@dataclass
class BundleOrder:
    """What :class:`BundleWorkflow` orders: an account (its profile) and its videos, in one country."""

    country: str
    username: str
    visible_name: str
    biography: str
    profile_picture_url: str
    videos: list[VideoPlan] = field(default_factory=list)
    platform: str = "tiktok"
    poll_seconds: float = 600.0
    """How long to wait for a webhook before reading the bundle instead."""
    activity_timeout_seconds: float = 60.0


_ACCOUNT_DELIVERED = frozenset({"in_review", "finalized"})


@workflow.defn(name="TokPortalBundle")
class BundleWorkflow:
    """The bundles guide, from the order to every video ``published`` (see the module docstring)."""

    def __init__(self) -> None:
        self._events: list[dict[str, Any]] = []
        self._bundle: dict[str, Any] = {}

    @workflow.signal(name=SIGNAL)
    def tokportal_event(self, event: dict[str, Any]) -> None:
        """A verified webhook event about this workflow's bundle (from :class:`WebhookRouter`)."""
        self._events.append(event)

    @workflow.query(name="events")
    def events(self) -> list[dict[str, Any]]:
        return list(self._events)

    async def _step(self, function: Callable[..., Any], step: str, *args: Any, timeout: float) -> Any:
        return await workflow.execute_activity_method(
            function,
            args=list(args),
            activity_id=step,
            start_to_close_timeout=datetime.timedelta(seconds=timeout),
            retry_policy=RetryPolicy(
                initial_interval=datetime.timedelta(seconds=1),
                maximum_interval=datetime.timedelta(seconds=30),
            ),
        )

    def _seen(self, kind: str, position: int | None = None) -> bool:
        return any(
            event.get("type") == kind and (position is None or event.get("data", {}).get("position") == position)
            for event in self._events
        )

    async def _wait(self, bundle_id: str, done: Callable[[], bool], step: str, poll: float, timeout: float) -> None:
        """Until ``done()``: wake on each signal, and read the bundle after ``poll`` seconds without one."""
        reads = 0
        while not done():
            try:
                await workflow.wait_condition(done, timeout=datetime.timedelta(seconds=poll))
            except TimeoutError:
                reads += 1
                self._bundle = await self._step(
                    TokPortalActivities.read_bundle, f"{step}-read-{reads}", bundle_id, timeout=timeout
                )

    def _bundle_data(self) -> dict[str, Any]:
        data = self._bundle.get("data")
        return data if isinstance(data, dict) else {}

    @workflow.run
    async def run(self, order: BundleOrder) -> dict[str, Any]:
        timeout, poll = order.activity_timeout_seconds, order.poll_seconds
        acts = TokPortalActivities
        created = await self._step(
            acts.create_bundle,
            "create-bundle",
            {
                "bundle_type": "account_and_videos",
                "platform": order.platform,
                "country": order.country,
                "videos_quantity": len(order.videos),
                "external_ref": workflow.info().workflow_id,
            },
            timeout=timeout,
        )
        bundle_id: str = created["data"]["bundle_id"]
        profile = {
            "username": order.username,
            "visible_name": order.visible_name,
            "biography": order.biography,
            "profile_picture_url": order.profile_picture_url,
        }
        await self._step(acts.configure_account, "configure-account", bundle_id, profile, timeout=timeout)
        urls = []
        for position, video in enumerate(order.videos, start=1):
            uploaded = await self._step(
                acts.upload_video, f"upload-{position}", bundle_id, video.file_path, timeout=timeout
            )
            urls.append(uploaded["data"]["public_url"])
        dates = publish_dates(workflow.now().date(), len(order.videos))
        videos = [
            {
                "position": position,
                "video_type": "video",
                "description": video.description,
                "video_url": url,
                "target_publish_date": day,
            }
            for position, (video, url, day) in enumerate(zip(order.videos, urls, dates, strict=True), start=1)
        ]
        await self._step(acts.configure_videos, "configure-videos", bundle_id, videos, timeout=timeout)
        await self._step(acts.publish_bundle, "publish-bundle", bundle_id, timeout=timeout)

        def delivered() -> bool:
            status = self._bundle_data().get("account_status")
            return self._seen("account.in_review") or status in _ACCOUNT_DELIVERED

        await self._wait(bundle_id, delivered, "wait-account", poll, timeout)
        await self._step(acts.finalize_account, "finalize-account", bundle_id, timeout=timeout)
        await self._step(acts.publish_videos, "publish-videos", bundle_id, timeout=timeout)

        def published() -> bool:
            slots = self._bundle_data().get("videos") or []
            read = {slot.get("position") for slot in slots if slot.get("status") == "published"}
            return all(self._seen("video.published", p) or p in read for p in range(1, len(order.videos) + 1))

        await self._wait(bundle_id, published, "wait-videos", poll, timeout)
        return {"bundle_id": bundle_id, "dates": dates, "events": [event.get("type") for event in self._events]}


# -- webhooks to signals ---------------------------------------------------------------------------------------------


class WebhookRouter:
    """Verify a TokPortal delivery and signal the workflow of its bundle.

    ``workflow_id_for(bundle_id)`` names that workflow; by default it is the bundle's ``external_ref``
    (read once per bundle with ``getBundle``, then cached), which :class:`BundleWorkflow` sets to its own id.
    Mount :meth:`deliver` in any web framework: pass the raw body and the headers; answer 2xx when it returns.
    """

    def __init__(
        self,
        temporal: Client,
        tokportal: AsyncTokPortal,
        secret: str | Sequence[str],
        *,
        workflow_id_for: Callable[[str], Any] | None = None,
    ) -> None:
        self._temporal = temporal
        self._tokportal = tokportal
        self._secret = secret
        self._workflow_id_for = workflow_id_for
        self._workflow_ids: dict[str, str] = {}

    def __repr__(self) -> str:
        return f"{type(self).__name__}(secret=<redacted>)"

    async def _workflow_id(self, bundle_id: str) -> str | None:
        if self._workflow_id_for is not None:
            found = await _maybe_await(self._workflow_id_for(bundle_id))
            return None if found is None else str(found)
        known = self._workflow_ids.get(bundle_id)
        if known is None:
            bundle = await self._tokportal.bundles.get_bundle(bundle_id)
            reference = bundle.data.external_ref
            if not isinstance(reference, str) or not reference:
                return None  # a bundle no workflow ordered
            known = self._workflow_ids[bundle_id] = reference
        return known

    async def deliver(self, body: bytes, headers: Mapping[str, str]) -> str | None:
        """Verify the delivery (raises :class:`~tokportal_client.webhooks.WebhookVerificationError`) and signal
        its workflow; returns the workflow id, or None for an event about no bundle, a bundle without a workflow
        (no ``external_ref``) or a workflow that is over (answer 2xx then too: TokPortal need not deliver it
        again)."""
        from ..webhooks import construct_event

        event = construct_event(body, headers, self._secret)
        bundle_id = event.data.get("bundle_id")
        if not isinstance(bundle_id, str):
            return None
        workflow_id = await self._workflow_id(bundle_id)
        if workflow_id is None:
            return None
        payload = {"id": event.id, "type": str(event.type), "data": event.data}
        from temporalio.service import RPCError, RPCStatusCode

        try:
            await self._temporal.get_workflow_handle(workflow_id).signal(SIGNAL, payload)
        except RPCError as error:
            if error.status != RPCStatusCode.NOT_FOUND:
                raise
            return None  # the workflow is over (it read the state itself first): nothing left to tell it
        return workflow_id


async def _maybe_await(value: Any) -> Any:
    import inspect

    return await value if inspect.isawaitable(value) else value
