"""List Advanced Niche Warming sessions for an account (GET /accounts/{id}/warming-sessions)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    Parsed,
    RequestSpec,
    parse,
    path_segment,
)

from ...models.warming_session_list_response import WarmingSessionListResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["list_account_warming_sessions"]


def build_request(
    id: str,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/accounts/{id}/warming-sessions".format(
        id=path_segment(id, "id", str),
    )
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[WarmingSessionListResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(WarmingSessionListResponse, response.json(), strict=strict)
