"""List bundle video slots (GET /bundles/{id}/videos)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    RequestSpec,
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
        id=path_segment(id, "id"),
    )
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response) -> BundleVideoListResponse:
    """Parse the success response."""
    return BundleVideoListResponse.from_dict(response.json())
