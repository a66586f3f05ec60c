"""Upload a video file directly (POST /upload/video/direct)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    FileInput,
    RequestSpec,
    check_param,
    form_value,
    read_file,
)

from ...models.uploaded_video_response import UploadedVideoResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["upload_video_direct"]


def build_request(
    *,
    file: FileInput,
    bundle_id: str,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/upload/video/direct"
    request["files"] = {
        "file": read_file(file, "file"),
    }
    form: dict[str, str] = {}
    form["bundle_id"] = form_value(check_param(bundle_id, str, "bundle_id"))
    request["data"] = form
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response) -> UploadedVideoResponse:
    """Parse the success response."""
    return UploadedVideoResponse.from_dict(response.json())
