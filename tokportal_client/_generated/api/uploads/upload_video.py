"""Create a video upload URL (POST /upload/video)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.presigned_video_upload_response import PresignedVideoUploadResponse
from ...models.upload_video_request import UploadVideoRequest, UploadVideoRequestDict
from ...types import (
    Operation,
    coerce_body,
)

OPERATION = Operation(
    operation_id="uploadVideo",
    method="POST",
    path="/upload/video",
    idempotency="reject-sensitive-response",
    requires_auth=True,
)


def build_request(
    *,
    body: UploadVideoRequest | UploadVideoRequestDict,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/upload/video",
    }
    request["json"] = coerce_body((UploadVideoRequest,), body)
    return request


def parse_response(response: httpx.Response) -> PresignedVideoUploadResponse:
    """Parse the success response."""
    return PresignedVideoUploadResponse.from_dict(response.json())
