"""Publish one video slot (POST /bundles/{id}/videos/{position}/publish)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.video_publish_response import VideoPublishResponse
from ...types import (
    Operation,
    check_param,
    path_segment,
)

OPERATION = Operation(
    operation_id="publishBundleVideo",
    method="POST",
    path="/bundles/{id}/videos/{position}/publish",
    idempotency="standard",
    requires_auth=True,
)


def build_request(
    id: str,
    position: int,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    check_param(position, int, "position")
    request: dict[str, Any] = {
        "url": "/bundles/{id}/videos/{position}/publish".format(
            id=path_segment(id, "id"),
            position=path_segment(position, "position"),
        ),
    }
    return request


def parse_response(response: httpx.Response) -> VideoPublishResponse:
    """Parse the success response."""
    return VideoPublishResponse.from_dict(response.json())
