"""Create a bundle (POST /bundles)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    RequestSpec,
    coerce_body,
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


def parse_response(response: httpx.Response) -> CreateBundleResponse:
    """Parse the success response."""
    return CreateBundleResponse.from_dict(response.json())
