"""Order Advanced Niche Warming (rewarm) on a delivered account (POST /accounts/{id}/rewarm)."""

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

from ...models.rewarm_account_request import RewarmAccountRequest, RewarmAccountRequestDict
from ...models.rewarm_account_response import RewarmAccountResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["rewarm_account"]


def build_request(
    id: str,
    *,
    body: RewarmAccountRequest | RewarmAccountRequestDict,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/accounts/{id}/rewarm".format(
        id=path_segment(id, "id", str),
    )
    request["json"] = coerce_body((RewarmAccountRequest,), body)
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[RewarmAccountResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(RewarmAccountResponse, response.json(), strict=strict)
