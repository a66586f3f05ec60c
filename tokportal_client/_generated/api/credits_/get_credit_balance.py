"""Get credit balance (GET /credits/balance)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    Parsed,
    RequestSpec,
    parse,
)

from ...models.credit_balance_response import CreditBalanceResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["get_credit_balance"]


def build_request() -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/credits/balance"
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[CreditBalanceResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(CreditBalanceResponse, response.json(), strict=strict)
