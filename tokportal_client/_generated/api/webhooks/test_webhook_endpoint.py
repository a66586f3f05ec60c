"""Send a test webhook (POST /webhooks/{id}/test)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    RequestSpec,
    path_segment,
)

from ...models.data_response import DataResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["test_webhook_endpoint"]


def build_request(
    id: str,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/webhooks/{id}/test".format(
        id=path_segment(id, "id"),
    )
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response) -> DataResponse:
    """Parse the success response."""
    return DataResponse.from_dict(response.json())
