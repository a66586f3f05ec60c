"""Export analytics report HTML (POST /analytics/export/reports/html)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    RequestSpec,
    coerce_body,
)

from ...models.create_analytics_report_request import CreateAnalyticsReportRequest, CreateAnalyticsReportRequestDict
from ...registry import OPERATIONS

OPERATION = OPERATIONS["export_analytics_report_html"]


def build_request(
    *,
    body: CreateAnalyticsReportRequest | CreateAnalyticsReportRequestDict,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/analytics/export/reports/html"
    request["json"] = coerce_body((CreateAnalyticsReportRequest,), body)
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response) -> str:
    """Parse the success response."""
    return response.text
