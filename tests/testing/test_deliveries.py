"""TokPortal's side of the lifecycle, driven by the test, and the webhook deliveries it causes: real signed POSTs
to a loopback receiver (standard library ``http.server``), retried on failure, recorded by the API and the mock."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import Any

import pytest

from tokportal_client import AsyncTokPortal, ConflictError, InsufficientCreditsError, TokPortal
from tokportal_client.testing import RETRY_SCHEDULE, MockServer
from tokportal_client.webhooks import construct_event

from .receiver import Receiver

DAY = (datetime.date.today() + datetime.timedelta(days=5)).isoformat()
PROFILE = {
    "username": "launch.demo",
    "visible_name": "Launch Demo",
    "biography": "New drops every week.",
    "profile_picture_url": "profile-pictures/launch/avatar.png",
}
VIDEO = {"video_type": "video", "description": "Teaser", "target_publish_date": DAY, "video_url": "videos/t.mp4"}
EVERYTHING = [
    "bundle.created",
    "bundle.published",
    "account.configured",
    "account.in_review",
    "account.finalized",
    "account.banned",
    "video.configured",
    "video.published",
    "video.in_review",
    "video.finalized",
]


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with Receiver() as server:
        yield server


@pytest.fixture
def client(tokportal_mock: MockServer) -> TokPortal:
    return tokportal_mock.client(max_retries=0)


def subscribe(client: TokPortal, url: str, events: list[str]) -> tuple[str, str]:
    endpoint = client.webhooks.create_webhook_endpoint(body={"url": url, "events": events}).data
    assert endpoint.signing_secret
    return str(endpoint.id), str(endpoint.signing_secret)


def published_bundle(client: TokPortal, *, platform: str = "tiktok", videos: int = 1) -> str:
    body: dict[str, Any] = {"bundle_type": "account_and_videos", "platform": platform, "country": "USA"}
    body["videos_quantity"] = videos
    bundle_id = str(client.bundles.create_bundle(body=body).data.bundle_id)
    client.account_configuration.configure_bundle_account(bundle_id, body=PROFILE)
    for position in range(1, videos + 1):
        client.videos.configure_bundle_video(bundle_id, position, body=VIDEO)
    client.bundles.publish_bundle(bundle_id)
    return bundle_id


def verified(receiver: Receiver, secret: str) -> list[Any]:
    """Every delivery the receiver got, verified as a receiver would (raw body, headers, secret)."""
    return [construct_event(received.body, received.headers, secret) for received in receiver.received]


def test_signed_deliveries_arrive_in_order_and_verify(
    tokportal_mock: MockServer, client: TokPortal, receiver: Receiver
) -> None:
    endpoint_id, secret = subscribe(client, receiver.url, EVERYTHING)
    bundle_id = published_bundle(client)
    client.videos.publish_bundle_video(bundle_id, 1)
    saved_id = tokportal_mock.deliver_account(bundle_id)
    tokportal_mock.publish_video(bundle_id, 1)
    tokportal_mock.finalize_video(bundle_id, 1)
    tokportal_mock.ban_account(saved_id)
    deliveries = tokportal_mock.wait_for_deliveries()

    events = verified(receiver, secret)
    assert [event.type for event in events] == [
        "bundle.created",
        "account.configured",
        "video.configured",
        "bundle.published",
        "video.published",
        "account.in_review",
        "account.finalized",
        "video.in_review",
        "video.finalized",
        "account.banned",
    ]
    assert all(d.success and d.attempt == 1 and d.status_code == 200 for d in deliveries)
    first = receiver.received[0]
    assert first.headers["TokPortal-Event-Id"] == events[0].id and events[0].id.startswith("evt_")
    assert first.headers["TokPortal-Event-Type"] == "bundle.created"
    finalized = events[6]
    assert finalized.data["saved_account_id"] == saved_id and finalized.data["bundle_id"] == bundle_id
    assert finalized.data["previous_status"] == "in_review" and finalized.api_version
    assert finalized.created_at is not None
    live = events[7].data
    assert live["position"] == 1 and live["platform_url"].startswith("https://www.tiktok.com/@launch.demo/video/")
    listed = [d.to_dict() for d in client.webhooks.list_webhook_deliveries(endpoint_id, per_page=100).data]
    assert [d["event_type"] for d in reversed(listed)] == [event.type for event in events]  # newest first


def test_a_failing_receiver_gets_retries_recorded_as_failed_then_succeeded(
    tokportal_mock: MockServer, client: TokPortal
) -> None:
    with Receiver(statuses=[500, 503]) as receiver:
        endpoint_id, secret = subscribe(client, receiver.url, ["bundle.created"])
        client.bundles.create_bundle(body={"bundle_type": "account_only", "country": "USA"})
        deliveries = tokportal_mock.wait_for_deliveries()
    assert [(d.attempt, d.trigger, d.status_code, d.success) for d in deliveries] == [
        (1, "event", 500, False),
        (2, "retry", 503, False),
        (3, "retry", 200, True),
    ]
    assert len({d.event_id for d in deliveries}) == 1  # the same event, signed afresh each time
    assert len({d.headers["TokPortal-Signature"] for d in deliveries}) >= 1
    assert [e.type for e in verified(receiver, secret)] == ["bundle.created"] * 3
    listed = client.webhooks.list_webhook_deliveries(endpoint_id).data
    assert [d.to_dict()["success"] for d in reversed(listed)] == [False, False, True]
    assert [d.to_dict()["success"] for d in client.webhooks.list_webhook_deliveries(endpoint_id, success=False).data]
    assert tokportal_mock.webhook_time_factor * RETRY_SCHEDULE[0] < 1  # compressed for tests


def test_retries_stop_after_the_schedule(tokportal_mock: MockServer, client: TokPortal) -> None:
    tokportal_mock.webhook_time_factor = 0
    with Receiver(statuses=[500] * (len(RETRY_SCHEDULE) + 5)) as receiver:
        subscribe(client, receiver.url, ["bundle.created"])
        client.bundles.create_bundle(body={"bundle_type": "account_only", "country": "USA"})
        deliveries = tokportal_mock.wait_for_deliveries()
    assert [d.attempt for d in deliveries] == list(range(1, len(RETRY_SCHEDULE) + 2))
    assert not any(d.success for d in deliveries)


def test_test_and_manual_retry_send_one_signed_attempt(
    tokportal_mock: MockServer, client: TokPortal, receiver: Receiver
) -> None:
    endpoint_id, secret = subscribe(client, receiver.url, ["bundle.published"])
    client.webhooks.test_webhook_endpoint(endpoint_id)
    tokportal_mock.wait_for_deliveries()
    (test_delivery,) = client.webhooks.list_webhook_deliveries(endpoint_id).data
    client.webhooks.retry_webhook_delivery(endpoint_id, test_delivery.id)
    deliveries = tokportal_mock.wait_for_deliveries()
    assert [(d.trigger, d.event_type) for d in deliveries] == [
        ("test", "webhook.test"),
        ("manual_retry", "webhook.test"),
    ]
    first, again = verified(receiver, secret)
    assert first.id == again.id  # the stored event, same id
    client.webhooks.update_webhook_endpoint(endpoint_id, body={"enabled": False})
    with pytest.raises(ConflictError):
        client.webhooks.retry_webhook_delivery(endpoint_id, test_delivery.id)


def test_only_subscribed_enabled_loopback_endpoints_receive(
    tokportal_mock: MockServer, client: TokPortal, receiver: Receiver
) -> None:
    subscribe(client, receiver.url, ["bundle.published"])  # not bundle.created
    disabled, _ = subscribe(client, receiver.url, ["bundle.created"])
    client.webhooks.update_webhook_endpoint(disabled, body={"enabled": False})
    remote, _ = subscribe(client, "https://hooks.acme.test/tokportal", ["bundle.created"])
    client.bundles.create_bundle(body={"bundle_type": "account_only", "country": "USA"})
    deliveries = tokportal_mock.wait_for_deliveries()
    assert receiver.received == []
    (offsite,) = deliveries  # recorded, never sent off the machine
    assert offsite.endpoint_id == remote and not offsite.success and offsite.status_code is None
    assert offsite.error and "loopback" in offsite.error


def test_nothing_is_delivered_for_a_dry_run_or_a_refused_request(
    tokportal_mock: MockServer, client: TokPortal, receiver: Receiver
) -> None:
    subscribe(client, receiver.url, ["bundle.created"])
    client.with_options(dry_run=True).bundles.create_bundle(body={"bundle_type": "account_only", "country": "USA"})
    tokportal_mock.state.credits = 0
    with pytest.raises(InsufficientCreditsError):
        client.bundles.create_bundle(body={"bundle_type": "account_only", "country": "USA"})
    assert tokportal_mock.wait_for_deliveries() == [] and receiver.received == []


def test_advance_follows_the_guides_lifecycle(tokportal_mock: MockServer, client: TokPortal) -> None:
    bundle_id = published_bundle(client, videos=2)
    client.videos.publish_bundle_video(bundle_id, 1)

    def statuses() -> tuple[str, str | None, list[str]]:
        bundle = client.bundles.get_bundle(bundle_id).data
        videos = [str(v.status) for v in client.videos.list_bundle_videos(bundle_id).data]
        return str(bundle.status), tokportal_mock.state.bundles[bundle_id]["account_status"], videos

    tokportal_mock.advance(bundle_id, "accepted")
    assert statuses() == ("accepted", "configured", ["accepted", "configured"])
    tokportal_mock.advance(bundle_id, "in_review")
    assert statuses() == ("in_review", "in_review", ["in_review", "configured"])
    saved_id = tokportal_mock.state.bundles[bundle_id]["saved_account_id"]
    assert client.accounts.get_account(saved_id).data.username == "launch.demo"
    tokportal_mock.advance(bundle_id, "completed")
    assert statuses() == ("completed", "finalized", ["finalized", "configured"])
    with pytest.raises(ValueError, match="cannot move back"):
        tokportal_mock.advance(bundle_id, "accepted")
    with pytest.raises(ValueError, match=r"^to: expected one of"):
        tokportal_mock.advance(bundle_id, "shipped")


def test_review_then_finalize_through_the_api(tokportal_mock: MockServer, client: TokPortal) -> None:
    bundle_id = published_bundle(client)
    saved_id = tokportal_mock.review_account(bundle_id)
    assert tokportal_mock.state.bundles[bundle_id]["account_status"] == "in_review"
    assert client.bundles.get_bundle(bundle_id).data.status == "accepted"
    client.account_configuration.finalize_bundle_account(bundle_id)  # the integration approves it
    assert tokportal_mock.state.bundles[bundle_id]["account_status"] == "finalized"
    assert client.accounts.get_account(saved_id).data.status == "active"
    tokportal_mock.ban_account(saved_id)
    assert client.accounts.get_account(saved_id).data.status == "banned"


def test_tokportal_side_refuses_what_tokportal_would_not_do(tokportal_mock: MockServer, client: TokPortal) -> None:
    draft = str(client.bundles.create_bundle(body={"bundle_type": "account_only", "country": "USA"}).data.bundle_id)
    with pytest.raises(ValueError, match="publish it first"):
        tokportal_mock.deliver_account(draft)
    bundle_id = published_bundle(client)
    with pytest.raises(ValueError, match="publish it through the API first"):
        tokportal_mock.publish_video(bundle_id, 1)  # configured, not published by the integration
    with pytest.raises(ValueError, match="no video slot 9"):
        tokportal_mock.publish_video(bundle_id, 9)
    with pytest.raises(ValueError, match="no bundle"):
        tokportal_mock.review_account("nope")
    with pytest.raises(ValueError, match="no saved account"):
        tokportal_mock.ban_account("nope")


async def test_an_async_integration_receives_the_same(tokportal_mock: MockServer, receiver: Receiver) -> None:
    async with tokportal_mock.async_client(max_retries=0) as aclient:
        assert isinstance(aclient, AsyncTokPortal)
        body = {"url": receiver.url, "events": EVERYTHING}
        endpoint = (await aclient.webhooks.create_webhook_endpoint(body=body)).data
        created = await aclient.bundles.create_bundle(body={"bundle_type": "account_only", "country": "GB"})
        assert created.data.country == "GBR"
    tokportal_mock.wait_for_deliveries()
    assert [e.type for e in verified(receiver, str(endpoint.signing_secret))] == ["bundle.created"]


def test_reset_forgets_deliveries(tokportal_mock: MockServer, client: TokPortal, receiver: Receiver) -> None:
    subscribe(client, receiver.url, ["bundle.created"])
    client.bundles.create_bundle(body={"bundle_type": "account_only", "country": "USA"})
    assert tokportal_mock.wait_for_deliveries()
    tokportal_mock.reset()
    assert tokportal_mock.deliveries == [] and tokportal_mock.wait_for_deliveries(timeout=1) == []
