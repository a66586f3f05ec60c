"""Get a bundle (GET /bundles/{id})."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    RequestSpec,
    path_segment,
)

from ...models.bundle_response import BundleResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["get_bundle"]


def build_request(
    id: str,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/bundles/{id}".format(
        id=path_segment(id, "id"),
    )
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response) -> BundleResponse:
    """Parse the success response."""
    return BundleResponse.from_dict(response.json())
