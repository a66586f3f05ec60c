"""Create analytics web report (POST /analytics/export/reports)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.analytics_report_response import AnalyticsReportResponse
from ...models.create_analytics_report_request import CreateAnalyticsReportRequest, CreateAnalyticsReportRequestDict
from ...types import (
    Operation,
    coerce_body,
)

OPERATION = Operation(
    operation_id="createAnalyticsReport",
    method="POST",
    path="/analytics/export/reports",
    idempotency="reject-sensitive-response",
    requires_auth=True,
)


def build_request(
    *,
    body: CreateAnalyticsReportRequest | CreateAnalyticsReportRequestDict,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/analytics/export/reports",
    }
    request["json"] = coerce_body((CreateAnalyticsReportRequest,), body)
    return request


def parse_response(response: httpx.Response) -> AnalyticsReportResponse:
    """Parse the success response."""
    return AnalyticsReportResponse.from_dict(response.json())
