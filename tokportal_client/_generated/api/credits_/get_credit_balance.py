"""Get credit balance (GET /credits/balance)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    RequestSpec,
)

from ...models.credit_balance_response import CreditBalanceResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["get_credit_balance"]


def build_request() -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/credits/balance"
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response) -> CreditBalanceResponse:
    """Parse the success response."""
    return CreditBalanceResponse.from_dict(response.json())
