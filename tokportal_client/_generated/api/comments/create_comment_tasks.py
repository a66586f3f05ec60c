"""Create comment tasks (POST /comments)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    Parsed,
    RequestSpec,
    coerce_body,
    parse,
)

from ...models.comment_task_batch import CommentTaskBatch, CommentTaskBatchDict
from ...models.comment_task_input import CommentTaskInput, CommentTaskInputDict
from ...models.create_comment_tasks_response import CreateCommentTasksResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["create_comment_tasks"]


def build_request(
    *,
    body: CommentTaskInput | CommentTaskInputDict | CommentTaskBatch | CommentTaskBatchDict,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/comments"
    request["json"] = coerce_body(
        (
            CommentTaskInput,
            CommentTaskBatch,
        ),
        body,
    )
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[CreateCommentTasksResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(CreateCommentTasksResponse, response.json(), strict=strict)
