"""Update a webhook endpoint (PATCH /webhooks/{id})."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.update_webhook_endpoint_request import UpdateWebhookEndpointRequest, UpdateWebhookEndpointRequestDict
from ...models.webhook_endpoint_response import WebhookEndpointResponse
from ...types import (
    Operation,
    coerce_body,
    path_segment,
)

OPERATION = Operation(
    operation_id="updateWebhookEndpoint",
    method="PATCH",
    path="/webhooks/{id}",
    idempotency="standard",
    requires_auth=True,
)


def build_request(
    id: str,
    *,
    body: UpdateWebhookEndpointRequest | UpdateWebhookEndpointRequestDict,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/webhooks/{id}".format(
            id=path_segment(id, "id"),
        ),
    }
    request["json"] = coerce_body((UpdateWebhookEndpointRequest,), body)
    return request


def parse_response(response: httpx.Response) -> WebhookEndpointResponse:
    """Parse the success response."""
    return WebhookEndpointResponse.from_dict(response.json())
