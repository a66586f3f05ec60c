"""List comment tasks (GET /comments)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    UNSET,
    Parsed,
    RequestSpec,
    Unset,
    check_param,
    known_enum,
    parameter_rules,
    parse,
)

from ...models.comment_task_list_response import CommentTaskListResponse
from ...models.comment_task_status import CommentTaskStatus, CommentTaskStatusLiteral
from ...registry import OPERATIONS

OPERATION = OPERATIONS["list_comment_tasks"]
RULES = parameter_rules(OPERATION)
"""The contract's constraints on the parameters, from the registry."""


def build_request(
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    status: CommentTaskStatus | CommentTaskStatusLiteral | Unset = UNSET,
    saved_account_id: str | Unset = UNSET,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/comments"
    params: list[tuple[str, str | int]] = []
    if not isinstance(page, Unset):
        params.append(("page", check_param(page, int, "page", RULES["page"])))
    if not isinstance(per_page, Unset):
        params.append(("per_page", check_param(per_page, int, "per_page", RULES["per_page"])))
    if not isinstance(status, Unset):
        params.append(("status", known_enum(CommentTaskStatus, status, "status").value))
    if not isinstance(saved_account_id, Unset):
        params.append(("saved_account_id", check_param(saved_account_id, str, "saved_account_id")))
    request["params"] = tuple(params)
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[CommentTaskListResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(CommentTaskListResponse, response.json(), strict=strict)
