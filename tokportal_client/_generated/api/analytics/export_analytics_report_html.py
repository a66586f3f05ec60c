"""Export analytics report HTML (POST /analytics/export/reports/html)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    Parsed,
    RequestSpec,
    TextResult,
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


def parse_response(response: httpx.Response, strict: bool) -> Parsed[TextResult]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return TextResult(response.text), []
