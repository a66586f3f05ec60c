"""Upload an image file directly (POST /upload/image/direct)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    UNSET,
    FileInput,
    Parsed,
    ProgressCallback,
    RequestSpec,
    Unset,
    check_param,
    form_file,
    form_value,
    known_enum,
    multipart_body,
    parse,
)

from ...models.upload_purpose import UploadPurpose, UploadPurposeLiteral
from ...models.uploaded_image_response import UploadedImageResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["upload_image_direct"]


def build_request(
    *,
    file: FileInput,
    bundle_id: str,
    purpose: UploadPurpose | UploadPurposeLiteral | Unset = UNSET,
    progress: ProgressCallback | None = None,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/upload/image/direct"
    form: dict[str, str] = {}
    form["bundle_id"] = form_value(check_param(bundle_id, str, "bundle_id"))
    if purpose is not UNSET:
        form["purpose"] = form_value(known_enum(UploadPurpose, purpose, "purpose"))
    files = {
        "file": form_file(file, "file"),
    }
    request["content"] = multipart_body(form, files, progress=progress)
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[UploadedImageResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(UploadedImageResponse, response.json(), strict=strict)
