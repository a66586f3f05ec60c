"""Configure video slots in bulk (PUT /bundles/{id}/videos/batch)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.batch_configure_videos_request import BatchConfigureVideosRequest, BatchConfigureVideosRequestDict
from ...models.data_response import DataResponse
from ...types import (
    Operation,
    coerce_body,
    path_segment,
)

OPERATION = Operation(
    operation_id="batchConfigureBundleVideos",
    method="PUT",
    path="/bundles/{id}/videos/batch",
    idempotency="standard",
    requires_auth=True,
)


def build_request(
    id: str,
    *,
    body: BatchConfigureVideosRequest | BatchConfigureVideosRequestDict,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/bundles/{id}/videos/batch".format(
            id=path_segment(id, "id"),
        ),
    }
    request["json"] = coerce_body((BatchConfigureVideosRequest,), body)
    return request


def parse_response(response: httpx.Response) -> DataResponse:
    """Parse the success response."""
    return DataResponse.from_dict(response.json())
