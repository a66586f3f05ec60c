"""Upload a video file directly (POST /upload/video/direct)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    FileInput,
    Parsed,
    ProgressCallback,
    RequestSpec,
    check_param,
    form_file,
    form_value,
    multipart_body,
    parse,
)

from ...models.uploaded_video_response import UploadedVideoResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["upload_video_direct"]


def build_request(
    *,
    file: FileInput,
    bundle_id: str,
    progress: ProgressCallback | None = None,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/upload/video/direct"
    form: dict[str, str] = {}
    form["bundle_id"] = form_value(check_param(bundle_id, str, "bundle_id"))
    files = {
        "file": form_file(file, "file"),
    }
    request["content"] = multipart_body(form, files, progress=progress)
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[UploadedVideoResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(UploadedVideoResponse, response.json(), strict=strict)
