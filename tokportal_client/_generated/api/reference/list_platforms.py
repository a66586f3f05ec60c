"""List available platforms (GET /platforms)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    RequestSpec,
)

from ...models.platform_list_response import PlatformListResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["list_platforms"]


def build_request() -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/platforms"
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response) -> PlatformListResponse:
    """Parse the success response."""
    return PlatformListResponse.from_dict(response.json())
