"""Update a webhook endpoint (PATCH /webhooks/{id})."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    Parsed,
    RequestSpec,
    coerce_body,
    parse,
    path_segment,
)

from ...models.update_webhook_endpoint_request import UpdateWebhookEndpointRequest, UpdateWebhookEndpointRequestDict
from ...models.webhook_endpoint_response import WebhookEndpointResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["update_webhook_endpoint"]


def build_request(
    id: str,
    *,
    body: UpdateWebhookEndpointRequest | UpdateWebhookEndpointRequestDict,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/webhooks/{id}".format(
        id=path_segment(id, "id", str),
    )
    request["json"] = coerce_body((UpdateWebhookEndpointRequest,), body)
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[WebhookEndpointResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(WebhookEndpointResponse, response.json(), strict=strict)
