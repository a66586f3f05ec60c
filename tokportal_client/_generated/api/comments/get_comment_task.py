"""Get a comment task (GET /comments/{id})."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    RequestSpec,
    path_segment,
)

from ...models.comment_task_response import CommentTaskResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["get_comment_task"]


def build_request(
    id: str,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/comments/{id}".format(
        id=path_segment(id, "id"),
    )
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response) -> CommentTaskResponse:
    """Parse the success response."""
    return CommentTaskResponse.from_dict(response.json())
