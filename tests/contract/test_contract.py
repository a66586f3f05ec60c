"""Contract suite: every operation of openapi.json, called through the public client, checked by an
independent validator (openapi-core, in the testing kit's mock) and answered with spec-valid data.

Each case calls one operation with realistic arguments (the request bodies are mostly the ``example``s of the
spec's schemas) on ids that exist on the mock (see ``conftest.World``), after putting the resource in a state
where TokPortal accepts the call, and asserts that the mock saw exactly that operation, recorded no contract
violation (request, or the mock's self-check of its response), that the JSON body on the wire is the body
given, and that the client returned the operation's typed result. Every case runs again against sparse
responses (required fields only; nulls wherever allowed) and once more to check the X-API-Key /
Idempotency-Key headers against the operation's security and ``x-tokportal-idempotency``. A sample runs
through ``AsyncTokPortal``, every ``iter_*`` pages through its list, and the last test checks that all the
spec's operations were exercised.
"""

from __future__ import annotations

import copy
import inspect
import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import httpx
import pytest

from tokportal_client import APIStatusError, ConflictError, NotFoundError, TokPortal, models
from tokportal_client._generated.registry import OPERATIONS as REGISTRY
from tokportal_client._runtime import Operation
from tokportal_client.testing import MockServer, RecordedRequest

from .conftest import API_KEY, PUBLISH_ON, Mark, World, mark, since

SPEC: dict[str, Any] = json.loads((Path(__file__).resolve().parents[2] / "openapi.json").read_text(encoding="utf-8"))
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
OPERATIONS: dict[str, dict[str, Any]] = {
    op["operationId"]: {**op, "method": method.upper(), "path": path}
    for path, item in SPEC["paths"].items()
    for method, op in item.items()
    if isinstance(op, dict) and "operationId" in op
}

POST = "tp_5f6a7b8c9d0e"
"""Tracked posts are not modelled by the mock: any id is answered."""
POLICY = {"acknowledge_support_forfeit": True, "policy_version": "managed-credential-reveal-v1"}
CSV = f"position,video_type,description,target_publish_date\n1,video,Launch teaser #1,{PUBLISH_ON}\n".encode()
MP4 = b"\x00\x00\x00\x18ftypmp42" + bytes(64)
PNG = b"\x89PNG\r\n\x1a\n" + bytes(32)
DATES = {"from_": "2026-05-01", "to": "2026-05-25"}


def example(schema: str) -> dict[str, Any]:
    """The request body of the spec's own example for a schema."""
    value = SCHEMAS[schema]["example"]
    assert isinstance(value, dict)
    return dict(value)


def with_account(body: dict[str, Any]) -> Callable[[World], dict[str, Any]]:
    """A comment task body on the world's account."""
    return lambda w: {**body, "saved_account_id": w.account}


def with_bundle(body: dict[str, Any]) -> Callable[[World], dict[str, Any]]:
    return lambda w: {**body, "bundle_id": w.bundle}


def scheduled(body: dict[str, Any]) -> dict[str, Any]:
    """A video configuration with a target publish date TokPortal accepts."""
    if "videos" in body:
        return {**body, "videos": [scheduled(video) for video in body["videos"]]}
    return {**body, "target_publish_date": PUBLISH_ON}


Given = Callable[[MockServer, World], None]


def bundle_status(status: str) -> Given:
    def given(mock: MockServer, w: World) -> None:
        mock.state.bundles[w.bundle]["status"] = status

    return given


def account_in_review(mock: MockServer, w: World) -> None:
    mock.state.bundles[w.bundle]["account_status"] = "in_review"


def video_status(status: str) -> Given:
    def given(mock: MockServer, w: World) -> None:
        mock.state.videos[w.bundle][0]["status"] = status

    return given


def comment_status(status: str) -> Given:
    def given(mock: MockServer, w: World) -> None:
        mock.state.comments[w.comment]["status"] = status

    return given


def edit_request_active(mock: MockServer, w: World) -> None:
    with mock.client(max_retries=0) as seed:
        seed.accounts.create_account_edit_request(
            w.account, body={"requested_username": "new.name", "requested_visible_name": "New"}
        )


@dataclass(frozen=True)
class Case:
    operation_id: str
    call: Callable[..., Any]
    """Calls the operation on a client with the world, and the body as a third argument when it takes one."""
    body: Any = None
    """The JSON request body (or a function of the world giving it); the client must send exactly this."""
    given: Given | None = None
    """Puts the world in a state where TokPortal accepts the call (as TokPortal's side would)."""

    def prepare(self, mock: MockServer, world: World) -> Any:
        """Apply ``given``; returns the body to send."""
        if self.given is not None:
            self.given(mock, world)
        return self.body(world) if callable(self.body) else copy.deepcopy(self.body)

    def run(self, client: Any, world: World, body: Any) -> Any:
        """The call's result (on an async client: the coroutine)."""
        return self.call(client, world) if body is None else self.call(client, world, copy.deepcopy(body))

    def __str__(self) -> str:
        return self.operation_id


CASES = [
    # Profile, Reference, Credits
    Case("getCurrentUser", lambda c, w: c.profile.get_current_user()),
    Case("listCountries", lambda c, w: c.reference.list_countries()),
    Case("listPlatforms", lambda c, w: c.reference.list_platforms()),
    Case("getCreditCosts", lambda c, w: c.credits.get_credit_costs()),
    Case("getCreditBalance", lambda c, w: c.credits.get_credit_balance()),
    Case("listCreditTransactions", lambda c, w: c.credits.list_credit_transactions(page=1, per_page=50)),
    # Bundles
    Case(
        "listBundles",
        lambda c, w: c.bundles.list_bundles(
            page=1,
            per_page=10,
            status="published",
            bundle_type="account_and_videos",
            platform="tiktok",
            external_ref="campaign-42-us",
            account_status="configured",
        ),
    ),
    Case(
        "createBundle",
        lambda c, w, b: c.bundles.create_bundle(body=b),
        body={**example("CreateBundleRequest"), "country": "USA"},
    ),
    Case(
        "createBundlesBulk",
        lambda c, w, b: c.bundles.create_bundles_bulk(body=models.CreateBulkBundlesRequest.from_dict(b)),
        body=example("CreateBulkBundlesRequest"),
    ),
    Case("getBundle", lambda c, w: c.bundles.get_bundle(w.bundle)),
    Case("updateBundle", lambda c, w, b: c.bundles.update_bundle(w.bundle, body=b), body=example("PatchBundleRequest")),
    Case("publishBundle", lambda c, w: c.bundles.publish_bundle(w.bundle)),
    Case("getBundlePublishReadiness", lambda c, w: c.bundles.get_bundle_publish_readiness(w.bundle)),
    Case("unpublishBundle", lambda c, w: c.bundles.unpublish_bundle(w.bundle), given=bundle_status("published")),
    Case("addVideoSlots", lambda c, w, b: c.bundles.add_video_slots(w.bundle, body=b), body=example("QuantityRequest")),
    Case(
        "addEditSlots",
        lambda c, w, b: c.bundles.add_edit_slots(w.bundle, body=models.QuantityRequest.from_dict(b)),
        body={"quantity": 2},
    ),
    # Account configuration
    Case("getBundleAccount", lambda c, w: c.account_configuration.get_bundle_account(w.bundle)),
    Case(
        "configureBundleAccount",
        lambda c, w, b: c.account_configuration.configure_bundle_account(w.bundle, body=b),
        body=example("ConfigureAccountRequest"),
    ),
    Case(
        "requestBundleAccountCorrections",
        lambda c, w, b: c.account_configuration.request_bundle_account_corrections(w.bundle, body=b),
        body=example("AccountCorrectionsRequest"),
        given=account_in_review,
    ),
    Case(
        "finalizeBundleAccount",
        lambda c, w: c.account_configuration.finalize_bundle_account(w.bundle),
        given=account_in_review,
    ),
    # Videos
    Case("listBundleVideos", lambda c, w: c.videos.list_bundle_videos(w.bundle)),
    Case("getBundleVideo", lambda c, w: c.videos.get_bundle_video(w.bundle, 1)),
    Case(
        "configureBundleVideo",
        lambda c, w, b: c.videos.configure_bundle_video(w.bundle, 1, body=b),
        body=scheduled(example("ConfigureVideoRequest")),
    ),
    Case(
        "patchBundleVideo",
        lambda c, w, b: c.videos.patch_bundle_video(w.bundle, 1, body=b),
        body=example("PatchVideoRequest"),
    ),
    Case(
        "batchConfigureBundleVideos",
        lambda c, w, b: c.videos.batch_configure_bundle_videos(w.bundle, body=b),
        body=scheduled(example("BatchConfigureVideosRequest")),
    ),
    Case(
        "publishAllBundleVideos",
        lambda c, w: c.videos.publish_all_bundle_videos(w.bundle),
        given=bundle_status("published"),
    ),
    Case(
        "importBundleVideosCsv",
        lambda c, w: c.videos.import_bundle_videos_csv(
            w.bundle, file=("videos.csv", CSV, "text/csv"), auto_publish=False
        ),
    ),
    Case(
        "publishBundleVideo", lambda c, w: c.videos.publish_bundle_video(w.bundle, 1), given=bundle_status("published")
    ),
    Case("resetBundleVideo", lambda c, w: c.videos.reset_bundle_video(w.bundle, 1)),
    Case("unscheduleBundleVideo", lambda c, w: c.videos.unschedule_bundle_video(w.bundle, 1)),
    Case(
        "finalizeBundleVideo", lambda c, w: c.videos.finalize_bundle_video(w.bundle, 1), given=video_status("in_review")
    ),
    Case(
        "requestBundleVideoCorrections",
        lambda c, w, b: c.videos.request_bundle_video_corrections(w.bundle, 1, body=b),
        body=example("VideoCorrectionsRequest"),
        given=video_status("in_review"),
    ),
    Case(
        "fixBundleVideoDownload",
        lambda c, w, b: c.videos.fix_bundle_video_download(w.bundle, 1, body=b),
        body={"video_url": "https://media.example.com/videos/launch-teaser-fixed.mp4"},
    ),
    # Delivered accounts
    Case("listAccounts", lambda c, w: c.accounts.list_accounts(page=1, per_page=20)),
    Case("getAccount", lambda c, w: c.accounts.get_account(w.account)),
    Case(
        "listAccountBundles",
        lambda c, w: c.accounts.list_account_bundles(w.account, page=1, per_page=10, status="published"),
    ),
    Case(
        "retrieveAccountVerificationCode",
        lambda c, w, b: c.accounts.retrieve_account_verification_code(w.account, body=b),
        body=POLICY,
    ),
    Case(
        "revealAccountCredentials",
        lambda c, w, b: c.accounts.reveal_account_credentials(w.account, body=b),
        body=POLICY,
    ),
    Case(
        "getAccountEditRequest",
        lambda c, w: c.accounts.get_account_edit_request(w.account),
        given=edit_request_active,
    ),
    Case(
        "createAccountEditRequest",
        lambda c, w, b: c.accounts.create_account_edit_request(w.account, body=b),
        body=example("AccountEditRequest"),
    ),
    Case("canRefreshAccountAnalytics", lambda c, w: c.analytics.can_refresh_account_analytics(w.account)),
    Case(
        "refreshAccountAnalytics",
        lambda c, w, b: c.analytics.refresh_account_analytics(w.account, body=b),
        body=example("RefreshAnalyticsRequest"),
    ),
    # Coverage, bans, warming and ad codes (the operations of the official SDKs beyond the reference)
    Case(
        "updateCurrentUserSettings",
        lambda c, w, b: c.profile.update_current_user_settings(body=b),
        body=example("UpdateCurrentUserSettingsRequest"),
    ),
    Case("getAccountManagedSubscription", lambda c, w: c.accounts.get_account_managed_subscription(w.account)),
    Case(
        "reactivateAccountManagedSubscription",
        lambda c, w, b: c.accounts.reactivate_account_managed_subscription(w.account, body=b),
        body=example("ManagedSubscriptionReactivationRequest"),
    ),
    Case("cancelAccountManagedSubscription", lambda c, w: c.accounts.cancel_account_managed_subscription(w.account)),
    Case(
        "listAccountBans",
        lambda c, w: c.accounts.list_account_bans(
            page=1,
            per_page=10,
            status="appeal_refused",
            resolution="pending",
            account_id=w.account,
            since="2026-05-01T00:00:00Z",
            include_screenshots=True,
        ),
    ),
    Case(
        "updateAccountCommentingProfile",
        lambda c, w, b: c.accounts.update_account_commenting_profile(w.account, body=b),
        body=example("UpdateAccountCommentingProfileRequest"),
    ),
    Case(
        "rewarmAccount",
        lambda c, w, b: c.warming.rewarm_account(w.account, body=b),
        body=example("RewarmAccountRequest"),
    ),
    Case(
        "configureBundleWarmingTerms",
        lambda c, w, b: c.warming.configure_bundle_warming_terms(w.bundle, body=b),
        body=example("WarmingTermsRequest"),
    ),
    Case("listAccountWarmingSessions", lambda c, w: c.warming.list_account_warming_sessions(w.account)),
    Case("getWarmingSession", lambda c, w: c.warming.get_warming_session("ws_5f6a7b8c9d0e")),
    Case(
        "generateWarmingTerms",
        lambda c, w, b: c.warming.generate_warming_terms(body=b),
        body=example("GenerateWarmingTermsRequest"),
    ),
    Case(
        "createVideoAdCodeRequest",
        lambda c, w, b: c.videos.create_video_ad_code_request(w.video, body=b),
        body=example("CreateVideoAdCodeRequest"),
    ),
    Case("getVideoAdCodeRequest", lambda c, w: c.videos.get_video_ad_code_request(w.video)),
    # Analytics
    Case("getAnalyticsDashboard", lambda c, w: c.analytics.get_analytics_dashboard()),
    Case("getAnalyticsContract", lambda c, w: c.analytics.get_analytics_contract()),
    Case(
        "exportAnalyticsVideos",
        lambda c, w: c.analytics.export_analytics_videos(
            account=[w.account, w.bundle],
            workspace="ws_main",
            platform=["tiktok", "instagram"],
            country=["USA"],
            q="launch",
            **DATES,
        ),
    ),
    Case(
        "createAnalyticsReport",
        lambda c, w, b: c.analytics.create_analytics_report(body=b),
        body=example("CreateAnalyticsReportRequest"),
    ),
    Case(
        "exportAnalyticsReportHtml",
        lambda c, w, b: c.analytics.export_analytics_report_html(body=b),
        body=example("CreateAnalyticsReportRequest"),
    ),
    Case(
        "getAnalyticsSeries",
        lambda c, w: c.analytics.get_analytics_series(
            metric="views", granularity="week", mode="gained", account=[w.account], **DATES
        ),
    ),
    Case("getAnalyticsAccount", lambda c, w: c.analytics.get_analytics_account(w.account)),
    Case(
        "refreshAnalyticsAccount",
        lambda c, w, b: c.analytics.refresh_analytics_account(w.account, body=b),
        body=example("RefreshAnalyticsRequest"),
    ),
    Case(
        "listAnalyticsAccountRawSnapshots",
        lambda c, w: c.analytics.list_analytics_account_raw_snapshots(w.account, source="tiktok", limit=10, **DATES),
    ),
    Case("getAccountAnalytics", lambda c, w: c.analytics.get_account_analytics(w.account)),
    Case(
        "listAccountVideoAnalytics",
        lambda c, w: c.analytics.list_account_video_analytics(
            w.account, page=1, per_page=10, sort_by="views", sort_order="desc"
        ),
    ),
    Case("getVideoAnalytics", lambda c, w: c.analytics.get_video_analytics(w.video)),
    Case(
        "getCommentPulse",
        lambda c, w: c.analytics.get_comment_pulse(
            platform="tiktok", country="USA", account=w.account, post=POST, limit=20, post_limit=5, **DATES
        ),
    ),
    Case(
        "listAnalyticsAccountComments",
        lambda c, w: c.analytics.list_analytics_account_comments(
            w.account, tracked_post_id=POST, post_id="7301", limit=10
        ),
    ),
    Case(
        "listAnalyticsPostRawSnapshots",
        lambda c, w: c.analytics.list_analytics_post_raw_snapshots(POST, source="tiktok", limit=5, **DATES),
    ),
    # Webhooks
    Case("listWebhookEvents", lambda c, w: c.webhooks.list_webhook_events()),
    Case(
        "listWebhookEndpoints",
        lambda c, w: c.webhooks.list_webhook_endpoints(page=1, per_page=10, enabled=True, event="bundle.published"),
    ),
    Case(
        "createWebhookEndpoint",
        lambda c, w, b: c.webhooks.create_webhook_endpoint(body=b),
        body=example("CreateWebhookEndpointRequest"),
    ),
    Case("getWebhookEndpoint", lambda c, w: c.webhooks.get_webhook_endpoint(w.webhook)),
    Case(
        "updateWebhookEndpoint",
        lambda c, w, b: c.webhooks.update_webhook_endpoint(w.webhook, body=b),
        body=example("UpdateWebhookEndpointRequest"),
    ),
    Case("deleteWebhookEndpoint", lambda c, w: c.webhooks.delete_webhook_endpoint(w.webhook)),
    Case(
        "listWebhookDeliveries",
        lambda c, w: c.webhooks.list_webhook_deliveries(
            w.webhook, page=2, per_page=5, event_type="bundle.published", success=False
        ),
    ),
    Case("retryWebhookDelivery", lambda c, w: c.webhooks.retry_webhook_delivery(w.webhook, w.delivery)),
    Case("testWebhookEndpoint", lambda c, w: c.webhooks.test_webhook_endpoint(w.webhook)),
    # Uploads
    Case(
        "uploadVideo", lambda c, w, b: c.uploads.upload_video(body=b), body=with_bundle(example("UploadVideoRequest"))
    ),
    Case(
        "uploadVideoDirect",
        lambda c, w: c.uploads.upload_video_direct(file=("launch-teaser.mp4", MP4, "video/mp4"), bundle_id=w.bundle),
    ),
    Case(
        "uploadImage", lambda c, w, b: c.uploads.upload_image(body=b), body=with_bundle(example("UploadImageRequest"))
    ),
    Case(
        "uploadImageDirect",
        lambda c, w: c.uploads.upload_image_direct(file=io.BytesIO(PNG), bundle_id=w.bundle, purpose="profile_picture"),
    ),
    Case(
        "uploadImageFromUrl",
        lambda c, w, b: c.uploads.upload_image_from_url(body=b),
        body=with_bundle(example("UploadImageFromUrlRequest")),
    ),
    # Comments
    Case("listCommentTasks", lambda c, w: c.comments.list_comment_tasks(page=1, per_page=10)),
    Case(
        "createCommentTasks",
        lambda c, w, b: c.comments.create_comment_tasks(body=b),
        body=with_account(SCHEMAS["CreateCommentTaskRequest"]["example"]),
    ),
    Case("getCommentTask", lambda c, w: c.comments.get_comment_task(w.comment)),
    Case("deleteCommentTask", lambda c, w: c.comments.delete_comment_task(w.comment)),
    Case(
        "approveCommentTask",
        lambda c, w: c.comments.approve_comment_task(w.comment),
        given=comment_status("manually_confirmed"),
    ),
    Case(
        "disputeCommentTask",
        lambda c, w, b: c.comments.dispute_comment_task(w.comment, body=b),
        body=example("DisputeCommentRequest"),
        given=comment_status("manually_confirmed"),
    ),
    Case("listCommentTaskVerifications", lambda c, w: c.comments.list_comment_task_verifications(w.comment)),
]


def default_case(operation: Operation) -> Case | None:
    """A case for an operation the list above does not know yet (a newer contract): called with an id for each
    path parameter and nothing else, when it needs nothing else."""
    if operation.body is not None or any(p.required for p in operation.parameters if p.location == "query"):
        return None
    path_parameters = [p for p in operation.parameters if p.location == "path"]
    return Case(
        operation.operation_id,
        lambda c, w: getattr(getattr(c, operation.tag), operation.name)(*[w.bundle for _ in path_parameters]),
    )


_KNOWN = {case.operation_id for case in CASES}
CASES += [case for op in REGISTRY.values() if op.operation_id not in _KNOWN and (case := default_case(op))]
BY_ID = {case.operation_id: case for case in CASES}
ASYNC_SAMPLE = [
    "getCurrentUser",
    "listCountries",
    "listBundles",
    "createBundle",
    "updateBundle",
    "configureBundleAccount",
    "configureBundleVideo",
    "importBundleVideosCsv",
    "revealAccountCredentials",
    "exportAnalyticsVideos",
    "exportAnalyticsReportHtml",
    "deleteWebhookEndpoint",
    "listWebhookDeliveries",
    "uploadImageDirect",
    "createCommentTasks",
]


def snake(operation_id: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", operation_id).lower()


def tag_attribute(tag: str) -> str:
    return tag.lower().replace(" ", "_")


def expected_result(client: Any, operation_id: str) -> str:
    """The type the operation returns, as its registry record names it."""
    return next(op.result for op in REGISTRY.values() if op.operation_id == operation_id)


SEEN: set[str] = set()
"""Operations the mock answered with a success, over the whole session."""


def check_exchange(mock: MockServer, position: Mark, operation_id: str) -> RecordedRequest:
    """The one request of this call: for ``operation_id``, valid, answered with a success."""
    requests, violations = since(mock, position)
    assert not violations, "contract violations:\n" + "\n".join(str(v) for v in violations)
    assert [r.operation_id for r in requests] == [operation_id]
    assert requests[0].valid and 200 <= requests[0].status < 300
    SEEN.add(operation_id)
    return requests[0]


def check_result(result: Any, declared: str) -> None:
    if declared == "None":
        assert result is None
    else:
        assert type(result).__name__ == declared, f"expected {declared}, got {type(result).__name__}"


def call(case: Case, client: Any, mock: MockServer, world: World) -> tuple[Any, RecordedRequest, Any]:
    """Run a case on a sync client: its result, its request and the body it sent."""
    body = case.prepare(mock, world)
    position = mark(mock)
    try:
        result = case.run(client, world, body)
    except APIStatusError as error:
        pytest.fail(f"{case.operation_id}: {error}\n" + "\n".join(str(v) for v in since(mock, position)[1]))
    return result, check_exchange(mock, position, case.operation_id), body


def test_cases_cover_the_spec() -> None:
    assert sorted(case.operation_id for case in CASES) == sorted(OPERATIONS)
    assert len(CASES) == len(BY_ID) == len(OPERATIONS)


@pytest.mark.parametrize("operation_id", list(OPERATIONS))
def test_facade_has_a_method_per_operation(operation_id: str, client: TokPortal) -> None:
    resource = getattr(client, tag_attribute(OPERATIONS[operation_id]["tags"][0]))
    assert callable(getattr(resource, snake(operation_id)))


@pytest.mark.parametrize("case", CASES, ids=str)
def test_operation(case: Case, client: TokPortal, mock_api: MockServer, world: World) -> None:
    result, request, body = call(case, client, mock_api, world)
    check_result(result, expected_result(client, case.operation_id))
    if body is not None:  # the JSON on the wire is the body given: nothing added, dropped or renamed
        assert json.loads(request.body) == body == request.json


@pytest.mark.parametrize("case", CASES, ids=str)
def test_operation_with_a_sparse_response(
    case: Case, sparse_client: TokPortal, mock_api: MockServer, world: World
) -> None:
    """The client takes the least a success response may carry, and null wherever the spec allows it."""
    result, _, _ = call(case, sparse_client, mock_api, world)
    check_result(result, expected_result(sparse_client, case.operation_id))


@pytest.mark.parametrize("case", CASES, ids=str)
def test_request_headers_follow_the_operation(
    case: Case, client: TokPortal, mock_api: MockServer, world: World
) -> None:
    """X-API-Key except on the public operations; an Idempotency-Key exactly on the standard writes."""
    operation = OPERATIONS[case.operation_id]
    headers = call(case, client, mock_api, world)[1].headers
    public = operation.get("security") == []
    assert ("x-api-key" in headers) is not public
    if not public:
        assert headers["x-api-key"] == API_KEY
    policy = operation["x-tokportal-idempotency"]
    assert ("idempotency-key" in headers) is (policy == "standard"), policy
    assert headers["x-tokportal-client"].startswith("tokportal-client-python/")


@pytest.mark.parametrize("operation_id", ASYNC_SAMPLE)
async def test_async_operation(operation_id: str, mock_api: MockServer, world: World) -> None:
    case = BY_ID[operation_id]
    async with mock_api.async_client(max_retries=0) as aclient:
        body = case.prepare(mock_api, world)
        position = mark(mock_api)
        result = await case.run(aclient, world, body)
        check_exchange(mock_api, position, operation_id)
        check_result(result, expected_result(aclient, operation_id))


def test_pagination_walks_every_page(client: TokPortal, mock_api: MockServer, world: World) -> None:
    ref = "contract-paging"
    created = {
        client.bundles.create_bundle(
            body={"bundle_type": "account_only", "platform": "tiktok", "country": "USA", "external_ref": ref}
        ).data.id
        for _ in range(5)
    }
    position = mark(mock_api)
    pages = list(client.bundles.iter_bundles(external_ref=ref, per_page=2).pages())
    requests, violations = since(mock_api, position)
    assert not violations
    assert [len(page.data) for page in pages] == [2, 2, 1]
    assert {b.id for page in pages for b in page.data} == created
    assert [dict(r.query)["page"] for r in requests] == ["1", "2", "3"]


async def test_async_pagination_walks_every_page(mock_api: MockServer, world: World) -> None:
    ref = "contract-async-paging"
    async with mock_api.async_client(max_retries=0) as aclient:
        for _ in range(3):
            await aclient.bundles.create_bundle(
                body={"bundle_type": "account_only", "country": "USA", "external_ref": ref}
            )
        position = mark(mock_api)
        ids = [bundle.id async for bundle in aclient.bundles.iter_bundles(external_ref=ref, per_page=2)]
    assert not since(mock_api, position)[1]
    assert len(ids) == len(set(ids)) == 3


def iterators(client: Any) -> list[tuple[str, str, Any]]:
    """Every ``iter_*`` method of the client: (tag attribute, name, method)."""
    found = []
    for tag in dict.fromkeys(op["tags"][0] for op in OPERATIONS.values()):
        resource = getattr(client, tag_attribute(tag))
        found += [
            (tag_attribute(tag), f"{tag_attribute(tag)}.{name}", getattr(resource, name))
            for name in dir(resource)
            if name.startswith("iter_")
        ]
    return found


def test_every_iterator_walks_its_pages(client: TokPortal, mock_api: MockServer, world: World) -> None:
    """Each ``iter_*`` pages through its list operation with requests the validator accepts."""
    client.bundles.create_bundle(body={"bundle_type": "videos_only", "account_id": world.account, "videos_quantity": 1})
    owner = {"accounts": world.account, "analytics": world.account, "webhooks": world.webhook}
    walked = []
    for tag, name, method in iterators(client):
        needs_id = [
            p
            for p in inspect.signature(method).parameters.values()
            if p.default is inspect.Parameter.empty and p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
        ]
        pager = method(*[owner[tag] for _ in needs_id], per_page=1, max_items=3)
        position = mark(mock_api)
        items = list(pager)
        requests, violations = since(mock_api, position)
        assert not violations, name
        assert len(items) >= 1 and len(requests) == len(items), name
        assert [dict(r.query)["page"] for r in requests] == [str(n) for n in range(1, len(items) + 1)], name
        assert {r.operation_id for r in requests} <= {op for op in OPERATIONS if op.startswith("list")}, name
        walked.append(name)
    paginated = [op for op, spec in OPERATIONS.items() if any(p["name"] == "page" for p in spec.get("parameters", []))]
    assert len(walked) == len(paginated) > 0


def test_explicit_nulls_and_batches_are_sent_as_given(client: TokPortal, mock_api: MockServer, world: World) -> None:
    """Nullable fields set to None go out as null (to clear them); a comment batch picks the batch schema."""
    task = {**SCHEMAS["CreateCommentTaskRequest"]["example"], "saved_account_id": world.account}
    calls = [
        (
            "updateBundle",
            lambda b: client.bundles.update_bundle(world.bundle, body=b),
            {"external_ref": None, "title": None},
        ),
        ("patchBundleVideo", lambda b: client.videos.patch_bundle_video(world.bundle, 2, body=b), {"name": None}),
        (
            "updateWebhookEndpoint",
            lambda b: client.webhooks.update_webhook_endpoint(world.webhook, body=b),
            {"description": None},
        ),
        (
            "createAnalyticsReport",
            lambda b: client.analytics.create_analytics_report(body=b),
            {
                "title": None,
                "template": None,
                "accountIds": [world.account],
                "platforms": ["tiktok"],
                "from": "2026-05-01",
            },
        ),
        (
            "createCommentTasks",
            lambda b: client.comments.create_comment_tasks(body=b),
            {"tasks": [task, {**task, "brief_id": None}]},
        ),
    ]
    for operation_id, send, body in calls:
        position = mark(mock_api)
        send(copy.deepcopy(body))
        request = check_exchange(mock_api, position, operation_id)
        assert json.loads(request.body) == body, operation_id


def test_dry_run_prices_without_creating(client: TokPortal, mock_api: MockServer, world: World) -> None:
    position = mark(mock_api)
    body = {"bundle_type": "account_and_videos", "platform": "tiktok", "country": "USA", "videos_quantity": 2}
    result = client.bundles.create_bundle(body=body, dry_run=True)
    request = check_exchange(mock_api, position, "createBundle")
    assert request.headers["x-tokportal-dry-run"] == "true"
    assert result.dry_run is True and result.credits_charged == 0 and result.credits_would_charge == 36
    with pytest.raises(NotFoundError) as raised:
        client.bundles.get_bundle(result.data.id)  # a dry run creates nothing
    assert raised.value.code == "BUNDLE_NOT_FOUND"
    assert not since(mock_api, position)[1]


def test_documented_errors_are_typed(client: TokPortal, mock_api: MockServer, world: World) -> None:
    """A 409 the spec documents (publishing a bundle that is not ready) reaches the caller as ConflictError."""
    body = {"bundle_type": "account_and_videos", "platform": "tiktok", "country": "USA", "videos_quantity": 1}
    bundle_id = client.bundles.create_bundle(body=body).data.id
    assert isinstance(bundle_id, str)
    position = mark(mock_api)
    with pytest.raises(ConflictError) as raised:
        client.bundles.publish_bundle(bundle_id)
    assert raised.value.status_code == 409 and raised.value.code == "ACCOUNT_NOT_CONFIGURED"
    assert [b["code"] for b in raised.value.details["blockers"]] == ["ACCOUNT_NOT_CONFIGURED", "NO_VIDEOS_CONFIGURED"]
    assert raised.value.request_id
    assert not since(mock_api, position)[1]


def test_idempotent_retry_is_replayed(client: TokPortal, world: World) -> None:
    body = {"bundle_type": "account_only", "platform": "instagram", "country": "USA"}
    first = client.with_raw_response.bundles.create_bundle(body=body, idempotency_key="contract-replay-1")
    second = client.with_raw_response.bundles.create_bundle(body=body, idempotency_key="contract-replay-1")
    assert not first.idempotent_replayed and second.idempotent_replayed
    assert first.parsed.data.id == second.parsed.data.id
    assert second.api_version == SPEC["info"]["version"] and second.request_id


# -- the validator rejects what the contract forbids ------------------------------------------------------------


def raw_request(mock: MockServer, method: str, path: str, **kwargs: Any) -> tuple[httpx.Response, list[Any]]:
    position = mark(mock)
    response = httpx.request(method, mock.base_url + path, timeout=10, trust_env=False, **kwargs)
    return response, since(mock, position)[1]


def test_validator_rejects_a_wrongly_typed_query_parameter(mock_api: MockServer) -> None:
    response, violations = raw_request(mock_api, "GET", "/bundles?per_page=abc", headers={"X-API-Key": API_KEY})
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "CONTRACT_VIOLATION" and "per_page" in error["message"]
    assert len(violations) == 1
    assert violations[0].operation_id == "listBundles" and "per_page" in violations[0].message


def test_validator_rejects_an_invalid_body(mock_api: MockServer) -> None:
    body = {"bundle_type": "account_plus", "country": "USA"}
    response, violations = raw_request(mock_api, "POST", "/bundles", json=body, headers={"X-API-Key": API_KEY})
    assert response.status_code == 400
    assert [v.operation_id for v in violations] == ["createBundle"]
    assert "bundle_type" in violations[0].message and "account_plus" in violations[0].message


def test_validator_rejects_a_missing_api_key(mock_api: MockServer) -> None:
    response, violations = raw_request(mock_api, "GET", "/me")
    assert response.status_code == 401 and [v.operation_id for v in violations] == ["getCurrentUser"]
    assert response.json()["error"]["code"] == "AUTH_MISSING_KEY"  # TokPortal's answer
    public, none = raw_request(mock_api, "GET", "/countries")
    assert public.status_code == 200 and not none


def test_validator_rejects_a_body_on_an_operation_without_one(mock_api: MockServer, world: World) -> None:
    _, violations = raw_request(
        mock_api, "POST", f"/bundles/{world.bundle}/publish", json={}, headers={"X-API-Key": API_KEY}
    )
    assert [v.operation_id for v in violations] == ["publishBundle"]


def test_validator_rejects_an_unknown_path(mock_api: MockServer) -> None:
    response, violations = raw_request(mock_api, "GET", "/bundles/x/y/z", headers={"X-API-Key": API_KEY})
    assert response.status_code == 404 and len(violations) == 1 and violations[0].operation_id is None


def test_path_parameters_stay_in_their_segment(client: TokPortal, mock_api: MockServer) -> None:
    """An id with '/', dots or spaces reaches getBundle as that id, never another path ("." and ".." are refused)."""
    for weird in ("../me", "a/b c", "...", "ü?#%"):
        position = mark(mock_api)
        with pytest.raises(NotFoundError) as raised:
            client.bundles.get_bundle(weird)
        requests, violations = since(mock_api, position)
        assert not violations and [r.operation_id for r in requests] == ["getBundle"]
        assert raised.value.code == "BUNDLE_NOT_FOUND"
        assert unquote(requests[0].path.rsplit("/", 1)[1]) == weird, requests[0].path


# -- keep last: coverage of the whole run -------------------------------------------------------------------------


def test_every_operation_was_exercised(request: pytest.FixtureRequest) -> None:
    selected = {item.name for item in request.session.items}
    if not all(f"test_operation[{operation_id}]" in selected for operation_id in OPERATIONS):
        pytest.skip("only meaningful when the whole contract suite runs")
    missing = set(OPERATIONS) - SEEN
    assert not missing, f"never called with a valid request: {sorted(missing)}"
