"""Patch video references (PATCH /bundles/{id}/videos/{position})."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.bundle_video_response import BundleVideoResponse
from ...models.patch_video_request import PatchVideoRequest, PatchVideoRequestDict
from ...types import (
    Operation,
    check_param,
    coerce_body,
    path_segment,
)

OPERATION = Operation(
    operation_id="patchBundleVideo",
    method="PATCH",
    path="/bundles/{id}/videos/{position}",
    idempotency="standard",
    requires_auth=True,
)


def build_request(
    id: str,
    position: int,
    *,
    body: PatchVideoRequest | PatchVideoRequestDict,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    check_param(position, int, "position")
    request: dict[str, Any] = {
        "url": "/bundles/{id}/videos/{position}".format(
            id=path_segment(id, "id"),
            position=path_segment(position, "position"),
        ),
    }
    request["json"] = coerce_body((PatchVideoRequest,), body)
    return request


def parse_response(response: httpx.Response) -> BundleVideoResponse:
    """Parse the success response."""
    return BundleVideoResponse.from_dict(response.json())
