"""Get a webhook endpoint (GET /webhooks/{id})."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.webhook_endpoint_response import WebhookEndpointResponse
from ...types import (
    Operation,
    path_segment,
)

OPERATION = Operation(
    operation_id="getWebhookEndpoint",
    method="GET",
    path="/webhooks/{id}",
    idempotency="not-applicable",
    requires_auth=True,
)


def build_request(
    id: str,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/webhooks/{id}".format(
            id=path_segment(id, "id"),
        ),
    }
    return request


def parse_response(response: httpx.Response) -> WebhookEndpointResponse:
    """Parse the success response."""
    return WebhookEndpointResponse.from_dict(response.json())
