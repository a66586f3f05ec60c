"""The mock behaves like TokPortal: 404s with TokPortal's codes, state that persists, the idempotency and 428
policy flows, the bundles guide's readiness rules, and credits that move with each priced call."""

from __future__ import annotations

import datetime
from typing import Any

import httpx
import pytest

from tokportal_client import (
    BadRequestError,
    ConflictError,
    InsufficientCreditsError,
    NotFoundError,
    PolicyConfirmationRequiredError,
    TokPortal,
)
from tokportal_client.testing import MockServer

DAY = datetime.date.today() + datetime.timedelta(days=5)
PROFILE = {
    "username": "launch.demo",
    "visible_name": "Launch Demo",
    "biography": "New drops every week.",
    "profile_picture_url": "profile-pictures/launch/avatar.png",
}


def video(position: int, day: datetime.date = DAY) -> dict[str, Any]:
    return {
        "position": position,
        "video_type": "video",
        "description": f"Video {position}",
        "target_publish_date": day.isoformat(),
    }


def new_bundle(client: TokPortal, *, videos: int = 2, bundle_type: str = "account_and_videos") -> str:
    body: dict[str, Any] = {"bundle_type": bundle_type, "platform": "tiktok", "country": "USA"}
    if videos:
        body["videos_quantity"] = videos
    bundle_id = client.bundles.create_bundle(body=body).data.bundle_id
    assert isinstance(bundle_id, str)
    return bundle_id


def ready_bundle(client: TokPortal) -> str:
    bundle_id = new_bundle(client)
    client.account_configuration.configure_bundle_account(bundle_id, body=PROFILE)
    client.videos.configure_bundle_video(bundle_id, 1, body={k: v for k, v in video(1).items() if k != "position"})
    return bundle_id


@pytest.fixture
def client(tokportal_mock: MockServer) -> TokPortal:
    return tokportal_mock.client(max_retries=0)


@pytest.fixture(autouse=True)
def no_violations(tokportal_mock: MockServer) -> Any:
    yield
    assert not tokportal_mock.violations, tokportal_mock.violations


# -- 404s ------------------------------------------------------------------------------------------------------


def test_unknown_ids_are_404s_with_tokportals_codes(client: TokPortal, tokportal_mock: MockServer) -> None:
    bundle_id = new_bundle(client, videos=1)
    calls = [
        (lambda: client.bundles.get_bundle("nope-123"), "BUNDLE_NOT_FOUND"),
        (lambda: client.bundles.publish_bundle("nope-123"), "BUNDLE_NOT_FOUND"),
        (lambda: client.account_configuration.get_bundle_account("nope-123"), "BUNDLE_NOT_FOUND"),
        (lambda: client.videos.get_bundle_video(bundle_id, 2), "VIDEO_NOT_FOUND"),
        (lambda: client.analytics.get_video_analytics("nope-123"), "VIDEO_NOT_FOUND"),
        (lambda: client.accounts.get_account("nope-123"), "SAVED_ACCOUNT_NOT_FOUND"),
        (lambda: client.accounts.reveal_account_credentials("nope-123"), "SAVED_ACCOUNT_NOT_FOUND"),
        (lambda: client.analytics.get_analytics_account("nope-123"), "ACCOUNT_NOT_FOUND"),
        (lambda: client.comments.get_comment_task("nope-123"), "COMMENT_TASK_NOT_FOUND"),
        (lambda: client.webhooks.get_webhook_endpoint("nope-123"), "NOT_FOUND"),
    ]
    for call, code in calls:
        with pytest.raises(NotFoundError) as raised:
            call()
        assert raised.value.code == code


def test_a_deleted_webhook_endpoint_is_gone(client: TokPortal) -> None:
    endpoint = client.webhooks.create_webhook_endpoint(
        body={"url": "https://example.com/hooks", "events": ["bundle.published"]}
    ).data
    client.webhooks.test_webhook_endpoint(endpoint.id)
    deliveries = client.webhooks.list_webhook_deliveries(endpoint.id).data
    assert [d.to_dict()["event_type"] for d in deliveries] == ["webhook.test"]
    client.webhooks.delete_webhook_endpoint(endpoint.id)
    for call in (
        lambda: client.webhooks.get_webhook_endpoint(endpoint.id),
        lambda: client.webhooks.delete_webhook_endpoint(endpoint.id),
        lambda: client.webhooks.retry_webhook_delivery(endpoint.id, deliveries[0].id),
    ):
        with pytest.raises(NotFoundError):
            call()
    assert client.webhooks.list_webhook_endpoints().data == []


# -- state that persists -----------------------------------------------------------------------------------------


def test_configuring_and_publishing_persist(client: TokPortal) -> None:
    bundle_id = new_bundle(client, videos=3)
    client.account_configuration.configure_bundle_account(bundle_id, body=PROFILE)
    client.videos.batch_configure_bundle_videos(bundle_id, body={"videos": [video(1), video(3)]})
    bundle = client.bundles.get_bundle(bundle_id).data
    assert bundle.account_configured and bundle.account is not None and bundle.account.username == "launch.demo"
    assert bundle.videos_configured_count == 2
    assert [v.status for v in bundle.videos or []] == ["configured", "pending", "configured"]
    assert client.videos.get_bundle_video(bundle_id, 3).data.description == "Video 3"

    client.bundles.publish_bundle(bundle_id)
    assert client.bundles.get_bundle(bundle_id).data.status == "published"
    assert [b.id for b in client.bundles.list_bundles(status="published").data] == [bundle_id]
    client.bundles.unpublish_bundle(bundle_id)
    assert client.bundles.get_bundle(bundle_id).data.status == "pending_setup"
    assert client.bundles.list_bundles(status="published").data == []
    with pytest.raises(ConflictError) as raised:
        client.bundles.unpublish_bundle(bundle_id)
    assert raised.value.code == "BUNDLE_INVALID_STATUS" and raised.value.details["current_status"] == "pending_setup"


def test_updates_persist_and_an_empty_patch_is_refused(client: TokPortal) -> None:
    bundle_id = new_bundle(client, videos=1)
    endpoint_id = client.webhooks.create_webhook_endpoint(
        body={"url": "https://example.com/hooks", "events": ["bundle.published"]}
    ).data.id
    client.bundles.update_bundle(bundle_id, body={"title": "Launch", "external_ref": "campaign-1"})
    client.videos.patch_bundle_video(bundle_id, 1, body={"name": "Teaser"})
    client.webhooks.update_webhook_endpoint(endpoint_id, body={"enabled": False})
    assert client.bundles.get_bundle(bundle_id).data.title == "Launch"
    assert client.bundles.list_bundles(external_ref="campaign-1").data[0].id == bundle_id
    assert client.videos.get_bundle_video(bundle_id, 1).data.name == "Teaser"
    assert client.videos.get_bundle_video(bundle_id, 1).data.status == "pending"  # metadata only
    assert client.webhooks.get_webhook_endpoint(endpoint_id).data.enabled is False
    for call in (
        lambda: client.bundles.update_bundle(bundle_id, body={}),
        lambda: client.videos.patch_bundle_video(bundle_id, 1, body={}),
        lambda: client.webhooks.update_webhook_endpoint(endpoint_id, body={}),
    ):
        with pytest.raises(BadRequestError) as raised:
            call()
        assert raised.value.code == "VALIDATION_ERROR"


def test_external_ref_is_unique_per_user(client: TokPortal) -> None:
    first, second = new_bundle(client, videos=1), new_bundle(client, videos=1)
    client.bundles.update_bundle(first, body={"external_ref": "campaign-1"})
    with pytest.raises(ConflictError) as raised:
        client.bundles.update_bundle(second, body={"external_ref": "campaign-1"})
    assert raised.value.code == "DUPLICATE_EXTERNAL_REF"


def test_the_state_can_be_played_from_tokportals_side(client: TokPortal, tokportal_mock: MockServer) -> None:
    bundle_id = ready_bundle(client)
    with pytest.raises(ConflictError) as raised:
        client.account_configuration.finalize_bundle_account(bundle_id)
    assert raised.value.code == "ACCOUNT_INVALID_STATUS"
    tokportal_mock.state.bundles[bundle_id]["account_status"] = "in_review"  # TokPortal's manager delivered it
    client.account_configuration.finalize_bundle_account(bundle_id)
    assert client.bundles.get_bundle(bundle_id).data.account_status == "finalized"


# -- idempotency -------------------------------------------------------------------------------------------------


def test_an_idempotency_key_replays_the_same_request_and_refuses_another(
    client: TokPortal, tokportal_mock: MockServer
) -> None:
    order = {"bundle_type": "account_only", "platform": "tiktok", "country": "USA"}
    first = client.with_raw_response.bundles.create_bundle(body=order, idempotency_key="order-1")
    again = client.with_raw_response.bundles.create_bundle(body=order, idempotency_key="order-1")
    assert again.idempotent_replayed and again.parsed.data.bundle_id == first.parsed.data.bundle_id
    assert len(client.bundles.list_bundles().data) == 1
    credits = tokportal_mock.state.credits
    with pytest.raises(ConflictError) as raised:
        client.bundles.create_bundle(body={**order, "country": "GBR"}, idempotency_key="order-1")
    assert raised.value.code == "IDEMPOTENCY_KEY_REUSED"
    assert tokportal_mock.state.credits == credits and len(client.bundles.list_bundles().data) == 1


def test_an_idempotency_key_on_a_secret_bearing_operation_is_refused(tokportal_mock: MockServer) -> None:
    account_id = tokportal_mock.add_account()
    response = httpx.post(
        f"{tokportal_mock.base_url}/accounts/{account_id}/reveal-credentials",
        headers={"X-API-Key": tokportal_mock.api_key, "Idempotency-Key": "k-1"},
        trust_env=False,
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "IDEMPOTENCY_KEY_NOT_ALLOWED_FOR_SENSITIVE_RESPONSE"


# -- the 428 policy flow ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("operation", ["reveal_account_credentials", "retrieve_account_verification_code"])
def test_first_access_needs_the_policy_confirmed_and_is_charged_once(
    client: TokPortal, tokportal_mock: MockServer, operation: str
) -> None:
    account_id = tokportal_mock.add_account()
    reveal = getattr(client.accounts, operation)
    credits = tokportal_mock.state.credits
    with pytest.raises(PolicyConfirmationRequiredError) as raised:
        reveal(account_id)
    version = raised.value.policy_version
    assert version and tokportal_mock.state.credits == credits
    with pytest.raises(ConflictError) as changed:
        reveal(account_id, body={"acknowledge_support_forfeit": True, "policy_version": version + "-old"})
    assert changed.value.code == "CREDENTIAL_REVEAL_QUOTE_CHANGED"
    assert changed.value.details["policy_version"] == version and tokportal_mock.state.credits == credits
    reveal(account_id, body={"acknowledge_support_forfeit": True, "policy_version": version})
    charged = credits - tokportal_mock.state.credits
    assert charged == changed.value.details["expected_credit_cost"] > 0
    reveal(account_id)  # the first access happened: no more confirmation, no more charge
    assert tokportal_mock.state.credits == credits - charged


def test_first_access_without_the_credits_is_a_402(tokportal_mock: MockServer) -> None:
    tokportal_mock.state.credits = 10
    account_id = tokportal_mock.add_account()
    with pytest.raises(InsufficientCreditsError) as raised:
        tokportal_mock.client().accounts.reveal_account_credentials(
            account_id, body={"acknowledge_support_forfeit": True, "policy_version": "managed-credential-reveal-v1"}
        )
    assert raised.value.details["available"] == 10


# -- readiness and next_action (the bundles guide) ------------------------------------------------------------------


def test_readiness_and_next_action_follow_the_guide(client: TokPortal, tokportal_mock: MockServer) -> None:
    bundle_id = new_bundle(client, videos=2)

    def state() -> tuple[str | None, list[str]]:
        readiness = client.bundles.get_bundle_publish_readiness(bundle_id).data
        assert readiness.ready is (not readiness.blockers)
        return client.bundles.get_bundle(bundle_id).data.next_action, [str(b.code) for b in readiness.blockers]

    assert state() == ("configure_account", ["ACCOUNT_NOT_CONFIGURED", "NO_VIDEOS_CONFIGURED"])
    client.account_configuration.configure_bundle_account(bundle_id, body={"username": "a.b", "visible_name": "A B"})
    next_action, codes = state()
    assert (next_action, codes) == ("configure_account", ["ACCOUNT_MISSING_FIELDS", "NO_VIDEOS_CONFIGURED"])
    details = client.bundles.get_bundle_publish_readiness(bundle_id).data.blockers[0].details
    assert details is not None and details.to_dict() == {"missing_fields": ["profile_picture_url"]}
    client.account_configuration.configure_bundle_account(bundle_id, body=PROFILE)
    assert state() == ("configure_videos", ["NO_VIDEOS_CONFIGURED"])
    with pytest.raises(ConflictError) as raised:
        client.bundles.publish_bundle(bundle_id)
    assert raised.value.code == "NO_VIDEOS_CONFIGURED"
    client.videos.configure_bundle_video(bundle_id, 2, body={k: v for k, v in video(2).items() if k != "position"})
    assert state() == ("publish_bundle", [])
    client.bundles.publish_bundle(bundle_id)
    assert state() == (None, ["BUNDLE_ALREADY_PUBLISHED"])
    tokportal_mock.state.bundles[bundle_id]["status"] = "cancelled"
    assert state() == (None, ["BUNDLE_NOT_IN_SETUP"])
    tokportal_mock.state.bundles[bundle_id].update(status="pending_setup", account_status=None)
    assert state() == ("configure_account", ["ACCOUNT_MISSING"])


def test_an_account_only_bundle_needs_no_videos_and_auto_publish_publishes(client: TokPortal) -> None:
    account_only = new_bundle(client, videos=0, bundle_type="account_only")
    client.account_configuration.configure_bundle_account(account_only, body=PROFILE)
    assert client.bundles.get_bundle_publish_readiness(account_only).data.ready
    bundle_id = new_bundle(client, videos=1)
    client.account_configuration.configure_bundle_account(bundle_id, body=PROFILE)
    client.videos.configure_bundle_video(
        bundle_id, 1, body={**{k: v for k, v in video(1).items() if k != "position"}, "auto_publish": True}
    )
    assert client.bundles.get_bundle(bundle_id).data.is_published


def test_a_published_bundle_keeps_its_account(client: TokPortal) -> None:
    bundle_id = ready_bundle(client)
    client.bundles.publish_bundle(bundle_id)
    with pytest.raises(ConflictError) as raised:
        client.account_configuration.configure_bundle_account(bundle_id, body=PROFILE)
    assert raised.value.code == "BUNDLE_ALREADY_PUBLISHED"


# -- videos ----------------------------------------------------------------------------------------------------------


def test_scheduling_rules(client: TokPortal) -> None:
    bundle_id = new_bundle(client, videos=5)
    tomorrow = datetime.date.today() + datetime.timedelta(days=1)
    with pytest.raises(BadRequestError) as early:
        client.videos.batch_configure_bundle_videos(bundle_id, body={"videos": [video(1, tomorrow)]})
    assert early.value.code == "VALIDATION_ERROR" and "target_publish_date" in early.value.message
    with pytest.raises(BadRequestError) as crowded:
        client.videos.batch_configure_bundle_videos(bundle_id, body={"videos": [video(n) for n in range(1, 5)]})
    assert crowded.value.code == "VIDEOS_PER_DAY_EXCEEDED" and crowded.value.details["current_count"] == 4
    assert client.bundles.get_bundle(bundle_id).data.videos_configured_count == 0  # a refused batch changes nothing
    with pytest.raises(NotFoundError):
        client.videos.batch_configure_bundle_videos(bundle_id, body={"videos": [video(6)]})


def test_video_lifecycle(client: TokPortal, tokportal_mock: MockServer) -> None:
    bundle_id = ready_bundle(client)
    with pytest.raises(ConflictError) as not_published:
        client.videos.publish_bundle_video(bundle_id, 1)
    assert not_published.value.code == "BUNDLE_INVALID_STATUS"
    client.bundles.publish_bundle(bundle_id)
    with pytest.raises(ConflictError) as pending:
        client.videos.publish_bundle_video(bundle_id, 2)
    assert pending.value.code == "INVALID_STATUS_TRANSITION" and pending.value.details["current_status"] == "pending"
    assert client.videos.publish_bundle_video(bundle_id, 1).data.status == "published"
    with pytest.raises(ConflictError):
        client.videos.finalize_bundle_video(bundle_id, 1)
    tokportal_mock.state.videos[bundle_id][0]["status"] = "in_review"
    assert client.videos.finalize_bundle_video(bundle_id, 1).data.status == "finalized"
    client.videos.reset_bundle_video(bundle_id, 1)
    assert client.videos.get_bundle_video(bundle_id, 1).data.status == "pending"


def test_csv_import_configures_slots_and_reports_bad_rows(client: TokPortal) -> None:
    bundle_id = new_bundle(client, videos=2)
    rows = "position,video_type,description,target_publish_date\n" + "".join(
        f"{position},video,Video {position},{day}\n" for position, day in ((1, DAY), (2, "2020-01-01"), (9, DAY))
    )
    result = client.videos.import_bundle_videos_csv(bundle_id, file=("v.csv", rows.encode(), "text/csv")).data
    assert (result.imported, result.skipped) == (1, 2)
    assert [e.row for e in result.errors or []] == [3, 4]
    assert [v.status for v in client.videos.list_bundle_videos(bundle_id).data] == ["configured", "pending"]


# -- credits ---------------------------------------------------------------------------------------------------------


def test_credits_move_with_priced_calls_and_dry_runs_only_price(client: TokPortal, tokportal_mock: MockServer) -> None:
    start = client.credits.get_credit_balance().data.total_credits
    assert start is not None
    order = {"bundle_type": "account_and_videos", "platform": "tiktok", "country": "USA", "videos_quantity": 3}
    quote = client.bundles.create_bundle(body=order, dry_run=True)
    assert quote.dry_run and quote.credits_charged == 0 and quote.credits_would_charge
    assert client.credits.get_credit_balance().data.total_credits == start
    assert client.bundles.list_bundles().data == [] and client.credits.list_credit_transactions().data == []
    created = client.bundles.create_bundle(body=order)
    assert created.credits_charged == quote.credits_would_charge
    assert created.credits_remaining == start - quote.credits_would_charge
    bundle_id = created.data.bundle_id
    assert isinstance(bundle_id, str)
    slots = client.bundles.add_video_slots(bundle_id, body={"quantity": 2})
    assert client.bundles.get_bundle(bundle_id).data.videos_total == 5
    balance = client.credits.get_credit_balance().data.total_credits
    assert balance == start - quote.credits_would_charge - (slots.credits_charged or 0)
    history = client.credits.list_credit_transactions().data
    assert [t.amount for t in history] == [-(slots.credits_charged or 0), -quote.credits_would_charge]
    assert history[0].balance_after == balance


def test_not_enough_credits_is_a_402_that_creates_nothing(tokportal_mock: MockServer) -> None:
    tokportal_mock.state.credits = 5
    client = tokportal_mock.client()
    with pytest.raises(InsufficientCreditsError) as raised:
        client.bundles.create_bundle(body={"bundle_type": "account_only", "platform": "tiktok", "country": "USA"})
    assert raised.value.code == "INSUFFICIENT_CREDITS"
    assert (
        raised.value.details["available"] == 5
        and raised.value.details["missing"] == raised.value.details["required"] - 5
    )
    assert client.bundles.list_bundles().data == []


def test_comment_tasks_cost_a_credit_refunded_on_cancel(client: TokPortal, tokportal_mock: MockServer) -> None:
    account_id = tokportal_mock.add_account()
    credits = tokportal_mock.state.credits
    task = {
        "saved_account_id": account_id,
        "target_video_url": "https://www.tiktok.com/@x/video/1",
        "comment_text": "Hi",
    }
    created = client.comments.create_comment_tasks(body={"tasks": [task, {**task, "saved_account_id": "nope"}]})
    assert (created.created_count, created.rejected_count, created.credits_charged) == (1, 1, 1)
    task_id = created.data.created[0].id
    with pytest.raises(ConflictError):
        client.comments.approve_comment_task(task_id)
    client.comments.delete_comment_task(task_id)
    assert client.comments.get_comment_task(task_id).data.status == "cancelled"
    assert tokportal_mock.state.credits == credits


# -- async -----------------------------------------------------------------------------------------------------------


async def test_async_client_sees_the_same_state(tokportal_mock: MockServer) -> None:
    async with tokportal_mock.async_client(max_retries=0) as aclient:
        created = await aclient.bundles.create_bundle(
            body={"bundle_type": "account_only", "platform": "tiktok", "country": "USA"}, idempotency_key="a-1"
        )
        bundle_id = created.data.bundle_id
        assert isinstance(bundle_id, str)
        assert (await aclient.bundles.get_bundle(bundle_id)).data.next_action == "configure_account"
        with pytest.raises(NotFoundError):
            await aclient.bundles.get_bundle("nope-123")
        with pytest.raises(ConflictError):
            await aclient.bundles.create_bundle(
                body={"bundle_type": "account_only", "country": "GBR"}, idempotency_key="a-1"
            )
        account_id = tokportal_mock.add_account()
        with pytest.raises(PolicyConfirmationRequiredError) as raised:
            await aclient.accounts.reveal_account_credentials(account_id)
        assert raised.value.policy_version
