"""List bundle video slots (GET /bundles/{id}/videos)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.bundle_video_list_response import BundleVideoListResponse
from ...types import (
    Operation,
    path_segment,
)

OPERATION = Operation(
    operation_id="listBundleVideos",
    method="GET",
    path="/bundles/{id}/videos",
    idempotency="not-applicable",
    requires_auth=True,
)


def build_request(
    id: str,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/bundles/{id}/videos".format(
            id=path_segment(id, "id"),
        ),
    }
    return request


def parse_response(response: httpx.Response) -> BundleVideoListResponse:
    """Parse the success response."""
    return BundleVideoListResponse.from_dict(response.json())
