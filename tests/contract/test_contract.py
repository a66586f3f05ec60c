"""Contract suite: every operation of openapi.json, called through the public client, checked by an
independent validator (openapi-core, in the mock of scripts/mockapi.py) and answered with spec-valid data.

Each case calls one operation with realistic arguments (the request bodies are the ``example``s of the spec's
schemas) and asserts that the mock saw exactly that operation, recorded no contract violation (request, or
the mock's self-check of its response), that the JSON body on the wire is the body given, and that the
client returned the operation's typed result. Every case runs again against sparse responses (required
fields only; nulls wherever allowed) and once more to check the X-API-Key / Idempotency-Key headers against
the operation's security and ``x-tokportal-idempotency``. A sample runs through ``AsyncTokPortal``, every
``iter_*`` pages through its list, and the last test checks that all the spec's operations were exercised.
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

import httpx
import pytest

from tokportal_client import APIStatusError, AsyncTokPortal, ConflictError, NotFoundError, TokPortal, models
from tokportal_client._generated.registry import OPERATIONS as REGISTRY
from tokportal_client._runtime import Operation

from .conftest import API_KEY, load_mockapi

SPEC: dict[str, Any] = json.loads((Path(__file__).resolve().parents[2] / "openapi.json").read_text(encoding="utf-8"))
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
OPERATIONS: dict[str, dict[str, Any]] = {
    op["operationId"]: {**op, "method": method.upper(), "path": path}
    for path, item in SPEC["paths"].items()
    for method, op in item.items()
    if isinstance(op, dict) and "operationId" in op
}

BUNDLE = "9f3a7b2e-1c4d-4e8f-a5b6-7d9e0f1a2b3c"
ACCOUNT = "3c1d9e2f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"
VIDEO = "7d2e4f6a-8b0c-4d1e-9f2a-3b4c5d6e7f80"
POST = "tp_5f6a7b8c9d0e"
WEBHOOK = "2b7c9d1e-3f4a-4b5c-8d6e-7f8a9b0c1d2e"
DELIVERY = "dlv_0123456789abcdef"
COMMENT = "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9"
POLICY = {"acknowledge_support_forfeit": True, "policy_version": "managed-credential-reveal-v1"}
CSV = b"position,video_type,description,target_publish_date\n1,video,Launch teaser #1,2026-06-01\n"
MP4 = b"\x00\x00\x00\x18ftypmp42" + bytes(64)
PNG = b"\x89PNG\r\n\x1a\n" + bytes(32)
DATES = {"from_": "2026-05-01", "to": "2026-05-25"}


def example(schema: str) -> dict[str, Any]:
    """The request body of the spec's own example for a schema."""
    value = SCHEMAS[schema]["example"]
    assert isinstance(value, dict)
    return dict(value)


@dataclass(frozen=True)
class Case:
    operation_id: str
    call: Callable[..., Any]
    """Calls the operation on a client, with the body as a second argument when the operation takes one."""
    body: Any = None
    """The JSON request body; the client must send exactly this."""

    def run(self, client: Any) -> Any:
        """The call's result (on an async client: the coroutine)."""
        return self.call(client) if self.body is None else self.call(client, copy.deepcopy(self.body))

    def __str__(self) -> str:
        return self.operation_id


CASES = [
    # Profile, Reference, Credits
    Case("getCurrentUser", lambda c: c.profile.get_current_user()),
    Case("listCountries", lambda c: c.reference.list_countries()),
    Case("listPlatforms", lambda c: c.reference.list_platforms()),
    Case("getCreditCosts", lambda c: c.credits.get_credit_costs()),
    Case("getCreditBalance", lambda c: c.credits.get_credit_balance()),
    Case("listCreditTransactions", lambda c: c.credits.list_credit_transactions(page=1, per_page=50)),
    # Bundles
    Case(
        "listBundles",
        lambda c: c.bundles.list_bundles(
            page=1,
            per_page=10,
            status="published",
            bundle_type="account_and_videos",
            platform="tiktok",
            external_ref="campaign-42-us",
            account_status="configured",
        ),
    ),
    Case("createBundle", lambda c, b: c.bundles.create_bundle(body=b), body=example("CreateBundleRequest")),
    Case(
        "createBundlesBulk",
        lambda c, b: c.bundles.create_bundles_bulk(body=models.CreateBulkBundlesRequest.from_dict(b)),
        body=example("CreateBulkBundlesRequest"),
    ),
    Case("getBundle", lambda c: c.bundles.get_bundle(BUNDLE)),
    Case("updateBundle", lambda c, b: c.bundles.update_bundle(BUNDLE, body=b), body=example("PatchBundleRequest")),
    Case("publishBundle", lambda c: c.bundles.publish_bundle(BUNDLE)),
    Case("getBundlePublishReadiness", lambda c: c.bundles.get_bundle_publish_readiness(BUNDLE)),
    Case("unpublishBundle", lambda c: c.bundles.unpublish_bundle(BUNDLE)),
    Case("addVideoSlots", lambda c, b: c.bundles.add_video_slots(BUNDLE, body=b), body=example("QuantityRequest")),
    Case(
        "addEditSlots",
        lambda c, b: c.bundles.add_edit_slots(BUNDLE, body=models.QuantityRequest.from_dict(b)),
        body={"quantity": 2},
    ),
    # Account configuration
    Case("getBundleAccount", lambda c: c.account_configuration.get_bundle_account(BUNDLE)),
    Case(
        "configureBundleAccount",
        lambda c, b: c.account_configuration.configure_bundle_account(BUNDLE, body=b),
        body=example("ConfigureAccountRequest"),
    ),
    Case(
        "requestBundleAccountCorrections",
        lambda c, b: c.account_configuration.request_bundle_account_corrections(BUNDLE, body=b),
        body=example("AccountCorrectionsRequest"),
    ),
    Case("finalizeBundleAccount", lambda c: c.account_configuration.finalize_bundle_account(BUNDLE)),
    # Videos
    Case("listBundleVideos", lambda c: c.videos.list_bundle_videos(BUNDLE)),
    Case("getBundleVideo", lambda c: c.videos.get_bundle_video(BUNDLE, 1)),
    Case(
        "configureBundleVideo",
        lambda c, b: c.videos.configure_bundle_video(BUNDLE, 1, body=b),
        body=example("ConfigureVideoRequest"),
    ),
    Case(
        "patchBundleVideo",
        lambda c, b: c.videos.patch_bundle_video(BUNDLE, 1, body=b),
        body=example("PatchVideoRequest"),
    ),
    Case(
        "batchConfigureBundleVideos",
        lambda c, b: c.videos.batch_configure_bundle_videos(BUNDLE, body=b),
        body=example("BatchConfigureVideosRequest"),
    ),
    Case("publishAllBundleVideos", lambda c: c.videos.publish_all_bundle_videos(BUNDLE)),
    Case(
        "importBundleVideosCsv",
        lambda c: c.videos.import_bundle_videos_csv(BUNDLE, file=("videos.csv", CSV, "text/csv"), auto_publish=False),
    ),
    Case("publishBundleVideo", lambda c: c.videos.publish_bundle_video(BUNDLE, 1)),
    Case("resetBundleVideo", lambda c: c.videos.reset_bundle_video(BUNDLE, 1)),
    Case("unscheduleBundleVideo", lambda c: c.videos.unschedule_bundle_video(BUNDLE, 1)),
    Case("finalizeBundleVideo", lambda c: c.videos.finalize_bundle_video(BUNDLE, 1)),
    Case(
        "requestBundleVideoCorrections",
        lambda c, b: c.videos.request_bundle_video_corrections(BUNDLE, 1, body=b),
        body=example("VideoCorrectionsRequest"),
    ),
    Case(
        "fixBundleVideoDownload",
        lambda c, b: c.videos.fix_bundle_video_download(BUNDLE, 1, body=b),
        body={"video_url": "https://media.example.com/videos/launch-teaser-fixed.mp4"},
    ),
    # Delivered accounts
    Case("listAccounts", lambda c: c.accounts.list_accounts(page=1, per_page=20)),
    Case("getAccount", lambda c: c.accounts.get_account(ACCOUNT)),
    Case(
        "listAccountBundles",
        lambda c: c.accounts.list_account_bundles(ACCOUNT, page=1, per_page=10, status="published"),
    ),
    Case(
        "retrieveAccountVerificationCode",
        lambda c, b: c.accounts.retrieve_account_verification_code(ACCOUNT, body=b),
        body=POLICY,
    ),
    Case("revealAccountCredentials", lambda c: c.accounts.reveal_account_credentials(ACCOUNT)),
    Case("getAccountEditRequest", lambda c: c.accounts.get_account_edit_request(ACCOUNT)),
    Case(
        "createAccountEditRequest",
        lambda c, b: c.accounts.create_account_edit_request(ACCOUNT, body=b),
        body=example("AccountEditRequest"),
    ),
    Case("canRefreshAccountAnalytics", lambda c: c.analytics.can_refresh_account_analytics(ACCOUNT)),
    Case(
        "refreshAccountAnalytics",
        lambda c, b: c.analytics.refresh_account_analytics(ACCOUNT, body=b),
        body=example("RefreshAnalyticsRequest"),
    ),
    # Analytics
    Case("getAnalyticsDashboard", lambda c: c.analytics.get_analytics_dashboard()),
    Case("getAnalyticsContract", lambda c: c.analytics.get_analytics_contract()),
    Case(
        "exportAnalyticsVideos",
        lambda c: c.analytics.export_analytics_videos(
            account=[ACCOUNT, BUNDLE],
            workspace="ws_main",
            platform=["tiktok", "instagram"],
            country=["USA"],
            q="launch",
            **DATES,
        ),
    ),
    Case(
        "createAnalyticsReport",
        lambda c, b: c.analytics.create_analytics_report(body=b),
        body=example("CreateAnalyticsReportRequest"),
    ),
    Case(
        "exportAnalyticsReportHtml",
        lambda c, b: c.analytics.export_analytics_report_html(body=b),
        body=example("CreateAnalyticsReportRequest"),
    ),
    Case(
        "getAnalyticsSeries",
        lambda c: c.analytics.get_analytics_series(
            metric="views", granularity="week", mode="gained", account=[ACCOUNT], **DATES
        ),
    ),
    Case("getAnalyticsAccount", lambda c: c.analytics.get_analytics_account(ACCOUNT)),
    Case(
        "refreshAnalyticsAccount",
        lambda c, b: c.analytics.refresh_analytics_account(ACCOUNT, body=b),
        body=example("RefreshAnalyticsRequest"),
    ),
    Case(
        "listAnalyticsAccountRawSnapshots",
        lambda c: c.analytics.list_analytics_account_raw_snapshots(ACCOUNT, source="tiktok", limit=10, **DATES),
    ),
    Case("getAccountAnalytics", lambda c: c.analytics.get_account_analytics(ACCOUNT)),
    Case(
        "listAccountVideoAnalytics",
        lambda c: c.analytics.list_account_video_analytics(
            ACCOUNT, page=1, per_page=10, sort_by="views", sort_order="desc"
        ),
    ),
    Case("getVideoAnalytics", lambda c: c.analytics.get_video_analytics(VIDEO)),
    Case(
        "getCommentPulse",
        lambda c: c.analytics.get_comment_pulse(
            platform="tiktok", country="USA", account=ACCOUNT, post=POST, limit=20, post_limit=5, **DATES
        ),
    ),
    Case(
        "listAnalyticsAccountComments",
        lambda c: c.analytics.list_analytics_account_comments(ACCOUNT, tracked_post_id=POST, post_id="7301", limit=10),
    ),
    Case(
        "listAnalyticsPostRawSnapshots",
        lambda c: c.analytics.list_analytics_post_raw_snapshots(POST, source="tiktok", limit=5, **DATES),
    ),
    # Webhooks
    Case("listWebhookEvents", lambda c: c.webhooks.list_webhook_events()),
    Case(
        "listWebhookEndpoints",
        lambda c: c.webhooks.list_webhook_endpoints(page=1, per_page=10, enabled=True, event="bundle.published"),
    ),
    Case(
        "createWebhookEndpoint",
        lambda c, b: c.webhooks.create_webhook_endpoint(body=b),
        body=example("CreateWebhookEndpointRequest"),
    ),
    Case("getWebhookEndpoint", lambda c: c.webhooks.get_webhook_endpoint(WEBHOOK)),
    Case(
        "updateWebhookEndpoint",
        lambda c, b: c.webhooks.update_webhook_endpoint(WEBHOOK, body=b),
        body=example("UpdateWebhookEndpointRequest"),
    ),
    Case("deleteWebhookEndpoint", lambda c: c.webhooks.delete_webhook_endpoint(WEBHOOK)),
    Case(
        "listWebhookDeliveries",
        lambda c: c.webhooks.list_webhook_deliveries(
            WEBHOOK, page=2, per_page=5, event_type="bundle.published", success=False
        ),
    ),
    Case("retryWebhookDelivery", lambda c: c.webhooks.retry_webhook_delivery(WEBHOOK, DELIVERY)),
    Case("testWebhookEndpoint", lambda c: c.webhooks.test_webhook_endpoint(WEBHOOK)),
    # Uploads
    Case("uploadVideo", lambda c, b: c.uploads.upload_video(body=b), body=example("UploadVideoRequest")),
    Case(
        "uploadVideoDirect",
        lambda c: c.uploads.upload_video_direct(file=("launch-teaser.mp4", MP4, "video/mp4"), bundle_id=BUNDLE),
    ),
    Case("uploadImage", lambda c, b: c.uploads.upload_image(body=b), body=example("UploadImageRequest")),
    Case(
        "uploadImageDirect",
        lambda c: c.uploads.upload_image_direct(file=io.BytesIO(PNG), bundle_id=BUNDLE, purpose="profile_picture"),
    ),
    Case(
        "uploadImageFromUrl",
        lambda c, b: c.uploads.upload_image_from_url(body=b),
        body=example("UploadImageFromUrlRequest"),
    ),
    # Comments
    Case("listCommentTasks", lambda c: c.comments.list_comment_tasks(page=1, per_page=10)),
    Case(
        "createCommentTasks",
        lambda c, b: c.comments.create_comment_tasks(body=b),
        body=SCHEMAS["CreateCommentTaskRequest"]["example"],
    ),
    Case("getCommentTask", lambda c: c.comments.get_comment_task(COMMENT)),
    Case("deleteCommentTask", lambda c: c.comments.delete_comment_task(COMMENT)),
    Case("approveCommentTask", lambda c: c.comments.approve_comment_task(COMMENT)),
    Case(
        "disputeCommentTask",
        lambda c, b: c.comments.dispute_comment_task(COMMENT, body=b),
        body=example("DisputeCommentRequest"),
    ),
    Case("listCommentTaskVerifications", lambda c: c.comments.list_comment_task_verifications(COMMENT)),
]


def default_case(operation: Operation) -> Case | None:
    """A case for an operation the list above does not know yet (a newer contract): called with an id for each
    path parameter and nothing else, when it needs nothing else."""
    if operation.body is not None or any(p.required for p in operation.parameters if p.location == "query"):
        return None
    ids = [BUNDLE for p in operation.parameters if p.location == "path"]
    return Case(operation.operation_id, lambda c: getattr(getattr(c, operation.tag), operation.name)(*ids))


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


def check_exchange(mock: Any, mark: tuple[int, int], operation_id: str) -> Any:
    """The one request of this call: for ``operation_id``, valid, answered with a success."""
    requests, violations = mock.since(mark)
    assert not violations, "contract violations:\n" + "\n".join(str(v) for v in violations)
    assert [r.operation_id for r in requests] == [operation_id]
    assert requests[0].valid and 200 <= requests[0].status < 300
    return requests[0]


def check_result(result: Any, declared: str) -> None:
    if declared == "None":
        assert result is None
    else:
        assert type(result).__name__ == declared, f"expected {declared}, got {type(result).__name__}"


def test_cases_cover_the_spec() -> None:
    assert sorted(case.operation_id for case in CASES) == sorted(OPERATIONS)
    assert len(CASES) == len(BY_ID)  # one case per operation


@pytest.mark.parametrize("operation_id", list(OPERATIONS))
def test_facade_has_a_method_per_operation(operation_id: str, client: TokPortal) -> None:
    resource = getattr(client, tag_attribute(OPERATIONS[operation_id]["tags"][0]))
    assert callable(getattr(resource, snake(operation_id)))


@pytest.mark.parametrize("case", CASES, ids=str)
def test_operation(case: Case, client: TokPortal, mock_api: Any) -> None:
    mark = mock_api.mark()
    try:
        result = case.run(client)
    except APIStatusError as error:
        _, violations = mock_api.since(mark)
        pytest.fail(f"{case.operation_id}: {error}\n" + "\n".join(str(v) for v in violations))
    request = check_exchange(mock_api, mark, case.operation_id)
    check_result(result, expected_result(client, case.operation_id))
    if case.body is not None:  # the JSON on the wire is the body given: nothing added, dropped or renamed
        assert json.loads(request.body) == case.body


@pytest.mark.parametrize("case", CASES, ids=str)
def test_operation_with_a_sparse_response(case: Case, sparse_client: TokPortal, mock_api: Any) -> None:
    """The client takes the least a success response may carry, and null wherever the spec allows it."""
    mark = mock_api.mark()
    try:
        result = case.run(sparse_client)
    except APIStatusError as error:
        _, violations = mock_api.since(mark)
        pytest.fail(f"{case.operation_id}: {error}\n" + "\n".join(str(v) for v in violations))
    check_exchange(mock_api, mark, case.operation_id)
    check_result(result, expected_result(sparse_client, case.operation_id))


@pytest.mark.parametrize("case", CASES, ids=str)
def test_request_headers_follow_the_operation(case: Case, client: TokPortal, mock_api: Any) -> None:
    """X-API-Key except on the public operations; an Idempotency-Key exactly on the standard writes."""
    operation = OPERATIONS[case.operation_id]
    mark = mock_api.mark()
    case.run(client)
    headers = check_exchange(mock_api, mark, case.operation_id).headers
    public = operation.get("security") == []
    assert ("x-api-key" in headers) is not public
    if not public:
        assert headers["x-api-key"] == API_KEY
    policy = operation["x-tokportal-idempotency"]
    assert ("idempotency-key" in headers) is (policy == "standard"), policy
    assert headers["x-tokportal-client"].startswith("tokportal-client-python/")


@pytest.mark.parametrize("operation_id", ASYNC_SAMPLE)
async def test_async_operation(operation_id: str, mock_api: Any) -> None:
    async with AsyncTokPortal(api_key=API_KEY, base_url=mock_api.url, max_retries=0) as aclient:
        mark = mock_api.mark()
        result = await BY_ID[operation_id].run(aclient)
        check_exchange(mock_api, mark, operation_id)
        check_result(result, expected_result(aclient, operation_id))


def test_pagination_walks_every_page(client: TokPortal, mock_api: Any) -> None:
    ref = "contract-paging"
    created = {
        client.bundles.create_bundle(
            body={"bundle_type": "account_only", "platform": "tiktok", "country": "USA", "external_ref": ref}
        ).data.id
        for _ in range(5)
    }
    mark = mock_api.mark()
    pages = list(client.bundles.iter_bundles(external_ref=ref, per_page=2).pages())
    requests, violations = mock_api.since(mark)
    assert not violations
    assert [len(page.data) for page in pages] == [2, 2, 1]
    assert {b.id for page in pages for b in page.data} == created
    assert [dict(r.query)["page"] for r in requests] == ["1", "2", "3"]


async def test_async_pagination_walks_every_page(mock_api: Any) -> None:
    ref = "contract-async-paging"
    async with AsyncTokPortal(api_key=API_KEY, base_url=mock_api.url, max_retries=0) as aclient:
        for _ in range(3):
            await aclient.bundles.create_bundle(
                body={"bundle_type": "account_only", "country": "USA", "external_ref": ref}
            )
        mark = mock_api.mark()
        ids = [bundle.id async for bundle in aclient.bundles.iter_bundles(external_ref=ref, per_page=2)]
    _, violations = mock_api.since(mark)
    assert not violations
    assert len(ids) == len(set(ids)) == 3


def iterators(client: Any) -> list[tuple[str, Any]]:
    """Every ``iter_*`` method of the client, by name."""
    found = []
    for tag in dict.fromkeys(op["tags"][0] for op in OPERATIONS.values()):
        resource = getattr(client, tag_attribute(tag))
        found += [
            (f"{tag_attribute(tag)}.{name}", getattr(resource, name))
            for name in dir(resource)
            if name.startswith("iter_")
        ]
    return found


def test_every_iterator_walks_its_pages(client: TokPortal, mock_api: Any) -> None:
    """Each ``iter_*`` pages through its list operation with requests the validator accepts."""
    walked = []
    for name, method in iterators(client):
        needs_id = [
            p
            for p in inspect.signature(method).parameters.values()
            if p.default is inspect.Parameter.empty and p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
        ]
        pager = method(*(["iterator-" + name] * len(needs_id)), per_page=1, max_items=3)
        mark = mock_api.mark()
        items = list(pager)
        requests, violations = mock_api.since(mark)
        assert not violations, name
        assert len(items) >= 1 and len(requests) == len(items), name
        assert [dict(r.query)["page"] for r in requests] == [str(n) for n in range(1, len(items) + 1)], name
        assert {r.operation_id for r in requests} <= {op for op in OPERATIONS if op.startswith("list")}, name
        walked.append(name)
    paginated = [op for op, spec in OPERATIONS.items() if any(p["name"] == "page" for p in spec.get("parameters", []))]
    assert len(walked) == len(paginated) > 0


def test_explicit_nulls_and_batches_are_sent_as_given(client: TokPortal, mock_api: Any) -> None:
    """Nullable fields set to None go out as null (to clear them); a comment batch picks the batch schema."""
    calls = [
        ("updateBundle", lambda b: client.bundles.update_bundle(BUNDLE, body=b), {"external_ref": None, "title": None}),
        ("patchBundleVideo", lambda b: client.videos.patch_bundle_video(BUNDLE, 2, body=b), {"name": None}),
        (
            "updateWebhookEndpoint",
            lambda b: client.webhooks.update_webhook_endpoint(WEBHOOK, body=b),
            {"description": None},
        ),
        (
            "createAnalyticsReport",
            lambda b: client.analytics.create_analytics_report(body=b),
            {"title": None, "template": None, "accountIds": [ACCOUNT], "platforms": ["tiktok"], "from": "2026-05-01"},
        ),
        (
            "createCommentTasks",
            lambda b: client.comments.create_comment_tasks(body=b),
            {
                "tasks": [
                    SCHEMAS["CreateCommentTaskRequest"]["example"],
                    {**SCHEMAS["CreateCommentTaskRequest"]["example"], "brief_id": None},
                ]
            },
        ),
    ]
    for operation_id, call, body in calls:
        mark = mock_api.mark()
        call(copy.deepcopy(body))
        request = check_exchange(mock_api, mark, operation_id)
        assert json.loads(request.body) == body, operation_id


def test_dry_run_prices_without_creating(client: TokPortal, mock_api: Any) -> None:
    mark = mock_api.mark()
    body = {"bundle_type": "account_and_videos", "platform": "tiktok", "country": "USA", "videos_quantity": 2}
    result = client.bundles.create_bundle(body=body, dry_run=True)
    request = check_exchange(mock_api, mark, "createBundle")
    assert request.headers["x-tokportal-dry-run"] == "true"
    assert result.dry_run is True and result.credits_charged == 0 and result.credits_would_charge == 36
    with pytest.raises(NotFoundError) as raised:
        client.bundles.get_bundle(result.data.id)  # a dry run creates nothing
    assert raised.value.code == "BUNDLE_NOT_FOUND"
    assert not mock_api.since(mark)[1]


def test_documented_errors_are_typed(client: TokPortal, mock_api: Any) -> None:
    """A 409 the spec documents (publishing a bundle that is not ready) reaches the caller as ConflictError."""
    body = {"bundle_type": "account_and_videos", "platform": "tiktok", "country": "USA", "videos_quantity": 1}
    bundle_id = client.bundles.create_bundle(body=body).data.id
    assert isinstance(bundle_id, str)
    mark = mock_api.mark()
    with pytest.raises(ConflictError) as raised:
        client.bundles.publish_bundle(bundle_id)
    assert raised.value.status_code == 409 and raised.value.code == "ACCOUNT_NOT_CONFIGURED"
    assert [b["code"] for b in raised.value.details["blockers"]] == ["ACCOUNT_NOT_CONFIGURED", "NO_VIDEOS_CONFIGURED"]
    assert raised.value.request_id
    assert not mock_api.since(mark)[1]


def test_idempotent_retry_is_replayed(client: TokPortal, mock_api: Any) -> None:
    body = {"bundle_type": "account_only", "platform": "instagram", "country": "USA"}
    first = client.with_raw_response.bundles.create_bundle(body=body, idempotency_key="contract-replay-1")
    second = client.with_raw_response.bundles.create_bundle(body=body, idempotency_key="contract-replay-1")
    assert not first.idempotent_replayed and second.idempotent_replayed
    assert first.parsed.data.id == second.parsed.data.id
    assert second.api_version == SPEC["info"]["version"] and second.request_id


# -- the validator rejects what the contract forbids ------------------------------------------------------------


def raw_request(mock: Any, method: str, path: str, **kwargs: Any) -> tuple[httpx.Response, list[Any]]:
    mark = mock.mark()
    response = httpx.request(method, mock.url + path, timeout=10, **kwargs)
    return response, mock.since(mark)[1]


def test_validator_rejects_a_wrongly_typed_query_parameter(mock_api: Any) -> None:
    response, violations = raw_request(mock_api, "GET", "/bundles?per_page=abc", headers={"X-API-Key": API_KEY})
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "CONTRACT_VIOLATION" and "per_page" in error["message"]
    assert len(violations) == 1
    assert violations[0].operation_id == "listBundles" and "per_page" in violations[0].message


def test_validator_rejects_an_invalid_body(mock_api: Any) -> None:
    body = {"bundle_type": "account_plus", "country": "USA"}
    response, violations = raw_request(mock_api, "POST", "/bundles", json=body, headers={"X-API-Key": API_KEY})
    assert response.status_code == 400
    assert [v.operation_id for v in violations] == ["createBundle"]
    assert "bundle_type" in violations[0].message and "account_plus" in violations[0].message


def test_validator_rejects_a_missing_api_key(mock_api: Any) -> None:
    response, violations = raw_request(mock_api, "GET", "/me")
    assert response.status_code == 400 and [v.operation_id for v in violations] == ["getCurrentUser"]
    public, none = raw_request(mock_api, "GET", "/countries")
    assert public.status_code == 200 and not none


def test_validator_rejects_a_body_on_an_operation_without_one(mock_api: Any) -> None:
    _, violations = raw_request(mock_api, "POST", f"/bundles/{BUNDLE}/publish", json={}, headers={"X-API-Key": API_KEY})
    assert [v.operation_id for v in violations] == ["publishBundle"]


def test_validator_rejects_an_unknown_path(mock_api: Any) -> None:
    response, violations = raw_request(mock_api, "GET", "/bundles/x/y/z", headers={"X-API-Key": API_KEY})
    assert response.status_code == 404 and len(violations) == 1 and violations[0].operation_id is None


def test_response_self_check_catches_an_invalid_response(mock_api: Any) -> None:
    mockapi = load_mockapi()
    headers = mockapi.Headers([("X-API-Key", API_KEY)])
    request = mock_api.validator.openapi_request("GET", f"/api/ext/bundles/{BUNDLE}", "", headers, b"")
    bad = mockapi.Reply(200, json.dumps({"data": {"id": 7}}).encode(), "application/json")
    problems = mock_api.validator.response_errors(request, bad)
    assert problems and "data/id" in problems[0]


def test_path_parameters_stay_in_their_segment(client: TokPortal, mock_api: Any) -> None:
    """An id with '/', dots or spaces reaches getBundle as that id, never another path ("." and ".." are refused)."""
    for weird in ("../me", "a/b c", "...", "ü?#%"):
        mark = mock_api.mark()
        result = client.bundles.get_bundle(weird)
        request = check_exchange(mock_api, mark, "getBundle")
        assert result.data.id == weird, request.path


# -- keep last: coverage of the whole run -------------------------------------------------------------------------


def test_every_operation_was_exercised(mock_api: Any, request: pytest.FixtureRequest) -> None:
    selected = {item.name for item in request.session.items}
    if not all(f"test_operation[{operation_id}]" in selected for operation_id in OPERATIONS):
        pytest.skip("only meaningful when the whole contract suite runs")
    missing = set(OPERATIONS) - mock_api.seen_operations
    assert not missing, f"never called with a valid request: {sorted(missing)}"
