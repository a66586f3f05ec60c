"""List comments for an account post (GET /analytics/accounts/{id}/comments)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.analytics_response import AnalyticsResponse
from ...types import (
    UNSET,
    Operation,
    Unset,
    check_param,
    path_segment,
)

OPERATION = Operation(
    operation_id="listAnalyticsAccountComments",
    method="GET",
    path="/analytics/accounts/{id}/comments",
    idempotency="not-applicable",
    requires_auth=True,
)


def build_request(
    id: str,
    *,
    tracked_post_id: str | Unset = UNSET,
    post_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/analytics/accounts/{id}/comments".format(
            id=path_segment(id, "id"),
        ),
    }
    params: dict[str, Any] = {}
    if tracked_post_id is not UNSET:
        params["trackedPostId"] = check_param(tracked_post_id, str, "trackedPostId")
    if post_id is not UNSET:
        params["postId"] = check_param(post_id, str, "postId")
    if limit is not UNSET:
        params["limit"] = check_param(limit, int, "limit")
    request["params"] = params
    return request


def parse_response(response: httpx.Response) -> AnalyticsResponse:
    """Parse the success response."""
    return AnalyticsResponse.from_dict(response.json())
