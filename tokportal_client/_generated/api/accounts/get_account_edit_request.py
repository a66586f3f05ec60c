"""Get active account edit request (GET /accounts/{id}/edit-request)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    Parsed,
    RequestSpec,
    parse,
    path_segment,
)

from ...models.account_edit_request_response import AccountEditRequestResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["get_account_edit_request"]


def build_request(
    id: str,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/accounts/{id}/edit-request".format(
        id=path_segment(id, "id", str),
    )
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[AccountEditRequestResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(AccountEditRequestResponse, response.json(), strict=strict)
