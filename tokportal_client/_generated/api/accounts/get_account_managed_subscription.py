"""Get TokPortal Coverage status (GET /accounts/{id}/managed-subscription)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    Parsed,
    RequestSpec,
    parse,
    path_segment,
)

from ...models.managed_subscription_response import ManagedSubscriptionResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["get_account_managed_subscription"]


def build_request(
    id: str,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/accounts/{id}/managed-subscription".format(
        id=path_segment(id, "id", str),
    )
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[ManagedSubscriptionResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(ManagedSubscriptionResponse, response.json(), strict=strict)
