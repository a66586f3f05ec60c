"""Update bundle settings (PATCH /bundles/{id})."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    Parsed,
    RequestSpec,
    coerce_body,
    parse,
    path_segment,
)

from ...models.bundle_update_response import BundleUpdateResponse
from ...models.patch_bundle_request import PatchBundleRequest, PatchBundleRequestDict
from ...registry import OPERATIONS

OPERATION = OPERATIONS["update_bundle"]


def build_request(
    id: str,
    *,
    body: PatchBundleRequest | PatchBundleRequestDict,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/bundles/{id}".format(
        id=path_segment(id, "id", str),
    )
    request["json"] = coerce_body((PatchBundleRequest,), body)
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[BundleUpdateResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(BundleUpdateResponse, response.json(), strict=strict)
