"""Get comment pulse analytics (GET /analytics/comments)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.analytics_response import AnalyticsResponse
from ...models.platform import Platform
from ...types import (
    UNSET,
    Operation,
    Unset,
    check_param,
    known_enum,
)

OPERATION = Operation(
    operation_id="getCommentPulse",
    method="GET",
    path="/analytics/comments",
    idempotency="not-applicable",
    requires_auth=True,
)


def build_request(
    *,
    platform: Platform | str | Unset = UNSET,
    country: str | Unset = UNSET,
    account: str | Unset = UNSET,
    post: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    post_limit: int | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/analytics/comments",
    }
    params: dict[str, Any] = {}
    if platform is not UNSET:
        params["platform"] = known_enum(Platform, platform, "platform").value
    if country is not UNSET:
        params["country"] = check_param(country, str, "country")
    if account is not UNSET:
        params["account"] = check_param(account, str, "account")
    if post is not UNSET:
        params["post"] = check_param(post, str, "post")
    if limit is not UNSET:
        params["limit"] = check_param(limit, int, "limit")
    if post_limit is not UNSET:
        params["postLimit"] = check_param(post_limit, int, "postLimit")
    if from_ is not UNSET:
        params["from"] = check_param(from_, str, "from")
    if to is not UNSET:
        params["to"] = check_param(to, str, "to")
    request["params"] = params
    return request


def parse_response(response: httpx.Response) -> AnalyticsResponse:
    """Parse the success response."""
    return AnalyticsResponse.from_dict(response.json())
