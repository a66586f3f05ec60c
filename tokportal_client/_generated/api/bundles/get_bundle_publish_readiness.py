"""Check bundle publish readiness (GET /bundles/{id}/publish-readiness)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.publish_readiness_response import PublishReadinessResponse
from ...types import (
    Operation,
    path_segment,
)

OPERATION = Operation(
    operation_id="getBundlePublishReadiness",
    method="GET",
    path="/bundles/{id}/publish-readiness",
    idempotency="not-applicable",
    requires_auth=True,
)


def build_request(
    id: str,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/bundles/{id}/publish-readiness".format(
            id=path_segment(id, "id"),
        ),
    }
    return request


def parse_response(response: httpx.Response) -> PublishReadinessResponse:
    """Parse the success response."""
    return PublishReadinessResponse.from_dict(response.json())
