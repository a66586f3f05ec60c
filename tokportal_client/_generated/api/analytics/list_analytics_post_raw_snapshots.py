"""List raw post analytics snapshots (GET /analytics/posts/{id}/raw)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.analytics_response import AnalyticsResponse
from ...types import (
    UNSET,
    Operation,
    Unset,
    check_param,
    path_segment,
)

OPERATION = Operation(
    operation_id="listAnalyticsPostRawSnapshots",
    method="GET",
    path="/analytics/posts/{id}/raw",
    idempotency="not-applicable",
    requires_auth=True,
)


def build_request(
    id: str,
    *,
    source: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/analytics/posts/{id}/raw".format(
            id=path_segment(id, "id"),
        ),
    }
    params: dict[str, Any] = {}
    if source is not UNSET:
        params["source"] = check_param(source, str, "source")
    if limit is not UNSET:
        params["limit"] = check_param(limit, int, "limit")
    if from_ is not UNSET:
        params["from"] = check_param(from_, str, "from")
    if to is not UNSET:
        params["to"] = check_param(to, str, "to")
    request["params"] = params
    return request


def parse_response(response: httpx.Response) -> AnalyticsResponse:
    """Parse the success response."""
    return AnalyticsResponse.from_dict(response.json())
