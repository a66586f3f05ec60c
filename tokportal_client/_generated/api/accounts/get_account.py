"""Get a delivered account (GET /accounts/{id})."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.saved_account_response import SavedAccountResponse
from ...types import (
    Operation,
    path_segment,
)

OPERATION = Operation(
    operation_id="getAccount",
    method="GET",
    path="/accounts/{id}",
    idempotency="not-applicable",
    requires_auth=True,
)


def build_request(
    id: str,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/accounts/{id}".format(
            id=path_segment(id, "id"),
        ),
    }
    return request


def parse_response(response: httpx.Response) -> SavedAccountResponse:
    """Parse the success response."""
    return SavedAccountResponse.from_dict(response.json())
