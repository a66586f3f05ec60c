"""Create bundles in bulk (POST /bundles/bulk)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    RequestSpec,
    coerce_body,
)

from ...models.create_bulk_bundles_request import CreateBulkBundlesRequest, CreateBulkBundlesRequestDict
from ...models.create_bulk_bundles_response import CreateBulkBundlesResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["create_bundles_bulk"]


def build_request(
    *,
    body: CreateBulkBundlesRequest | CreateBulkBundlesRequestDict,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/bundles/bulk"
    request["json"] = coerce_body((CreateBulkBundlesRequest,), body)
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response) -> CreateBulkBundlesResponse:
    """Parse the success response."""
    return CreateBulkBundlesResponse.from_dict(response.json())
