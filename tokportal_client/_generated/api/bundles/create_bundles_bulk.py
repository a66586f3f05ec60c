"""Create bundles in bulk (POST /bundles/bulk)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.create_bulk_bundles_request import CreateBulkBundlesRequest, CreateBulkBundlesRequestDict
from ...models.create_bulk_bundles_response import CreateBulkBundlesResponse
from ...types import (
    Operation,
    coerce_body,
)

OPERATION = Operation(
    operation_id="createBundlesBulk",
    method="POST",
    path="/bundles/bulk",
    idempotency="standard",
    requires_auth=True,
)


def build_request(
    *,
    body: CreateBulkBundlesRequest | CreateBulkBundlesRequestDict,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/bundles/bulk",
    }
    request["json"] = coerce_body((CreateBulkBundlesRequest,), body)
    return request


def parse_response(response: httpx.Response) -> CreateBulkBundlesResponse:
    """Parse the success response."""
    return CreateBulkBundlesResponse.from_dict(response.json())
