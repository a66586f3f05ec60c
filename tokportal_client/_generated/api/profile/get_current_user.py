"""Get authenticated user (GET /me)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    Parsed,
    RequestSpec,
    parse,
)

from ...models.user_response import UserResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["get_current_user"]


def build_request() -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/me"
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[UserResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(UserResponse, response.json(), strict=strict)
