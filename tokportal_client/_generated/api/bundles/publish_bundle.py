"""Publish a bundle (POST /bundles/{id}/publish)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.bundle_publish_state_response import BundlePublishStateResponse
from ...types import (
    Operation,
    path_segment,
)

OPERATION = Operation(
    operation_id="publishBundle",
    method="POST",
    path="/bundles/{id}/publish",
    idempotency="standard",
    requires_auth=True,
)


def build_request(
    id: str,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/bundles/{id}/publish".format(
            id=path_segment(id, "id"),
        ),
    }
    return request


def parse_response(response: httpx.Response) -> BundlePublishStateResponse:
    """Parse the success response."""
    return BundlePublishStateResponse.from_dict(response.json())
