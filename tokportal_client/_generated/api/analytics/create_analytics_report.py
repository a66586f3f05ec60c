"""Create analytics web report (POST /analytics/export/reports)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    Parsed,
    RequestSpec,
    coerce_body,
    parse,
)

from ...models.analytics_report_response import AnalyticsReportResponse
from ...models.create_analytics_report_request import CreateAnalyticsReportRequest, CreateAnalyticsReportRequestDict
from ...registry import OPERATIONS

OPERATION = OPERATIONS["create_analytics_report"]


def build_request(
    *,
    body: CreateAnalyticsReportRequest | CreateAnalyticsReportRequestDict,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/analytics/export/reports"
    request["json"] = coerce_body((CreateAnalyticsReportRequest,), body)
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[AnalyticsReportResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(AnalyticsReportResponse, response.json(), strict=strict)
