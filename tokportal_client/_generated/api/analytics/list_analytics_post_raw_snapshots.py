"""List raw post analytics snapshots (GET /analytics/posts/{id}/raw)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    UNSET,
    Parsed,
    RequestSpec,
    Unset,
    check_param,
    parameter_rules,
    parse,
    path_segment,
)

from ...models.analytics_response import AnalyticsResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["list_analytics_post_raw_snapshots"]
RULES = parameter_rules(OPERATION)
"""The contract's constraints on the parameters, from the registry."""


def build_request(
    id: str,
    *,
    source: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/analytics/posts/{id}/raw".format(
        id=path_segment(id, "id", str),
    )
    params: list[tuple[str, str | int]] = []
    if not isinstance(source, Unset):
        params.append(("source", check_param(source, str, "source")))
    if not isinstance(limit, Unset):
        params.append(("limit", check_param(limit, int, "limit", RULES["limit"])))
    if not isinstance(from_, Unset):
        params.append(("from", check_param(from_, str, "from")))
    if not isinstance(to, Unset):
        params.append(("to", check_param(to, str, "to")))
    request["params"] = tuple(params)
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[AnalyticsResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(AnalyticsResponse, response.json(), strict=strict)
