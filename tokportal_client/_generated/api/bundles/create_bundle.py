"""Create a bundle (POST /bundles)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.create_bundle_request import CreateBundleRequest, CreateBundleRequestDict
from ...models.create_bundle_response import CreateBundleResponse
from ...types import (
    Operation,
    coerce_body,
)

OPERATION = Operation(
    operation_id="createBundle",
    method="POST",
    path="/bundles",
    idempotency="standard",
    requires_auth=True,
)


def build_request(
    *,
    body: CreateBundleRequest | CreateBundleRequestDict,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/bundles",
    }
    request["json"] = coerce_body((CreateBundleRequest,), body)
    return request


def parse_response(response: httpx.Response) -> CreateBundleResponse:
    """Parse the success response."""
    return CreateBundleResponse.from_dict(response.json())
