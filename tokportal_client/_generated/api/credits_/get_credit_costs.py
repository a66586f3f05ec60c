"""Get credit pricing (GET /credit-costs)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.credit_costs_response import CreditCostsResponse
from ...types import (
    Operation,
)

OPERATION = Operation(
    operation_id="getCreditCosts",
    method="GET",
    path="/credit-costs",
    idempotency="not-applicable",
    requires_auth=False,
)


def build_request() -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/credit-costs",
    }
    return request


def parse_response(response: httpx.Response) -> CreditCostsResponse:
    """Parse the success response."""
    return CreditCostsResponse.from_dict(response.json())
