"""Export analytics report HTML (POST /analytics/export/reports/html)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.create_analytics_report_request import CreateAnalyticsReportRequest, CreateAnalyticsReportRequestDict
from ...types import (
    Operation,
    coerce_body,
)

OPERATION = Operation(
    operation_id="exportAnalyticsReportHtml",
    method="POST",
    path="/analytics/export/reports/html",
    idempotency="standard",
    requires_auth=True,
)


def build_request(
    *,
    body: CreateAnalyticsReportRequest | CreateAnalyticsReportRequestDict,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/analytics/export/reports/html",
    }
    request["json"] = coerce_body((CreateAnalyticsReportRequest,), body)
    return request


def parse_response(response: httpx.Response) -> str:
    """Parse the success response."""
    return response.text
