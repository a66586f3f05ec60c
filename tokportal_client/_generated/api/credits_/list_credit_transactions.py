"""List credit transactions (GET /credits/history)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.credit_transaction_list_response import CreditTransactionListResponse
from ...types import (
    UNSET,
    Operation,
    Unset,
    check_param,
)

OPERATION = Operation(
    operation_id="listCreditTransactions",
    method="GET",
    path="/credits/history",
    idempotency="not-applicable",
    requires_auth=True,
)


def build_request(
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/credits/history",
    }
    params: dict[str, Any] = {}
    if page is not UNSET:
        params["page"] = check_param(page, int, "page")
    if per_page is not UNSET:
        params["per_page"] = check_param(per_page, int, "per_page")
    request["params"] = params
    return request


def parse_response(response: httpx.Response) -> CreditTransactionListResponse:
    """Parse the success response."""
    return CreditTransactionListResponse.from_dict(response.json())
