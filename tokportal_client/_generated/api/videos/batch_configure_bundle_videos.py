"""Configure video slots in bulk (PUT /bundles/{id}/videos/batch)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    Parsed,
    RequestSpec,
    coerce_body,
    parse,
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
        id=path_segment(id, "id", str),
    )
    request["json"] = coerce_body((BatchConfigureVideosRequest,), body)
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[DataResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(DataResponse, response.json(), strict=strict)
