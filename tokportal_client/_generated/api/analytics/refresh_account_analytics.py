"""Refresh account analytics (POST /accounts/{id}/analytics/refresh)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.data_response import DataResponse
from ...models.refresh_analytics_request import RefreshAnalyticsRequest, RefreshAnalyticsRequestDict
from ...types import (
    Operation,
    coerce_body,
    path_segment,
)

OPERATION = Operation(
    operation_id="refreshAccountAnalytics",
    method="POST",
    path="/accounts/{id}/analytics/refresh",
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
        "url": "/accounts/{id}/analytics/refresh".format(
            id=path_segment(id, "id"),
        ),
    }
    request["json"] = coerce_body((RefreshAnalyticsRequest,), body)
    return request


def parse_response(response: httpx.Response) -> DataResponse:
    """Parse the success response."""
    return DataResponse.from_dict(response.json())
