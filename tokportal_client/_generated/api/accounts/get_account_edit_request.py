"""Get active account edit request (GET /accounts/{id}/edit-request)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.account_edit_request_response import AccountEditRequestResponse
from ...types import (
    Operation,
    path_segment,
)

OPERATION = Operation(
    operation_id="getAccountEditRequest",
    method="GET",
    path="/accounts/{id}/edit-request",
    idempotency="not-applicable",
    requires_auth=True,
)


def build_request(
    id: str,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/accounts/{id}/edit-request".format(
            id=path_segment(id, "id"),
        ),
    }
    return request


def parse_response(response: httpx.Response) -> AccountEditRequestResponse:
    """Parse the success response."""
    return AccountEditRequestResponse.from_dict(response.json())
