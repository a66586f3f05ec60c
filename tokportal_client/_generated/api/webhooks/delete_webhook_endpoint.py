"""Delete a webhook endpoint (DELETE /webhooks/{id})."""

from __future__ import annotations

from typing import Any

import httpx

from ...types import (
    Operation,
    path_segment,
)

OPERATION = Operation(
    operation_id="deleteWebhookEndpoint",
    method="DELETE",
    path="/webhooks/{id}",
    idempotency="standard",
    requires_auth=True,
)


def build_request(
    id: str,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/webhooks/{id}".format(
            id=path_segment(id, "id"),
        ),
    }
    return request


def parse_response(response: httpx.Response) -> None:
    """Parse the success response."""
    return None
