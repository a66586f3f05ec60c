"""Import an image from URL (POST /upload/image/from-url)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    Parsed,
    RequestSpec,
    coerce_body,
    parse,
)

from ...models.stored_image_response import StoredImageResponse
from ...models.upload_image_from_url_request import UploadImageFromUrlRequest, UploadImageFromUrlRequestDict
from ...registry import OPERATIONS

OPERATION = OPERATIONS["upload_image_from_url"]


def build_request(
    *,
    body: UploadImageFromUrlRequest | UploadImageFromUrlRequestDict,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/upload/image/from-url"
    request["json"] = coerce_body((UploadImageFromUrlRequest,), body)
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[StoredImageResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(StoredImageResponse, response.json(), strict=strict)
