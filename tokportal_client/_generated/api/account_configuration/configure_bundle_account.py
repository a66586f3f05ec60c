"""Configure bundle account profile (PUT /bundles/{id}/account)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.bundle_account_response import BundleAccountResponse
from ...models.configure_account_request import ConfigureAccountRequest, ConfigureAccountRequestDict
from ...types import (
    Operation,
    coerce_body,
    path_segment,
)

OPERATION = Operation(
    operation_id="configureBundleAccount",
    method="PUT",
    path="/bundles/{id}/account",
    idempotency="standard",
    requires_auth=True,
)


def build_request(
    id: str,
    *,
    body: ConfigureAccountRequest | ConfigureAccountRequestDict,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/bundles/{id}/account".format(
            id=path_segment(id, "id"),
        ),
    }
    request["json"] = coerce_body((ConfigureAccountRequest,), body)
    return request


def parse_response(response: httpx.Response) -> BundleAccountResponse:
    """Parse the success response."""
    return BundleAccountResponse.from_dict(response.json())
