"""An integration test as a user of tokportal-client writes it: only the ``tokportal_mock`` fixture, which
the package's pytest plugin provides once ``tokportal-client[testing]`` is installed, and the standard library
(a local webhook receiver). Self-contained: no conftest, no project settings; it also runs in a fresh virtual
environment built from the wheel, and offline."""

from __future__ import annotations

import datetime
import hashlib
import http.server
import threading
from collections.abc import Iterator

import httpx
import pytest

from tokportal_client import (
    AuthenticationError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    PolicyConfirmationRequiredError,
    TokPortal,
)
from tokportal_client.testing import MockServer
from tokportal_client.webhooks import construct_event

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


# -- the mock as a full stand-in: storage, auth, TokPortal's side, webhook deliveries ---------------------------


class Receiver:
    """A webhook endpoint on a local port: records each delivery; answers the statuses it is given, then 204."""

    def __init__(self, *statuses: int) -> None:
        self.received: list[tuple[bytes, dict[str, str]]] = []
        pending = list(statuses)
        received = self.received

        class Hook(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                received.append((self.rfile.read(int(self.headers["Content-Length"])), dict(self.headers)))
                self.send_response(pending.pop(0) if pending else 204)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Hook)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/webhooks/tokportal"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    hook = Receiver()
    yield hook
    hook.close()


def order_configured_bundle(client: TokPortal) -> str:
    bundle_id = client.bundles.create_bundle(
        body={"bundle_type": "account_and_videos", "platform": "tiktok", "country": "USA", "videos_quantity": 1}
    ).data.bundle_id
    assert bundle_id is not None
    client.account_configuration.configure_bundle_account(
        bundle_id,
        body={
            "username": "launch.demo",
            "visible_name": "Launch Demo",
            "biography": "New drops every week.",
            "profile_picture_url": "profile-pictures/launch/avatar.png",
        },
    )
    client.videos.configure_bundle_video(
        bundle_id, 1, body={"video_type": "video", "description": "Teaser", "target_publish_date": IN_FIVE_DAYS}
    )
    return bundle_id


def test_presigned_upload_is_stored_with_its_sha256(tokportal_mock: MockServer) -> None:
    client = tokportal_mock.client()
    bundle_id = client.bundles.create_bundle(body={"bundle_type": "account_only", "country": "USA"}).data.bundle_id
    assert bundle_id is not None
    teaser = b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * 64
    video = client.uploads.upload_video_file(teaser, bundle_id=bundle_id, content_type="video/mp4")
    (upload,) = tokportal_mock.uploads
    assert upload.uploaded and upload.size == len(teaser)
    assert upload.sha256 == hashlib.sha256(teaser).hexdigest()
    assert httpx.get(video.public_url, trust_env=False).content == teaser


def test_no_key_is_a_401(tokportal_mock: MockServer) -> None:
    with TokPortal(api_key="sk_wrong", base_url=tokportal_mock.base_url, max_retries=0) as stranger:
        assert stranger.reference.list_countries().data  # public: no key needed
    response = httpx.get(tokportal_mock.base_url + "/me", trust_env=False)
    assert response.status_code == 401 and response.json()["error"]["code"] == "AUTH_MISSING_KEY"
    with (
        MockServer(api_key="sk_" + "1" * 64) as strict,
        TokPortal(api_key="sk_wrong", base_url=strict.base_url, max_retries=0) as stranger,
        pytest.raises(AuthenticationError),
    ):
        stranger.profile.get_current_user()


def test_an_unknown_country_is_refused_with_the_apis_code(tokportal_mock: MockServer) -> None:
    with pytest.raises(BadRequestError) as raised:
        tokportal_mock.client().bundles.create_bundle(body={"bundle_type": "account_only", "country": "Atlantis"})
    assert raised.value.code == "COUNTRY_NOT_ENABLED"


def test_advance_and_deliver_move_states_as_the_guide_says(tokportal_mock: MockServer) -> None:
    client = tokportal_mock.client()
    bundle_id = order_configured_bundle(client)
    client.bundles.publish_bundle(bundle_id)
    client.videos.publish_bundle_video(bundle_id, 1)
    tokportal_mock.advance(bundle_id, "accepted")
    assert client.bundles.get_bundle(bundle_id).data.status == "accepted"
    saved_account_id = tokportal_mock.review_account(bundle_id)
    assert client.bundles.list_bundles(account_status="in_review").data[0].id == bundle_id
    client.account_configuration.finalize_bundle_account(bundle_id)  # your code approves the account
    assert client.accounts.get_account(saved_account_id).data.username == "launch.demo"
    tokportal_mock.publish_video(bundle_id, 1)  # TokPortal's manager posts it
    assert client.videos.get_bundle_video(bundle_id, 1).data.status == "in_review"
    tokportal_mock.advance(bundle_id, "completed")
    assert client.bundles.get_bundle(bundle_id).data.status == "completed"
    assert client.videos.get_bundle_video(bundle_id, 1).data.status == "finalized"


def test_signed_deliveries_arrive_in_order(tokportal_mock: MockServer, receiver: Receiver) -> None:
    client = tokportal_mock.client()
    events = ["bundle.published", "video.published", "account.in_review", "account.finalized", "video.in_review"]
    endpoint = client.webhooks.create_webhook_endpoint(body={"url": receiver.url, "events": events}).data
    assert endpoint.signing_secret is not None
    bundle_id = order_configured_bundle(client)
    client.bundles.publish_bundle(bundle_id)
    client.videos.publish_bundle_video(bundle_id, 1)
    tokportal_mock.deliver_account(bundle_id)
    tokportal_mock.publish_video(bundle_id, 1)
    tokportal_mock.wait_for_deliveries()
    verified = [construct_event(body, headers, endpoint.signing_secret) for body, headers in receiver.received]
    assert [event.type for event in verified] == events
    assert all(event.data["bundle_id"] == bundle_id for event in verified)


def test_a_failing_receiver_is_retried(tokportal_mock: MockServer) -> None:
    failing = Receiver(500)
    try:
        client = tokportal_mock.client()
        endpoint = client.webhooks.create_webhook_endpoint(body={"url": failing.url, "events": ["bundle.created"]})
        client.bundles.create_bundle(body={"bundle_type": "account_only", "country": "USA"})
        tokportal_mock.wait_for_deliveries()
    finally:
        failing.close()
    deliveries = client.webhooks.list_webhook_deliveries(endpoint.data.id).data
    assert [d.to_dict()["success"] for d in reversed(deliveries)] == [False, True]
    assert [d.status_code for d in tokportal_mock.deliveries] == [500, 204]
