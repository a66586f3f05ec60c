"""Get credit balance (GET /credits/balance)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.credit_balance_response import CreditBalanceResponse
from ...types import (
    Operation,
)

OPERATION = Operation(
    operation_id="getCreditBalance",
    method="GET",
    path="/credits/balance",
    idempotency="not-applicable",
    requires_auth=True,
)


def build_request() -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/credits/balance",
    }
    return request


def parse_response(response: httpx.Response) -> CreditBalanceResponse:
    """Parse the success response."""
    return CreditBalanceResponse.from_dict(response.json())
