"""Get a comment task (GET /comments/{id})."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.comment_task_response import CommentTaskResponse
from ...types import (
    Operation,
    path_segment,
)

OPERATION = Operation(
    operation_id="getCommentTask",
    method="GET",
    path="/comments/{id}",
    idempotency="not-applicable",
    requires_auth=True,
)


def build_request(
    id: str,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/comments/{id}".format(
            id=path_segment(id, "id"),
        ),
    }
    return request


def parse_response(response: httpx.Response) -> CommentTaskResponse:
    """Parse the success response."""
    return CommentTaskResponse.from_dict(response.json())
