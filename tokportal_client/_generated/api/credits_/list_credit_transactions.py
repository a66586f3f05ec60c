"""List credit transactions (GET /credits/history)."""

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
)

from ...models.credit_transaction_list_response import CreditTransactionListResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["list_credit_transactions"]
RULES = parameter_rules(OPERATION)
"""The contract's constraints on the parameters, from the registry."""


def build_request(
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/credits/history"
    params: list[tuple[str, str | int]] = []
    if not isinstance(page, Unset):
        params.append(("page", check_param(page, int, "page", RULES["page"])))
    if not isinstance(per_page, Unset):
        params.append(("per_page", check_param(per_page, int, "per_page", RULES["per_page"])))
    if not isinstance(date_from, Unset):
        params.append(("date_from", check_param(date_from, str, "date_from")))
    if not isinstance(date_to, Unset):
        params.append(("date_to", check_param(date_to, str, "date_to")))
    request["params"] = tuple(params)
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[CreditTransactionListResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(CreditTransactionListResponse, response.json(), strict=strict)
