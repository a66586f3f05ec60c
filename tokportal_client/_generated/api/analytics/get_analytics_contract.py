"""Get analytics data contract (GET /analytics/contract)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.analytics_response import AnalyticsResponse
from ...types import (
    Operation,
)

OPERATION = Operation(
    operation_id="getAnalyticsContract",
    method="GET",
    path="/analytics/contract",
    idempotency="not-applicable",
    requires_auth=True,
)


def build_request() -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/analytics/contract",
    }
    return request


def parse_response(response: httpx.Response) -> AnalyticsResponse:
    """Parse the success response."""
    return AnalyticsResponse.from_dict(response.json())
