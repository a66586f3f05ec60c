"""Finalize video review (POST /bundles/{id}/videos/{position}/finalize)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.video_finalize_response import VideoFinalizeResponse
from ...types import (
    Operation,
    check_param,
    path_segment,
)

OPERATION = Operation(
    operation_id="finalizeBundleVideo",
    method="POST",
    path="/bundles/{id}/videos/{position}/finalize",
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
        "url": "/bundles/{id}/videos/{position}/finalize".format(
            id=path_segment(id, "id"),
            position=path_segment(position, "position"),
        ),
    }
    return request


def parse_response(response: httpx.Response) -> VideoFinalizeResponse:
    """Parse the success response."""
    return VideoFinalizeResponse.from_dict(response.json())
