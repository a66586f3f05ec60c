"""List webhook endpoints (GET /webhooks)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.webhook_endpoint_list_response import WebhookEndpointListResponse
from ...models.webhook_event_type import WebhookEventType
from ...types import (
    UNSET,
    Operation,
    Unset,
    check_param,
    known_enum,
)

OPERATION = Operation(
    operation_id="listWebhookEndpoints",
    method="GET",
    path="/webhooks",
    idempotency="not-applicable",
    requires_auth=True,
)


def build_request(
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    event: WebhookEventType | str | Unset = UNSET,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/webhooks",
    }
    params: dict[str, Any] = {}
    if page is not UNSET:
        params["page"] = check_param(page, int, "page")
    if per_page is not UNSET:
        params["per_page"] = check_param(per_page, int, "per_page")
    if enabled is not UNSET:
        params["enabled"] = "true" if check_param(enabled, bool, "enabled") else "false"
    if event is not UNSET:
        params["event"] = known_enum(WebhookEventType, event, "event").value
    request["params"] = params
    return request


def parse_response(response: httpx.Response) -> WebhookEndpointListResponse:
    """Parse the success response."""
    return WebhookEndpointListResponse.from_dict(response.json())
