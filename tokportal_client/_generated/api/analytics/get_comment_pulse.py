"""Get comment pulse analytics (GET /analytics/comments)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    UNSET,
    Parsed,
    RequestSpec,
    Unset,
    check_param,
    known_enum,
    parameter_rules,
    parse,
)

from ...models.analytics_response import AnalyticsResponse
from ...models.platform import Platform, PlatformLiteral
from ...registry import OPERATIONS

OPERATION = OPERATIONS["get_comment_pulse"]
RULES = parameter_rules(OPERATION)
"""The contract's constraints on the parameters, from the registry."""


def build_request(
    *,
    platform: Platform | PlatformLiteral | Unset = UNSET,
    country: str | Unset = UNSET,
    account: str | Unset = UNSET,
    post: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    post_limit: int | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/analytics/comments"
    params: list[tuple[str, str | int]] = []
    if not isinstance(platform, Unset):
        params.append(("platform", known_enum(Platform, platform, "platform").value))
    if not isinstance(country, Unset):
        params.append(("country", check_param(country, str, "country")))
    if not isinstance(account, Unset):
        params.append(("account", check_param(account, str, "account")))
    if not isinstance(post, Unset):
        params.append(("post", check_param(post, str, "post")))
    if not isinstance(limit, Unset):
        params.append(("limit", check_param(limit, int, "limit", RULES["limit"])))
    if not isinstance(post_limit, Unset):
        params.append(("postLimit", check_param(post_limit, int, "postLimit", RULES["postLimit"])))
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
