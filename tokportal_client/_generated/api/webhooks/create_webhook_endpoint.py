"""Create a webhook endpoint (POST /webhooks)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    RequestSpec,
    coerce_body,
)

from ...models.create_webhook_endpoint_request import CreateWebhookEndpointRequest, CreateWebhookEndpointRequestDict
from ...models.webhook_endpoint_created_response import WebhookEndpointCreatedResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["create_webhook_endpoint"]


def build_request(
    *,
    body: CreateWebhookEndpointRequest | CreateWebhookEndpointRequestDict,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/webhooks"
    request["json"] = coerce_body((CreateWebhookEndpointRequest,), body)
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response) -> WebhookEndpointCreatedResponse:
    """Parse the success response."""
    return WebhookEndpointCreatedResponse.from_dict(response.json())
