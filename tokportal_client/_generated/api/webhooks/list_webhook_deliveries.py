"""List webhook deliveries (GET /webhooks/{id}/deliveries)."""

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
    path_segment,
)

from ...models.webhook_delivery_list_response import WebhookDeliveryListResponse
from ...models.webhook_event_type import WebhookEventType, WebhookEventTypeLiteral
from ...registry import OPERATIONS

OPERATION = OPERATIONS["list_webhook_deliveries"]
RULES = parameter_rules(OPERATION)
"""The contract's constraints on the parameters, from the registry."""


def build_request(
    id: str,
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    event_type: WebhookEventType | WebhookEventTypeLiteral | Unset = UNSET,
    success: bool | Unset = UNSET,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/webhooks/{id}/deliveries".format(
        id=path_segment(id, "id", str),
    )
    params: list[tuple[str, str | int]] = []
    if not isinstance(page, Unset):
        params.append(("page", check_param(page, int, "page", RULES["page"])))
    if not isinstance(per_page, Unset):
        params.append(("per_page", check_param(per_page, int, "per_page", RULES["per_page"])))
    if not isinstance(event_type, Unset):
        params.append(("event_type", known_enum(WebhookEventType, event_type, "event_type").value))
    if not isinstance(success, Unset):
        params.append(("success", "true" if check_param(success, bool, "success") else "false"))
    request["params"] = tuple(params)
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[WebhookDeliveryListResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(WebhookDeliveryListResponse, response.json(), strict=strict)
