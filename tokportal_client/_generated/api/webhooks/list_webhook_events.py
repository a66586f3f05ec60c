"""List webhook event catalog (GET /webhooks/events)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    Parsed,
    RequestSpec,
    parse,
)

from ...models.webhook_event_catalog_response import WebhookEventCatalogResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["list_webhook_events"]


def build_request() -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/webhooks/events"
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[WebhookEventCatalogResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(WebhookEventCatalogResponse, response.json(), strict=strict)
