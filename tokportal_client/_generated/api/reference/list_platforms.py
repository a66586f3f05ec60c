"""List available platforms (GET /platforms)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    Parsed,
    RequestSpec,
    parse,
)

from ...models.platform_list_response import PlatformListResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["list_platforms"]


def build_request() -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/platforms"
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[PlatformListResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(PlatformListResponse, response.json(), strict=strict)
