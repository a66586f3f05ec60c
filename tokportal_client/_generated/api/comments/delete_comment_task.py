"""Delete a comment task (DELETE /comments/{id})."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.comment_task_cancelled_response import CommentTaskCancelledResponse
from ...types import (
    Operation,
    path_segment,
)

OPERATION = Operation(
    operation_id="deleteCommentTask",
    method="DELETE",
    path="/comments/{id}",
    idempotency="standard",
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


def parse_response(response: httpx.Response) -> CommentTaskCancelledResponse:
    """Parse the success response."""
    return CommentTaskCancelledResponse.from_dict(response.json())
