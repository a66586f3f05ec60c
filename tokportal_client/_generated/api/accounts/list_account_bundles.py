"""List bundles for a delivered account (GET /accounts/{id}/bundles)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.bundle_list_response import BundleListResponse
from ...models.bundle_status import BundleStatus
from ...types import (
    UNSET,
    Operation,
    Unset,
    check_param,
    known_enum,
    path_segment,
)

OPERATION = Operation(
    operation_id="listAccountBundles",
    method="GET",
    path="/accounts/{id}/bundles",
    idempotency="not-applicable",
    requires_auth=True,
)


def build_request(
    id: str,
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    status: BundleStatus | str | Unset = UNSET,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/accounts/{id}/bundles".format(
            id=path_segment(id, "id"),
        ),
    }
    params: dict[str, Any] = {}
    if page is not UNSET:
        params["page"] = check_param(page, int, "page")
    if per_page is not UNSET:
        params["per_page"] = check_param(per_page, int, "per_page")
    if status is not UNSET:
        params["status"] = known_enum(BundleStatus, status, "status").value
    request["params"] = params
    return request


def parse_response(response: httpx.Response) -> BundleListResponse:
    """Parse the success response."""
    return BundleListResponse.from_dict(response.json())
