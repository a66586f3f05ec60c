"""List webhook endpoints (GET /webhooks)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    UNSET,
    Parsed,
    RequestSpec,
    Unset,
    check_param,
    known_enum,
    parameter_rules,
    parse,
)

from ...models.webhook_endpoint_list_response import WebhookEndpointListResponse
from ...models.webhook_event_type import WebhookEventType, WebhookEventTypeLiteral
from ...registry import OPERATIONS

OPERATION = OPERATIONS["list_webhook_endpoints"]
RULES = parameter_rules(OPERATION)
"""The contract's constraints on the parameters, from the registry."""


def build_request(
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    event: WebhookEventType | WebhookEventTypeLiteral | Unset = UNSET,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/webhooks"
    params: list[tuple[str, str | int]] = []
    if not isinstance(page, Unset):
        params.append(("page", check_param(page, int, "page", RULES["page"])))
    if not isinstance(per_page, Unset):
        params.append(("per_page", check_param(per_page, int, "per_page", RULES["per_page"])))
    if not isinstance(enabled, Unset):
        params.append(("enabled", "true" if check_param(enabled, bool, "enabled") else "false"))
    if not isinstance(event, Unset):
        params.append(("event", known_enum(WebhookEventType, event, "event").value))
    request["params"] = tuple(params)
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[WebhookEndpointListResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(WebhookEndpointListResponse, response.json(), strict=strict)
