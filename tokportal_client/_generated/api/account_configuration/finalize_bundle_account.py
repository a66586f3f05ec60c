"""Finalize account review (POST /bundles/{id}/account/finalize)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.data_response import DataResponse
from ...types import (
    Operation,
    path_segment,
)

OPERATION = Operation(
    operation_id="finalizeBundleAccount",
    method="POST",
    path="/bundles/{id}/account/finalize",
    idempotency="standard",
    requires_auth=True,
)


def build_request(
    id: str,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/bundles/{id}/account/finalize".format(
            id=path_segment(id, "id"),
        ),
    }
    return request


def parse_response(response: httpx.Response) -> DataResponse:
    """Parse the success response."""
    return DataResponse.from_dict(response.json())
