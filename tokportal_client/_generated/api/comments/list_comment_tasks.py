"""List comment tasks (GET /comments)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.comment_task_list_response import CommentTaskListResponse
from ...types import (
    UNSET,
    Operation,
    Unset,
    check_param,
)

OPERATION = Operation(
    operation_id="listCommentTasks",
    method="GET",
    path="/comments",
    idempotency="not-applicable",
    requires_auth=True,
)


def build_request(
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/comments",
    }
    params: dict[str, Any] = {}
    if page is not UNSET:
        params["page"] = check_param(page, int, "page")
    if per_page is not UNSET:
        params["per_page"] = check_param(per_page, int, "per_page")
    request["params"] = params
    return request


def parse_response(response: httpx.Response) -> CommentTaskListResponse:
    """Parse the success response."""
    return CommentTaskListResponse.from_dict(response.json())
