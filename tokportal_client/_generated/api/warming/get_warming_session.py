"""Get an Advanced Niche Warming session (GET /warming-sessions/{id})."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    Parsed,
    RequestSpec,
    parse,
    path_segment,
)

from ...models.warming_session_response import WarmingSessionResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["get_warming_session"]


def build_request(
    id: str,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/warming-sessions/{id}".format(
        id=path_segment(id, "id", str),
    )
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[WarmingSessionResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(WarmingSessionResponse, response.json(), strict=strict)
