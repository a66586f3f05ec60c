"""List bundles (GET /bundles)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.account_status import AccountStatus
from ...models.bundle_list_response import BundleListResponse
from ...models.bundle_status import BundleStatus
from ...models.bundle_type import BundleType
from ...models.platform import Platform
from ...types import (
    UNSET,
    Operation,
    Unset,
    check_param,
    known_enum,
)

OPERATION = Operation(
    operation_id="listBundles",
    method="GET",
    path="/bundles",
    idempotency="not-applicable",
    requires_auth=True,
)


def build_request(
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    status: BundleStatus | str | Unset = UNSET,
    bundle_type: BundleType | str | Unset = UNSET,
    platform: Platform | str | Unset = UNSET,
    external_ref: str | Unset = UNSET,
    account_status: AccountStatus | str | Unset = UNSET,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/bundles",
    }
    params: dict[str, Any] = {}
    if page is not UNSET:
        params["page"] = check_param(page, int, "page")
    if per_page is not UNSET:
        params["per_page"] = check_param(per_page, int, "per_page")
    if status is not UNSET:
        params["status"] = known_enum(BundleStatus, status, "status").value
    if bundle_type is not UNSET:
        params["bundle_type"] = known_enum(BundleType, bundle_type, "bundle_type").value
    if platform is not UNSET:
        params["platform"] = known_enum(Platform, platform, "platform").value
    if external_ref is not UNSET:
        params["external_ref"] = check_param(external_ref, str, "external_ref")
    if account_status is not UNSET:
        params["account_status"] = known_enum(AccountStatus, account_status, "account_status").value
    request["params"] = params
    return request


def parse_response(response: httpx.Response) -> BundleListResponse:
    """Parse the success response."""
    return BundleListResponse.from_dict(response.json())
