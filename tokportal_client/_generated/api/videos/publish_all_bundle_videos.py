"""Publish all configured videos on an active bundle (POST /bundles/{id}/videos/publish-all)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.publish_all_videos_response import PublishAllVideosResponse
from ...types import (
    Operation,
    path_segment,
)

OPERATION = Operation(
    operation_id="publishAllBundleVideos",
    method="POST",
    path="/bundles/{id}/videos/publish-all",
    idempotency="standard",
    requires_auth=True,
)


def build_request(
    id: str,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/bundles/{id}/videos/publish-all".format(
            id=path_segment(id, "id"),
        ),
    }
    return request


def parse_response(response: httpx.Response) -> PublishAllVideosResponse:
    """Parse the success response."""
    return PublishAllVideosResponse.from_dict(response.json())
