"""Request profile edits for a delivered account (POST /accounts/{id}/edit-request)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    RequestSpec,
    coerce_body,
    path_segment,
)

from ...models.account_edit_request import AccountEditRequest, AccountEditRequestDict
from ...models.create_account_edit_request_response import CreateAccountEditRequestResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["create_account_edit_request"]


def build_request(
    id: str,
    *,
    body: AccountEditRequest | AccountEditRequestDict,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/accounts/{id}/edit-request".format(
        id=path_segment(id, "id"),
    )
    request["json"] = coerce_body((AccountEditRequest,), body)
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response) -> CreateAccountEditRequestResponse:
    """Parse the success response."""
    return CreateAccountEditRequestResponse.from_dict(response.json())
