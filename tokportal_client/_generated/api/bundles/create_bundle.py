"""Create a bundle (POST /bundles)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    Parsed,
    RequestSpec,
    coerce_body,
    parse,
)

from ...models.create_bundle_request import CreateBundleRequest, CreateBundleRequestDict
from ...models.create_bundle_response import CreateBundleResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["create_bundle"]


def build_request(
    *,
    body: CreateBundleRequest | CreateBundleRequestDict,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/bundles"
    request["json"] = coerce_body((CreateBundleRequest,), body)
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[CreateBundleResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(CreateBundleResponse, response.json(), strict=strict)
