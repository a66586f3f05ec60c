"""Upload an image file directly (POST /upload/image/direct)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.upload_purpose import UploadPurpose
from ...models.uploaded_image_response import UploadedImageResponse
from ...types import (
    UNSET,
    FileInput,
    Operation,
    Unset,
    check_param,
    form_value,
    known_enum,
    read_file,
)

OPERATION = Operation(
    operation_id="uploadImageDirect",
    method="POST",
    path="/upload/image/direct",
    idempotency="standard",
    requires_auth=True,
)


def build_request(
    *,
    file: FileInput,
    bundle_id: str,
    purpose: UploadPurpose | str | Unset = UNSET,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/upload/image/direct",
    }
    request["files"] = {
        "file": read_file(file, "file"),
    }
    form: dict[str, str] = {}
    form["bundle_id"] = form_value(check_param(bundle_id, str, "bundle_id"))
    if purpose is not UNSET:
        form["purpose"] = form_value(known_enum(UploadPurpose, purpose, "purpose"))
    request["data"] = form
    return request


def parse_response(response: httpx.Response) -> UploadedImageResponse:
    """Parse the success response."""
    return UploadedImageResponse.from_dict(response.json())
