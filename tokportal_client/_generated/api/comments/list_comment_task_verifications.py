"""List comment task verification events (GET /comments/{id}/verifications)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    Parsed,
    RequestSpec,
    parse,
    path_segment,
)

from ...models.comment_task_verifications_response import CommentTaskVerificationsResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["list_comment_task_verifications"]


def build_request(
    id: str,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/comments/{id}/verifications".format(
        id=path_segment(id, "id", str),
    )
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[CommentTaskVerificationsResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(CommentTaskVerificationsResponse, response.json(), strict=strict)
