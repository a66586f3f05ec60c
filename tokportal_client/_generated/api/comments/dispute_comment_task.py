"""Dispute a manually confirmed comment task (POST /comments/{id}/dispute)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.comment_task_response import CommentTaskResponse
from ...models.dispute_comment_request import DisputeCommentRequest, DisputeCommentRequestDict
from ...types import (
    Operation,
    coerce_body,
    path_segment,
)

OPERATION = Operation(
    operation_id="disputeCommentTask",
    method="POST",
    path="/comments/{id}/dispute",
    idempotency="standard",
    requires_auth=True,
)


def build_request(
    id: str,
    *,
    body: DisputeCommentRequest | DisputeCommentRequestDict,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/comments/{id}/dispute".format(
            id=path_segment(id, "id"),
        ),
    }
    request["json"] = coerce_body((DisputeCommentRequest,), body)
    return request


def parse_response(response: httpx.Response) -> CommentTaskResponse:
    """Parse the success response."""
    return CommentTaskResponse.from_dict(response.json())
