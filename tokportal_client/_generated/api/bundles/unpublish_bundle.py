"""Unpublish a bundle (POST /bundles/{id}/unpublish)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    Parsed,
    RequestSpec,
    parse,
    path_segment,
)

from ...models.bundle_publish_state_response import BundlePublishStateResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["unpublish_bundle"]


def build_request(
    id: str,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/bundles/{id}/unpublish".format(
        id=path_segment(id, "id", str),
    )
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[BundlePublishStateResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(BundlePublishStateResponse, response.json(), strict=strict)
