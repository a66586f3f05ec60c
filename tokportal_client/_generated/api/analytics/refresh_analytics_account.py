"""Refresh analytics account (POST /analytics/accounts/{id}/refresh)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    Parsed,
    RequestSpec,
    coerce_body,
    parse,
    path_segment,
)

from ...models.analytics_response import AnalyticsResponse
from ...models.refresh_analytics_request import RefreshAnalyticsRequest, RefreshAnalyticsRequestDict
from ...registry import OPERATIONS

OPERATION = OPERATIONS["refresh_analytics_account"]


def build_request(
    id: str,
    *,
    body: RefreshAnalyticsRequest | RefreshAnalyticsRequestDict,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/analytics/accounts/{id}/refresh".format(
        id=path_segment(id, "id", str),
    )
    request["json"] = coerce_body((RefreshAnalyticsRequest,), body)
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[AnalyticsResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(AnalyticsResponse, response.json(), strict=strict)
