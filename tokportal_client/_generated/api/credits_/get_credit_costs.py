"""Get credit pricing (GET /credit-costs)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    RequestSpec,
)

from ...models.credit_costs_response import CreditCostsResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["get_credit_costs"]


def build_request() -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/credit-costs"
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response) -> CreditCostsResponse:
    """Parse the success response."""
    return CreditCostsResponse.from_dict(response.json())
