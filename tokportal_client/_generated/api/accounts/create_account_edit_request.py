"""Request profile edits for a delivered account (POST /accounts/{id}/edit-request)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    Parsed,
    RequestSpec,
    coerce_body,
    parse,
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
        id=path_segment(id, "id", str),
    )
    request["json"] = coerce_body((AccountEditRequest,), body)
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[CreateAccountEditRequestResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(CreateAccountEditRequestResponse, response.json(), strict=strict)
