"""List comment task verification events (GET /comments/{id}/verifications)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.comment_task_verifications_response import CommentTaskVerificationsResponse
from ...types import (
    Operation,
    path_segment,
)

OPERATION = Operation(
    operation_id="listCommentTaskVerifications",
    method="GET",
    path="/comments/{id}/verifications",
    idempotency="not-applicable",
    requires_auth=True,
)


def build_request(
    id: str,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/comments/{id}/verifications".format(
            id=path_segment(id, "id"),
        ),
    }
    return request


def parse_response(response: httpx.Response) -> CommentTaskVerificationsResponse:
    """Parse the success response."""
    return CommentTaskVerificationsResponse.from_dict(response.json())
