"""List delivered accounts (GET /accounts)."""

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

from ...models.platform import Platform, PlatformLiteral
from ...models.saved_account_list_response import SavedAccountListResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["list_accounts"]
RULES = parameter_rules(OPERATION)
"""The contract's constraints on the parameters, from the registry."""


def build_request(
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    platform: Platform | PlatformLiteral | Unset = UNSET,
    country: str | Unset = UNSET,
    banned: bool | Unset = UNSET,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/accounts"
    params: list[tuple[str, str | int]] = []
    if not isinstance(page, Unset):
        params.append(("page", check_param(page, int, "page", RULES["page"])))
    if not isinstance(per_page, Unset):
        params.append(("per_page", check_param(per_page, int, "per_page", RULES["per_page"])))
    if not isinstance(platform, Unset):
        params.append(("platform", known_enum(Platform, platform, "platform").value))
    if not isinstance(country, Unset):
        params.append(("country", check_param(country, str, "country")))
    if not isinstance(banned, Unset):
        params.append(("banned", "true" if check_param(banned, bool, "banned") else "false"))
    request["params"] = tuple(params)
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[SavedAccountListResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(SavedAccountListResponse, response.json(), strict=strict)
