"""Publish all configured videos on an active bundle (POST /bundles/{id}/videos/publish-all)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    Parsed,
    RequestSpec,
    parse,
    path_segment,
)

from ...models.publish_all_videos_response import PublishAllVideosResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["publish_all_bundle_videos"]


def build_request(
    id: str,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/bundles/{id}/videos/publish-all".format(
        id=path_segment(id, "id", str),
    )
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[PublishAllVideosResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(PublishAllVideosResponse, response.json(), strict=strict)
