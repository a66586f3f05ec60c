"""Get account analytics drilldown (GET /analytics/accounts/{id})."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    Parsed,
    RequestSpec,
    parse,
    path_segment,
)

from ...models.analytics_response import AnalyticsResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["get_analytics_account"]


def build_request(
    id: str,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/analytics/accounts/{id}".format(
        id=path_segment(id, "id", str),
    )
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[AnalyticsResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(AnalyticsResponse, response.json(), strict=strict)
