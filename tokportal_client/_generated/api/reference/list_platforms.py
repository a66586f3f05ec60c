"""List available platforms (GET /platforms)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.platform_list_response import PlatformListResponse
from ...types import (
    Operation,
)

OPERATION = Operation(
    operation_id="listPlatforms",
    method="GET",
    path="/platforms",
    idempotency="not-applicable",
    requires_auth=False,
)


def build_request() -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/platforms",
    }
    return request


def parse_response(response: httpx.Response) -> PlatformListResponse:
    """Parse the success response."""
    return PlatformListResponse.from_dict(response.json())
