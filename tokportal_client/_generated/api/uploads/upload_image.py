"""Create an image upload URL (POST /upload/image)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.presigned_image_upload_response import PresignedImageUploadResponse
from ...models.upload_image_request import UploadImageRequest, UploadImageRequestDict
from ...types import (
    Operation,
    coerce_body,
)

OPERATION = Operation(
    operation_id="uploadImage",
    method="POST",
    path="/upload/image",
    idempotency="reject-sensitive-response",
    requires_auth=True,
)


def build_request(
    *,
    body: UploadImageRequest | UploadImageRequestDict,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/upload/image",
    }
    request["json"] = coerce_body((UploadImageRequest,), body)
    return request


def parse_response(response: httpx.Response) -> PresignedImageUploadResponse:
    """Parse the success response."""
    return PresignedImageUploadResponse.from_dict(response.json())
