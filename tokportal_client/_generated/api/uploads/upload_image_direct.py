"""Upload an image file directly (POST /upload/image/direct)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    UNSET,
    FileInput,
    RequestSpec,
    Unset,
    check_param,
    form_value,
    known_enum,
    read_file,
)

from ...models.upload_purpose import UploadPurpose
from ...models.uploaded_image_response import UploadedImageResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["upload_image_direct"]


def build_request(
    *,
    file: FileInput,
    bundle_id: str,
    purpose: UploadPurpose | str | Unset = UNSET,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/upload/image/direct"
    request["files"] = {
        "file": read_file(file, "file"),
    }
    form: dict[str, str] = {}
    form["bundle_id"] = form_value(check_param(bundle_id, str, "bundle_id"))
    if purpose is not UNSET:
        form["purpose"] = form_value(known_enum(UploadPurpose, purpose, "purpose"))
    request["data"] = form
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response) -> UploadedImageResponse:
    """Parse the success response."""
    return UploadedImageResponse.from_dict(response.json())
