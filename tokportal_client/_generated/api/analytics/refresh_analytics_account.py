"""Refresh analytics account (POST /analytics/accounts/{id}/refresh)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.analytics_response import AnalyticsResponse
from ...models.refresh_analytics_request import RefreshAnalyticsRequest, RefreshAnalyticsRequestDict
from ...types import (
    Operation,
    coerce_body,
    path_segment,
)

OPERATION = Operation(
    operation_id="refreshAnalyticsAccount",
    method="POST",
    path="/analytics/accounts/{id}/refresh",
    idempotency="standard",
    requires_auth=True,
)


def build_request(
    id: str,
    *,
    body: RefreshAnalyticsRequest | RefreshAnalyticsRequestDict,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/analytics/accounts/{id}/refresh".format(
            id=path_segment(id, "id"),
        ),
    }
    request["json"] = coerce_body((RefreshAnalyticsRequest,), body)
    return request


def parse_response(response: httpx.Response) -> AnalyticsResponse:
    """Parse the success response."""
    return AnalyticsResponse.from_dict(response.json())
