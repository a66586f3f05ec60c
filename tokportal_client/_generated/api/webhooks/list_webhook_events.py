"""List webhook event catalog (GET /webhooks/events)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.webhook_event_catalog_response import WebhookEventCatalogResponse
from ...types import (
    Operation,
)

OPERATION = Operation(
    operation_id="listWebhookEvents",
    method="GET",
    path="/webhooks/events",
    idempotency="not-applicable",
    requires_auth=False,
)


def build_request() -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/webhooks/events",
    }
    return request


def parse_response(response: httpx.Response) -> WebhookEventCatalogResponse:
    """Parse the success response."""
    return WebhookEventCatalogResponse.from_dict(response.json())
