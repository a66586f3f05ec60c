"""Get account analytics compatibility view (GET /accounts/{id}/analytics)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.analytics_response import AnalyticsResponse
from ...types import (
    Operation,
    path_segment,
)

OPERATION = Operation(
    operation_id="getAccountAnalytics",
    method="GET",
    path="/accounts/{id}/analytics",
    idempotency="not-applicable",
    requires_auth=True,
)


def build_request(
    id: str,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/accounts/{id}/analytics".format(
            id=path_segment(id, "id"),
        ),
    }
    return request


def parse_response(response: httpx.Response) -> AnalyticsResponse:
    """Parse the success response."""
    return AnalyticsResponse.from_dict(response.json())
