"""Retry a webhook delivery (POST /webhooks/{id}/deliveries/{delivery_id}/retry)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.data_response import DataResponse
from ...types import (
    Operation,
    path_segment,
)

OPERATION = Operation(
    operation_id="retryWebhookDelivery",
    method="POST",
    path="/webhooks/{id}/deliveries/{delivery_id}/retry",
    idempotency="standard",
    requires_auth=True,
)


def build_request(
    id: str,
    delivery_id: str,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/webhooks/{id}/deliveries/{delivery_id}/retry".format(
            id=path_segment(id, "id"),
            delivery_id=path_segment(delivery_id, "delivery_id"),
        ),
    }
    return request


def parse_response(response: httpx.Response) -> DataResponse:
    """Parse the success response."""
    return DataResponse.from_dict(response.json())
