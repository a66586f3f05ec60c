"""Configure a video slot (PUT /bundles/{id}/videos/{position})."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    Parsed,
    RequestSpec,
    coerce_body,
    parameter_rules,
    parse,
    path_segment,
)

from ...models.bundle_video_response import BundleVideoResponse
from ...models.configure_video_request import ConfigureVideoRequest, ConfigureVideoRequestDict
from ...registry import OPERATIONS

OPERATION = OPERATIONS["configure_bundle_video"]
RULES = parameter_rules(OPERATION)
"""The contract's constraints on the parameters, from the registry."""


def build_request(
    id: str,
    position: int,
    *,
    body: ConfigureVideoRequest | ConfigureVideoRequestDict,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/bundles/{id}/videos/{position}".format(
        id=path_segment(id, "id", str),
        position=path_segment(position, "position", int, RULES["position"]),
    )
    request["json"] = coerce_body((ConfigureVideoRequest,), body)
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[BundleVideoResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(BundleVideoResponse, response.json(), strict=strict)
