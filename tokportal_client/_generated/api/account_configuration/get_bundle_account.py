"""Get bundle account configuration (GET /bundles/{id}/account)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.bundle_account_response import BundleAccountResponse
from ...types import (
    Operation,
    path_segment,
)

OPERATION = Operation(
    operation_id="getBundleAccount",
    method="GET",
    path="/bundles/{id}/account",
    idempotency="not-applicable",
    requires_auth=True,
)


def build_request(
    id: str,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/bundles/{id}/account".format(
            id=path_segment(id, "id"),
        ),
    }
    return request


def parse_response(response: httpx.Response) -> BundleAccountResponse:
    """Parse the success response."""
    return BundleAccountResponse.from_dict(response.json())
