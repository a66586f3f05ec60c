"""Reactivate TokPortal Coverage (POST /accounts/{id}/managed-subscription/reactivate)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    Parsed,
    RequestSpec,
    coerce_body,
    parse,
    path_segment,
)

from ...models.charged_data_response import ChargedDataResponse
from ...models.managed_subscription_reactivation_request import (
    ManagedSubscriptionReactivationRequest,
    ManagedSubscriptionReactivationRequestDict,
)
from ...registry import OPERATIONS

OPERATION = OPERATIONS["reactivate_account_managed_subscription"]


def build_request(
    id: str,
    *,
    body: ManagedSubscriptionReactivationRequest | ManagedSubscriptionReactivationRequestDict,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/accounts/{id}/managed-subscription/reactivate".format(
        id=path_segment(id, "id", str),
    )
    request["json"] = coerce_body((ManagedSubscriptionReactivationRequest,), body)
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[ChargedDataResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(ChargedDataResponse, response.json(), strict=strict)
