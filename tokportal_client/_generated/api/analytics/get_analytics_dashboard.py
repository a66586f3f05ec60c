"""Get analytics dashboard (GET /analytics)."""

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

from ...models.analytics_response import AnalyticsResponse
from ...models.platform import Platform, PlatformLiteral
from ...registry import OPERATIONS

OPERATION = OPERATIONS["get_analytics_dashboard"]


def build_request(
    *,
    workspace: str | Unset = UNSET,
    platform: Sequence[Platform | PlatformLiteral] | Unset = UNSET,
    country: Sequence[str] | Unset = UNSET,
    account: Sequence[str] | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/analytics"
    params: list[tuple[str, str | int]] = []
    if not isinstance(workspace, Unset):
        params.append(("workspace", check_param(workspace, str, "workspace")))
    if not isinstance(platform, Unset):
        params.extend(
            ("platform", known_enum(Platform, item, "platform").value) for item in check_list(platform, "platform")
        )
    if not isinstance(country, Unset):
        params.extend(("country", check_param(item, str, "country")) for item in check_list(country, "country"))
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
