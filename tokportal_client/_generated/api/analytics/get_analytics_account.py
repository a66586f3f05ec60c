"""Get account analytics drilldown (GET /analytics/accounts/{id})."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.analytics_response import AnalyticsResponse
from ...types import (
    Operation,
    path_segment,
)

OPERATION = Operation(
    operation_id="getAnalyticsAccount",
    method="GET",
    path="/analytics/accounts/{id}",
    idempotency="not-applicable",
    requires_auth=True,
)


def build_request(
    id: str,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/analytics/accounts/{id}".format(
            id=path_segment(id, "id"),
        ),
    }
    return request


def parse_response(response: httpx.Response) -> AnalyticsResponse:
    """Parse the success response."""
    return AnalyticsResponse.from_dict(response.json())
