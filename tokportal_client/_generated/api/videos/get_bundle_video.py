"""Get video slot configuration (GET /bundles/{id}/videos/{position})."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.bundle_video_response import BundleVideoResponse
from ...types import (
    Operation,
    check_param,
    path_segment,
)

OPERATION = Operation(
    operation_id="getBundleVideo",
    method="GET",
    path="/bundles/{id}/videos/{position}",
    idempotency="not-applicable",
    requires_auth=True,
)


def build_request(
    id: str,
    position: int,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    check_param(position, int, "position")
    request: dict[str, Any] = {
        "url": "/bundles/{id}/videos/{position}".format(
            id=path_segment(id, "id"),
            position=path_segment(position, "position"),
        ),
    }
    return request


def parse_response(response: httpx.Response) -> BundleVideoResponse:
    """Parse the success response."""
    return BundleVideoResponse.from_dict(response.json())
