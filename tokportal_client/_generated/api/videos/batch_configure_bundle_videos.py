"""Configure video slots in bulk (PUT /bundles/{id}/videos/batch)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    RequestSpec,
    coerce_body,
    path_segment,
)

from ...models.batch_configure_videos_request import BatchConfigureVideosRequest, BatchConfigureVideosRequestDict
from ...models.data_response import DataResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["batch_configure_bundle_videos"]


def build_request(
    id: str,
    *,
    body: BatchConfigureVideosRequest | BatchConfigureVideosRequestDict,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/bundles/{id}/videos/batch".format(
        id=path_segment(id, "id"),
    )
    request["json"] = coerce_body((BatchConfigureVideosRequest,), body)
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response) -> DataResponse:
    """Parse the success response."""
    return DataResponse.from_dict(response.json())
