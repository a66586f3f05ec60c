"""Request video corrections (POST /bundles/{id}/videos/{position}/corrections)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.data_response import DataResponse
from ...models.video_corrections_request import VideoCorrectionsRequest, VideoCorrectionsRequestDict
from ...types import (
    Operation,
    check_param,
    coerce_body,
    path_segment,
)

OPERATION = Operation(
    operation_id="requestBundleVideoCorrections",
    method="POST",
    path="/bundles/{id}/videos/{position}/corrections",
    idempotency="standard",
    requires_auth=True,
)


def build_request(
    id: str,
    position: int,
    *,
    body: VideoCorrectionsRequest | VideoCorrectionsRequestDict,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    check_param(position, int, "position")
    request: dict[str, Any] = {
        "url": "/bundles/{id}/videos/{position}/corrections".format(
            id=path_segment(id, "id"),
            position=path_segment(position, "position"),
        ),
    }
    request["json"] = coerce_body((VideoCorrectionsRequest,), body)
    return request


def parse_response(response: httpx.Response) -> DataResponse:
    """Parse the success response."""
    return DataResponse.from_dict(response.json())
