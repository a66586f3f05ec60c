"""Request profile edits for a delivered account (POST /accounts/{id}/edit-request)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.account_edit_request import AccountEditRequest, AccountEditRequestDict
from ...models.create_account_edit_request_response import CreateAccountEditRequestResponse
from ...types import (
    Operation,
    coerce_body,
    path_segment,
)

OPERATION = Operation(
    operation_id="createAccountEditRequest",
    method="POST",
    path="/accounts/{id}/edit-request",
    idempotency="standard",
    requires_auth=True,
)


def build_request(
    id: str,
    *,
    body: AccountEditRequest | AccountEditRequestDict,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/accounts/{id}/edit-request".format(
            id=path_segment(id, "id"),
        ),
    }
    request["json"] = coerce_body((AccountEditRequest,), body)
    return request


def parse_response(response: httpx.Response) -> CreateAccountEditRequestResponse:
    """Parse the success response."""
    return CreateAccountEditRequestResponse.from_dict(response.json())
