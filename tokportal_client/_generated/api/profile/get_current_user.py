"""Get authenticated user (GET /me)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    RequestSpec,
)

from ...models.user_response import UserResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["get_current_user"]


def build_request() -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/me"
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response) -> UserResponse:
    """Parse the success response."""
    return UserResponse.from_dict(response.json())
