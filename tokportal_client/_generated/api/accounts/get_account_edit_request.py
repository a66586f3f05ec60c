"""Get active account edit request (GET /accounts/{id}/edit-request)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    RequestSpec,
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
        id=path_segment(id, "id"),
    )
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response) -> AccountEditRequestResponse:
    """Parse the success response."""
    return AccountEditRequestResponse.from_dict(response.json())
