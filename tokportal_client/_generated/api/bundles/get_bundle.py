"""Get a bundle (GET /bundles/{id})."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    Parsed,
    RequestSpec,
    parse,
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
        id=path_segment(id, "id", str),
    )
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[BundleResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(BundleResponse, response.json(), strict=strict)
