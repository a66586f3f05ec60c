"""Get analytics time series (GET /analytics/series)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import httpx

from ...models.analytics_granularity import AnalyticsGranularity
from ...models.analytics_metric import AnalyticsMetric
from ...models.analytics_mode import AnalyticsMode
from ...models.analytics_response import AnalyticsResponse
from ...types import (
    UNSET,
    Operation,
    Unset,
    check_list,
    check_param,
    known_enum,
)

OPERATION = Operation(
    operation_id="getAnalyticsSeries",
    method="GET",
    path="/analytics/series",
    idempotency="not-applicable",
    requires_auth=True,
)


def build_request(
    *,
    metric: AnalyticsMetric | str | Unset = UNSET,
    granularity: AnalyticsGranularity | str | Unset = UNSET,
    mode: AnalyticsMode | str | Unset = UNSET,
    account: Sequence[str] | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/analytics/series",
    }
    params: dict[str, Any] = {}
    if metric is not UNSET:
        params["metric"] = known_enum(AnalyticsMetric, metric, "metric").value
    if granularity is not UNSET:
        params["granularity"] = known_enum(AnalyticsGranularity, granularity, "granularity").value
    if mode is not UNSET:
        params["mode"] = known_enum(AnalyticsMode, mode, "mode").value
    if account is not UNSET:
        params["account"] = [check_param(item, str, "account") for item in check_list(account, "account")]
    if from_ is not UNSET:
        params["from"] = check_param(from_, str, "from")
    if to is not UNSET:
        params["to"] = check_param(to, str, "to")
    request["params"] = params
    return request


def parse_response(response: httpx.Response) -> AnalyticsResponse:
    """Parse the success response."""
    return AnalyticsResponse.from_dict(response.json())
