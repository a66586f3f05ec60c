"""Export analytics videos CSV (GET /analytics/export/videos)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import httpx

from ...models.platform import Platform
from ...types import (
    UNSET,
    Operation,
    Unset,
    check_list,
    check_param,
    known_enum,
)

OPERATION = Operation(
    operation_id="exportAnalyticsVideos",
    method="GET",
    path="/analytics/export/videos",
    idempotency="not-applicable",
    requires_auth=True,
)


def build_request(
    *,
    account: Sequence[str] | Unset = UNSET,
    workspace: str | Unset = UNSET,
    platform: Sequence[Platform | str] | Unset = UNSET,
    country: Sequence[str] | Unset = UNSET,
    q: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/analytics/export/videos",
    }
    params: dict[str, Any] = {}
    if account is not UNSET:
        params["account"] = [check_param(item, str, "account") for item in check_list(account, "account")]
    if workspace is not UNSET:
        params["workspace"] = check_param(workspace, str, "workspace")
    if platform is not UNSET:
        params["platform"] = [known_enum(Platform, item, "platform").value for item in check_list(platform, "platform")]
    if country is not UNSET:
        params["country"] = [check_param(item, str, "country") for item in check_list(country, "country")]
    if q is not UNSET:
        params["q"] = check_param(q, str, "q")
    if from_ is not UNSET:
        params["from"] = check_param(from_, str, "from")
    if to is not UNSET:
        params["to"] = check_param(to, str, "to")
    request["params"] = params
    return request


def parse_response(response: httpx.Response) -> str:
    """Parse the success response."""
    return response.text
