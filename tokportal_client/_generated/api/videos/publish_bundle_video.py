"""Publish one video slot (POST /bundles/{id}/videos/{position}/publish)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    RequestSpec,
    path_segment,
)

from ...models.video_publish_response import VideoPublishResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["publish_bundle_video"]


def build_request(
    id: str,
    position: int,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/bundles/{id}/videos/{position}/publish".format(
        id=path_segment(id, "id"),
        position=path_segment(position, "position", int),
    )
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response) -> VideoPublishResponse:
    """Parse the success response."""
    return VideoPublishResponse.from_dict(response.json())
