"""What a user's type checker says about code written against the client (``mypy --strict``).

Each case is a small user script. A line ending in ``# E`` must get a mypy error, and no other line may: so a
mistake a user can make is caught statically, and correct code passes untouched (no casts, no ``isinstance``
asserts, no ``Unset`` handling). Add a case by adding a script to :data:`CASES`.
"""

from __future__ import annotations

import pytest
from typecheck import mypy_errors, show

HEADER = """\
from __future__ import annotations

from tokportal_client import AsyncTokPortal, RetryPolicy, TokPortal, apaginate, models, paginate

client = TokPortal()
"""

CASES: dict[str, str] = {
    "realistic_script_passes": """
def order_and_configure() -> str | None:
    client = TokPortal(retry=RetryPolicy(max_retries=4, retry_statuses={408, 429, 500, 502, 503, 504}))
    created = client.bundles.create_bundle(
        body={"bundle_type": "account_and_videos", "platform": "tiktok", "country": "USA", "videos_quantity": 3},
        idempotency_key="campaign-42-us",
    )
    bundle_id = created.data.bundle_id
    if bundle_id is not None:
        client.account_configuration.configure_bundle_account(
            bundle_id, body={"username": "cool.user", "visible_name": "Cool User", "biography": "Just vibes."}
        )
    return bundle_id


def slots_after_one_more() -> list[int]:
    totals: list[int] = []
    for bundle in client.bundles.iter_bundles(status="published"):
        name: str = bundle.id
        print(name, bundle.next_action)
        if bundle.videos_quantity is not None:
            totals.append(bundle.videos_quantity + 1)
    return totals


def paginated_ids() -> list[str]:
    return [bundle.id for bundle in paginate(client.bundles.list_bundles, status="published", per_page=50)]


async def account_ids(aclient: AsyncTokPortal) -> list[str]:
    return [account.id async for account in apaginate(aclient.accounts.list_accounts)]


def bodies() -> None:
    prepared: models.CreateBundleRequestDict = {"bundle_type": "videos_only", "account_id": "acc_1"}
    client.bundles.create_bundle(body=prepared)
    client.bundles.create_bundle(body=models.CreateBundleRequest(bundle_type="account_only", country="USA"))
    client.bundles.create_bundle(body={"bundle_type": models.BundleType.ACCOUNT_ONLY, "country": "USA"})
    client.webhooks.create_webhook_endpoint(
        body={"url": "https://example.com/hook", "events": ["bundle.published", "video.finalized"]}
    )
""",
    "unknown_key_in_a_body_dict": """
client.bundles.create_bundle(body={"bundle_type": "account_only", "video_quantity": 3})  # E
prepared: models.CreateBundleRequestDict = {"bundle_type": "account_only", "video_quantity": 3}  # E
""",
    "bad_enum_literal_in_a_body_dict": """
client.bundles.create_bundle(body={"bundle_type": "acount_only", "country": "USA"})  # E
client.webhooks.create_webhook_endpoint(body={"url": "https://example.com/hook", "events": ["bundle.publish"]})  # E
""",
    "bad_enum_literal_in_a_request_model": """
models.CreateBundleRequest(bundle_type="acount_only")  # E
""",
    "int_from_a_paginated_item_id": """
for bundle in paginate(client.bundles.list_bundles):
    number: int = bundle.id  # E
for item in client.bundles.iter_bundles():
    other: int = item.id  # E
""",
    "misspelled_filter_or_option": """
client.bundles.list_bundles(stauts="published")  # E
client.credits.get_credit_balance(timeot=5)  # E
""",
    "misspelled_constructor_or_with_options_keyword": """
TokPortal(max_retrys=3)  # E
client.with_options(max_retires=0)  # E
AsyncTokPortal(max_concurency=4)  # E
""",
    "idempotency_key_on_a_secret_bearing_operation": """
client.accounts.reveal_account_credentials("acc_1", idempotency_key="k")  # E
client.webhooks.create_webhook_endpoint(body={"url": "https://example.com/h", "events": []}, idempotency_key="k")  # E
client.bundles.create_bundle(body={"bundle_type": "account_only"}, idempotency_key="k")
""",
    "results_carry_their_request_id": """
request_id: str | None = client.bundles.get_bundle("b-1").request_id
export_id: str | None = client.analytics.export_analytics_videos().request_id
pager_id: str | None = client.bundles.iter_bundles().request_id
written: int = client.analytics.export_analytics_videos(save_to="videos.csv")
text: str = client.analytics.export_analytics_videos()
""",
    "optional_result_field_needs_a_check": """
bundle = client.bundles.get_bundle("b-1").data
more = bundle.videos_quantity + 1  # E
""",
}


def expected_lines(source: str) -> list[int]:
    return [number for number, line in enumerate(source.splitlines(), start=1) if line.rstrip().endswith("# E")]


@pytest.fixture(scope="module")
def checked() -> tuple[dict[str, str], dict[str, list[tuple[int, str]]]]:
    files = {f"case_{name}.py": HEADER + source for name, source in CASES.items()}
    return files, mypy_errors(files)


@pytest.mark.parametrize("name", sorted(CASES))
def test_case(name: str, checked: tuple[dict[str, str], dict[str, list[tuple[int, str]]]]) -> None:
    files, errors = checked
    filename = f"case_{name}.py"
    source, found = files[filename], errors[filename]
    wanted = expected_lines(source)
    got = sorted({line for line, _ in found})
    assert got == wanted, (
        f"lines with mypy errors {got}, expected {wanted}:\n{show(found, source)}"
        if found
        else f"mypy reported nothing; expected errors on lines {wanted}"
    )


def test_the_realistic_script_has_no_workarounds() -> None:
    for workaround in ("cast(", "isinstance", "Unset", "UNSET", "type: ignore", "assert"):
        assert workaround not in CASES["realistic_script_passes"]
