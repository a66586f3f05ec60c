"""Create a webhook endpoint (POST /webhooks)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    Parsed,
    RequestSpec,
    coerce_body,
    parse,
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


def parse_response(response: httpx.Response, strict: bool) -> Parsed[WebhookEndpointCreatedResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(WebhookEndpointCreatedResponse, response.json(), strict=strict)
