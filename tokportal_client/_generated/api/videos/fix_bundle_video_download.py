"""Fix a broken video download (POST /bundles/{id}/videos/{position}/fix-download)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.data_response import DataResponse
from ...models.fix_video_download_request import FixVideoDownloadRequest, FixVideoDownloadRequestDict
from ...types import (
    Operation,
    check_param,
    coerce_body,
    path_segment,
)

OPERATION = Operation(
    operation_id="fixBundleVideoDownload",
    method="POST",
    path="/bundles/{id}/videos/{position}/fix-download",
    idempotency="standard",
    requires_auth=True,
)


def build_request(
    id: str,
    position: int,
    *,
    body: FixVideoDownloadRequest | FixVideoDownloadRequestDict,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    check_param(position, int, "position")
    request: dict[str, Any] = {
        "url": "/bundles/{id}/videos/{position}/fix-download".format(
            id=path_segment(id, "id"),
            position=path_segment(position, "position"),
        ),
    }
    request["json"] = coerce_body((FixVideoDownloadRequest,), body)
    return request


def parse_response(response: httpx.Response) -> DataResponse:
    """Parse the success response."""
    return DataResponse.from_dict(response.json())
