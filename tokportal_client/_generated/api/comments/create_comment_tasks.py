"""Create comment tasks (POST /comments)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.comment_task_batch import CommentTaskBatch, CommentTaskBatchDict
from ...models.comment_task_input import CommentTaskInput, CommentTaskInputDict
from ...models.create_comment_tasks_response import CreateCommentTasksResponse
from ...types import (
    Operation,
    coerce_body,
)

OPERATION = Operation(
    operation_id="createCommentTasks",
    method="POST",
    path="/comments",
    idempotency="standard",
    requires_auth=True,
)


def build_request(
    *,
    body: CommentTaskInput | CommentTaskInputDict | CommentTaskBatch | CommentTaskBatchDict,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/comments",
    }
    request["json"] = coerce_body(
        (
            CommentTaskInput,
            CommentTaskBatch,
        ),
        body,
    )
    return request


def parse_response(response: httpx.Response) -> CreateCommentTasksResponse:
    """Parse the success response."""
    return CreateCommentTasksResponse.from_dict(response.json())
