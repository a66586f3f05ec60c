"""List ban reports and appeals (GET /account-bans)."""

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

from ...models.account_ban_list_response import AccountBanListResponse
from ...models.account_ban_resolution_filter import AccountBanResolutionFilter, AccountBanResolutionFilterLiteral
from ...models.account_ban_status import AccountBanStatus, AccountBanStatusLiteral
from ...registry import OPERATIONS

OPERATION = OPERATIONS["list_account_bans"]
RULES = parameter_rules(OPERATION)
"""The contract's constraints on the parameters, from the registry."""


def build_request(
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    status: AccountBanStatus | AccountBanStatusLiteral | Unset = UNSET,
    resolution: AccountBanResolutionFilter | AccountBanResolutionFilterLiteral | Unset = UNSET,
    account_id: str | Unset = UNSET,
    since: str | Unset = UNSET,
    include_screenshots: bool | Unset = UNSET,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/account-bans"
    params: list[tuple[str, str | int]] = []
    if not isinstance(page, Unset):
        params.append(("page", check_param(page, int, "page", RULES["page"])))
    if not isinstance(per_page, Unset):
        params.append(("per_page", check_param(per_page, int, "per_page", RULES["per_page"])))
    if not isinstance(status, Unset):
        params.append(("status", known_enum(AccountBanStatus, status, "status").value))
    if not isinstance(resolution, Unset):
        params.append(("resolution", known_enum(AccountBanResolutionFilter, resolution, "resolution").value))
    if not isinstance(account_id, Unset):
        params.append(("account_id", check_param(account_id, str, "account_id")))
    if not isinstance(since, Unset):
        params.append(("since", check_param(since, str, "since")))
    if not isinstance(include_screenshots, Unset):
        params.append(
            (
                "include_screenshots",
                "true" if check_param(include_screenshots, bool, "include_screenshots") else "false",
            )
        )
    request["params"] = tuple(params)
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[AccountBanListResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(AccountBanListResponse, response.json(), strict=strict)
