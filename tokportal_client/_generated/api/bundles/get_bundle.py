"""Get a bundle (GET /bundles/{id})."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.bundle_response import BundleResponse
from ...types import (
    Operation,
    path_segment,
)

OPERATION = Operation(
    operation_id="getBundle",
    method="GET",
    path="/bundles/{id}",
    idempotency="not-applicable",
    requires_auth=True,
)


def build_request(
    id: str,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/bundles/{id}".format(
            id=path_segment(id, "id"),
        ),
    }
    return request


def parse_response(response: httpx.Response) -> BundleResponse:
    """Parse the success response."""
    return BundleResponse.from_dict(response.json())
