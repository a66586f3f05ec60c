"""Unschedule one video slot (POST /bundles/{id}/videos/{position}/unschedule)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.data_response import DataResponse
from ...types import (
    Operation,
    check_param,
    path_segment,
)

OPERATION = Operation(
    operation_id="unscheduleBundleVideo",
    method="POST",
    path="/bundles/{id}/videos/{position}/unschedule",
    idempotency="standard",
    requires_auth=True,
)


def build_request(
    id: str,
    position: int,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    check_param(position, int, "position")
    request: dict[str, Any] = {
        "url": "/bundles/{id}/videos/{position}/unschedule".format(
            id=path_segment(id, "id"),
            position=path_segment(position, "position"),
        ),
    }
    return request


def parse_response(response: httpx.Response) -> DataResponse:
    """Parse the success response."""
    return DataResponse.from_dict(response.json())
