"""List bundle video slots (GET /bundles/{id}/videos)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    Parsed,
    RequestSpec,
    parse,
    path_segment,
)

from ...models.bundle_video_list_response import BundleVideoListResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["list_bundle_videos"]


def build_request(
    id: str,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/bundles/{id}/videos".format(
        id=path_segment(id, "id", str),
    )
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[BundleVideoListResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(BundleVideoListResponse, response.json(), strict=strict)
