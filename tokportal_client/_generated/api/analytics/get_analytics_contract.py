"""Get analytics data contract (GET /analytics/contract)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    RequestSpec,
)

from ...models.analytics_response import AnalyticsResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["get_analytics_contract"]


def build_request() -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/analytics/contract"
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response) -> AnalyticsResponse:
    """Parse the success response."""
    return AnalyticsResponse.from_dict(response.json())
