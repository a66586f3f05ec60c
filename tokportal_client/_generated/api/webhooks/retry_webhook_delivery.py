"""Retry a webhook delivery (POST /webhooks/{id}/deliveries/{delivery_id}/retry)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    Parsed,
    RequestSpec,
    parse,
    path_segment,
)

from ...models.data_response import DataResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["retry_webhook_delivery"]


def build_request(
    id: str,
    delivery_id: str,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/webhooks/{id}/deliveries/{delivery_id}/retry".format(
        id=path_segment(id, "id", str),
        delivery_id=path_segment(delivery_id, "delivery_id", str),
    )
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[DataResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(DataResponse, response.json(), strict=strict)
