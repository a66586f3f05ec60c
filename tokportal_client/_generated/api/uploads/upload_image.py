"""Create an image upload URL (POST /upload/image)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    Parsed,
    RequestSpec,
    coerce_body,
    parse,
)

from ...models.presigned_image_upload_response import PresignedImageUploadResponse
from ...models.upload_image_request import UploadImageRequest, UploadImageRequestDict
from ...registry import OPERATIONS

OPERATION = OPERATIONS["upload_image"]


def build_request(
    *,
    body: UploadImageRequest | UploadImageRequestDict,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/upload/image"
    request["json"] = coerce_body((UploadImageRequest,), body)
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[PresignedImageUploadResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(PresignedImageUploadResponse, response.json(), strict=strict)
