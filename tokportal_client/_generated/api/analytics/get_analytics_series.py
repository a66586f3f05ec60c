"""Get analytics time series (GET /analytics/series)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import httpx

from tokportal_client._runtime import (
    UNSET,
    Parsed,
    RequestSpec,
    Unset,
    check_list,
    check_param,
    known_enum,
    parse,
)

from ...models.analytics_granularity import AnalyticsGranularity, AnalyticsGranularityLiteral
from ...models.analytics_metric import AnalyticsMetric, AnalyticsMetricLiteral
from ...models.analytics_mode import AnalyticsMode, AnalyticsModeLiteral
from ...models.analytics_response import AnalyticsResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["get_analytics_series"]


def build_request(
    *,
    metric: AnalyticsMetric | AnalyticsMetricLiteral | Unset = UNSET,
    granularity: AnalyticsGranularity | AnalyticsGranularityLiteral | Unset = UNSET,
    mode: AnalyticsMode | AnalyticsModeLiteral | Unset = UNSET,
    account: Sequence[str] | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/analytics/series"
    params: list[tuple[str, str | int]] = []
    if not isinstance(metric, Unset):
        params.append(("metric", known_enum(AnalyticsMetric, metric, "metric").value))
    if not isinstance(granularity, Unset):
        params.append(("granularity", known_enum(AnalyticsGranularity, granularity, "granularity").value))
    if not isinstance(mode, Unset):
        params.append(("mode", known_enum(AnalyticsMode, mode, "mode").value))
    if not isinstance(account, Unset):
        params.extend(("account", check_param(item, str, "account")) for item in check_list(account, "account"))
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
