"""List post analytics for an account (GET /accounts/{id}/analytics/videos)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.video_analytics_list_response import VideoAnalyticsListResponse
from ...types import (
    UNSET,
    Operation,
    Unset,
    check_param,
    path_segment,
)

OPERATION = Operation(
    operation_id="listAccountVideoAnalytics",
    method="GET",
    path="/accounts/{id}/analytics/videos",
    idempotency="not-applicable",
    requires_auth=True,
)


def build_request(
    id: str,
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/accounts/{id}/analytics/videos".format(
            id=path_segment(id, "id"),
        ),
    }
    params: dict[str, Any] = {}
    if page is not UNSET:
        params["page"] = check_param(page, int, "page")
    if per_page is not UNSET:
        params["per_page"] = check_param(per_page, int, "per_page")
    if sort_by is not UNSET:
        params["sort_by"] = check_param(sort_by, str, "sort_by")
    if sort_order is not UNSET:
        params["sort_order"] = check_param(sort_order, str, "sort_order")
    request["params"] = params
    return request


def parse_response(response: httpx.Response) -> VideoAnalyticsListResponse:
    """Parse the success response."""
    return VideoAnalyticsListResponse.from_dict(response.json())
