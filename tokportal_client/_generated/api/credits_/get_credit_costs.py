"""Get credit pricing (GET /credit-costs)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    Parsed,
    RequestSpec,
    parse,
)

from ...models.credit_costs_response import CreditCostsResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["get_credit_costs"]


def build_request() -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/credit-costs"
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[CreditCostsResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(CreditCostsResponse, response.json(), strict=strict)
