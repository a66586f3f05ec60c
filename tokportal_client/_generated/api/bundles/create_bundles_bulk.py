"""Create bundles in bulk (POST /bundles/bulk)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    Parsed,
    RequestSpec,
    coerce_body,
    parse,
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


def parse_response(response: httpx.Response, strict: bool) -> Parsed[CreateBulkBundlesResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(CreateBulkBundlesResponse, response.json(), strict=strict)
