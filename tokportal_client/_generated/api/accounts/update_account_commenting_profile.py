"""Update account commenting profile (PATCH /accounts/{id}/commenting-profile)."""

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

from ...models.data_response import DataResponse
from ...models.update_account_commenting_profile_request import (
    UpdateAccountCommentingProfileRequest,
    UpdateAccountCommentingProfileRequestDict,
)
from ...registry import OPERATIONS

OPERATION = OPERATIONS["update_account_commenting_profile"]


def build_request(
    id: str,
    *,
    body: UpdateAccountCommentingProfileRequest | UpdateAccountCommentingProfileRequestDict,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/accounts/{id}/commenting-profile".format(
        id=path_segment(id, "id", str),
    )
    request["json"] = coerce_body((UpdateAccountCommentingProfileRequest,), body)
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[DataResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(DataResponse, response.json(), strict=strict)
