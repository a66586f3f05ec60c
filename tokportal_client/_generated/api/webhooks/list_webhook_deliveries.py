"""List webhook deliveries (GET /webhooks/{id}/deliveries)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.webhook_delivery_list_response import WebhookDeliveryListResponse
from ...models.webhook_event_type import WebhookEventType
from ...types import (
    UNSET,
    Operation,
    Unset,
    check_param,
    known_enum,
    path_segment,
)

OPERATION = Operation(
    operation_id="listWebhookDeliveries",
    method="GET",
    path="/webhooks/{id}/deliveries",
    idempotency="not-applicable",
    requires_auth=True,
)


def build_request(
    id: str,
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    event_type: WebhookEventType | str | Unset = UNSET,
    success: bool | Unset = UNSET,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/webhooks/{id}/deliveries".format(
            id=path_segment(id, "id"),
        ),
    }
    params: dict[str, Any] = {}
    if page is not UNSET:
        params["page"] = check_param(page, int, "page")
    if per_page is not UNSET:
        params["per_page"] = check_param(per_page, int, "per_page")
    if event_type is not UNSET:
        params["event_type"] = known_enum(WebhookEventType, event_type, "event_type").value
    if success is not UNSET:
        params["success"] = "true" if check_param(success, bool, "success") else "false"
    request["params"] = params
    return request


def parse_response(response: httpx.Response) -> WebhookDeliveryListResponse:
    """Parse the success response."""
    return WebhookDeliveryListResponse.from_dict(response.json())
