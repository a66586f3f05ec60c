"""Create a webhook endpoint (POST /webhooks)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.create_webhook_endpoint_request import CreateWebhookEndpointRequest, CreateWebhookEndpointRequestDict
from ...models.webhook_endpoint_created_response import WebhookEndpointCreatedResponse
from ...types import (
    Operation,
    coerce_body,
)

OPERATION = Operation(
    operation_id="createWebhookEndpoint",
    method="POST",
    path="/webhooks",
    idempotency="reject-sensitive-response",
    requires_auth=True,
)


def build_request(
    *,
    body: CreateWebhookEndpointRequest | CreateWebhookEndpointRequestDict,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/webhooks",
    }
    request["json"] = coerce_body((CreateWebhookEndpointRequest,), body)
    return request


def parse_response(response: httpx.Response) -> WebhookEndpointCreatedResponse:
    """Parse the success response."""
    return WebhookEndpointCreatedResponse.from_dict(response.json())
