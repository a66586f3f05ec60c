"""An integration test as a user of tokportal-client writes it: only the ``tokportal_mock`` fixture, which
the package's pytest plugin provides once ``tokportal-client[testing]`` is installed. Self-contained: no
conftest, no project settings; it also runs in a fresh virtual environment built from the wheel."""

from __future__ import annotations

import datetime

import pytest

from tokportal_client import ConflictError, NotFoundError, PolicyConfirmationRequiredError
from tokportal_client.testing import MockServer

IN_FIVE_DAYS = (datetime.date.today() + datetime.timedelta(days=5)).isoformat()


def test_create_configure_publish_and_list_back(tokportal_mock: MockServer) -> None:
    client = tokportal_mock.client()
    created = client.bundles.create_bundle(
        body={"bundle_type": "account_and_videos", "platform": "tiktok", "country": "USA", "videos_quantity": 1},
        idempotency_key="order-1",
    )
    bundle_id = created.data.bundle_id
    assert isinstance(bundle_id, str)
    assert client.bundles.get_bundle(bundle_id).data.next_action == "configure_account"

    client.account_configuration.configure_bundle_account(
        bundle_id,
        body={
            "username": "launch.demo",
            "visible_name": "Launch Demo",
            "biography": "New drops every week.",
            "profile_picture_url": "profile-pictures/launch/avatar.png",
        },
    )
    client.videos.batch_configure_bundle_videos(
        bundle_id,
        body={
            "videos": [
                {
                    "position": 1,
                    "video_type": "video",
                    "description": "Teaser",
                    "target_publish_date": IN_FIVE_DAYS,
                    "video_url": "https://media.example.com/teaser.mp4",
                }
            ]
        },
    )
    readiness = client.bundles.get_bundle_publish_readiness(bundle_id)
    assert readiness.data.ready and not readiness.data.blockers

    client.bundles.publish_bundle(bundle_id)

    listed = {bundle.id: bundle for bundle in client.bundles.iter_bundles(status="published")}
    assert listed[bundle_id].is_published and listed[bundle_id].next_action is None
    assert listed[bundle_id].videos_configured_count == 1


def test_unknown_bundle_is_not_found(tokportal_mock: MockServer) -> None:
    with pytest.raises(NotFoundError) as raised:
        tokportal_mock.client().bundles.get_bundle("nope-123")
    assert raised.value.code == "BUNDLE_NOT_FOUND"


def test_deleted_webhook_endpoint_is_gone(tokportal_mock: MockServer) -> None:
    client = tokportal_mock.client()
    endpoint = client.webhooks.create_webhook_endpoint(
        body={"url": "https://example.com/hooks/tokportal", "events": ["bundle.published"]}
    ).data
    client.webhooks.delete_webhook_endpoint(endpoint.id)
    with pytest.raises(NotFoundError):
        client.webhooks.get_webhook_endpoint(endpoint.id)
    assert endpoint.id not in [e.id for e in client.webhooks.iter_webhook_endpoints()]


def test_reusing_an_idempotency_key_for_another_order_conflicts(tokportal_mock: MockServer) -> None:
    client = tokportal_mock.client()
    order = {"bundle_type": "account_only", "platform": "tiktok", "country": "USA"}
    client.bundles.create_bundle(body=order, idempotency_key="order-42")
    with pytest.raises(ConflictError):
        client.bundles.create_bundle(body={**order, "platform": "instagram"}, idempotency_key="order-42")


def test_revealing_credentials_needs_the_policy_confirmed(tokportal_mock: MockServer) -> None:
    client = tokportal_mock.client()
    account_id = tokportal_mock.add_account(platform="tiktok")
    with pytest.raises(PolicyConfirmationRequiredError) as raised:
        client.accounts.reveal_account_credentials(account_id)
    version = raised.value.policy_version
    assert version
    revealed = client.accounts.reveal_account_credentials(
        account_id, body={"acknowledge_support_forfeit": True, "policy_version": version}
    )
    assert revealed.data is not None


def test_two_outages_then_success_with_one_idempotency_key(tokportal_mock: MockServer) -> None:
    tokportal_mock.fail_next(503, times=2)
    client = tokportal_mock.client(max_retries=2)
    created = client.bundles.create_bundle(body={"bundle_type": "account_only", "platform": "tiktok", "country": "USA"})
    assert created.data.bundle_id
    attempts = [r for r in tokportal_mock.requests if r.operation_id == "createBundle"]
    assert [r.status for r in attempts] == [503, 503, 201]
    keys = {r.idempotency_key for r in attempts}
    assert len(keys) == 1 and None not in keys
