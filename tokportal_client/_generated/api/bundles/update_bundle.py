"""Update bundle settings (PATCH /bundles/{id})."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.bundle_update_response import BundleUpdateResponse
from ...models.patch_bundle_request import PatchBundleRequest, PatchBundleRequestDict
from ...types import (
    Operation,
    coerce_body,
    path_segment,
)

OPERATION = Operation(
    operation_id="updateBundle",
    method="PATCH",
    path="/bundles/{id}",
    idempotency="standard",
    requires_auth=True,
)


def build_request(
    id: str,
    *,
    body: PatchBundleRequest | PatchBundleRequestDict,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/bundles/{id}".format(
            id=path_segment(id, "id"),
        ),
    }
    request["json"] = coerce_body((PatchBundleRequest,), body)
    return request


def parse_response(response: httpx.Response) -> BundleUpdateResponse:
    """Parse the success response."""
    return BundleUpdateResponse.from_dict(response.json())
