"""Delete a comment task (DELETE /comments/{id})."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    Parsed,
    RequestSpec,
    parse,
    path_segment,
)

from ...models.comment_task_cancelled_response import CommentTaskCancelledResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["delete_comment_task"]


def build_request(
    id: str,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/comments/{id}".format(
        id=path_segment(id, "id", str),
    )
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[CommentTaskCancelledResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(CommentTaskCancelledResponse, response.json(), strict=strict)
