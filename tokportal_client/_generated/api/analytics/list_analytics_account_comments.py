"""List comments for an account post (GET /analytics/accounts/{id}/comments)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    UNSET,
    Parsed,
    RequestSpec,
    Unset,
    check_param,
    parameter_rules,
    parse,
    path_segment,
)

from ...models.analytics_response import AnalyticsResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["list_analytics_account_comments"]
RULES = parameter_rules(OPERATION)
"""The contract's constraints on the parameters, from the registry."""


def build_request(
    id: str,
    *,
    tracked_post_id: str | Unset = UNSET,
    post_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/analytics/accounts/{id}/comments".format(
        id=path_segment(id, "id", str),
    )
    params: list[tuple[str, str | int]] = []
    if not isinstance(tracked_post_id, Unset):
        params.append(("trackedPostId", check_param(tracked_post_id, str, "trackedPostId")))
    if not isinstance(post_id, Unset):
        params.append(("postId", check_param(post_id, str, "postId")))
    if not isinstance(limit, Unset):
        params.append(("limit", check_param(limit, int, "limit", RULES["limit"])))
    request["params"] = tuple(params)
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[AnalyticsResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(AnalyticsResponse, response.json(), strict=strict)
