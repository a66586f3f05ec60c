"""List post analytics for an account (GET /accounts/{id}/analytics/videos)."""

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

from ...models.video_analytics_list_response import VideoAnalyticsListResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["list_account_video_analytics"]
RULES = parameter_rules(OPERATION)
"""The contract's constraints on the parameters, from the registry."""


def build_request(
    id: str,
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/accounts/{id}/analytics/videos".format(
        id=path_segment(id, "id", str),
    )
    params: list[tuple[str, str | int]] = []
    if not isinstance(page, Unset):
        params.append(("page", check_param(page, int, "page", RULES["page"])))
    if not isinstance(per_page, Unset):
        params.append(("per_page", check_param(per_page, int, "per_page", RULES["per_page"])))
    if not isinstance(sort_by, Unset):
        params.append(("sort_by", check_param(sort_by, str, "sort_by")))
    if not isinstance(sort_order, Unset):
        params.append(("sort_order", check_param(sort_order, str, "sort_order")))
    request["params"] = tuple(params)
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[VideoAnalyticsListResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(VideoAnalyticsListResponse, response.json(), strict=strict)
