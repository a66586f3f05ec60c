"""Create a video upload URL (POST /upload/video)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    Parsed,
    RequestSpec,
    coerce_body,
    parse,
)

from ...models.presigned_video_upload_response import PresignedVideoUploadResponse
from ...models.upload_video_request import UploadVideoRequest, UploadVideoRequestDict
from ...registry import OPERATIONS

OPERATION = OPERATIONS["upload_video"]


def build_request(
    *,
    body: UploadVideoRequest | UploadVideoRequestDict,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/upload/video"
    request["json"] = coerce_body((UploadVideoRequest,), body)
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[PresignedVideoUploadResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(PresignedVideoUploadResponse, response.json(), strict=strict)
