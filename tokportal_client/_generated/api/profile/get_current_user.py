"""Get authenticated user (GET /me)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.user_response import UserResponse
from ...types import (
    Operation,
)

OPERATION = Operation(
    operation_id="getCurrentUser",
    method="GET",
    path="/me",
    idempotency="not-applicable",
    requires_auth=True,
)


def build_request() -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/me",
    }
    return request


def parse_response(response: httpx.Response) -> UserResponse:
    """Parse the success response."""
    return UserResponse.from_dict(response.json())
