"""Upload a video file directly (POST /upload/video/direct)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.uploaded_video_response import UploadedVideoResponse
from ...types import (
    FileInput,
    Operation,
    check_param,
    form_value,
    read_file,
)

OPERATION = Operation(
    operation_id="uploadVideoDirect",
    method="POST",
    path="/upload/video/direct",
    idempotency="standard",
    requires_auth=True,
)


def build_request(
    *,
    file: FileInput,
    bundle_id: str,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/upload/video/direct",
    }
    request["files"] = {
        "file": read_file(file, "file"),
    }
    form: dict[str, str] = {}
    form["bundle_id"] = form_value(check_param(bundle_id, str, "bundle_id"))
    request["data"] = form
    return request


def parse_response(response: httpx.Response) -> UploadedVideoResponse:
    """Parse the success response."""
    return UploadedVideoResponse.from_dict(response.json())
