"""Import an image from URL (POST /upload/image/from-url)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.stored_image_response import StoredImageResponse
from ...models.upload_image_from_url_request import UploadImageFromUrlRequest, UploadImageFromUrlRequestDict
from ...types import (
    Operation,
    coerce_body,
)

OPERATION = Operation(
    operation_id="uploadImageFromUrl",
    method="POST",
    path="/upload/image/from-url",
    idempotency="standard",
    requires_auth=True,
)


def build_request(
    *,
    body: UploadImageFromUrlRequest | UploadImageFromUrlRequestDict,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/upload/image/from-url",
    }
    request["json"] = coerce_body((UploadImageFromUrlRequest,), body)
    return request


def parse_response(response: httpx.Response) -> StoredImageResponse:
    """Parse the success response."""
    return StoredImageResponse.from_dict(response.json())
