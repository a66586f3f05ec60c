"""Fix a broken video download (POST /bundles/{id}/videos/{position}/fix-download)."""

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

from ...models.data_response import DataResponse
from ...models.fix_video_download_request import FixVideoDownloadRequest, FixVideoDownloadRequestDict
from ...registry import OPERATIONS

OPERATION = OPERATIONS["fix_bundle_video_download"]
RULES = parameter_rules(OPERATION)
"""The contract's constraints on the parameters, from the registry."""


def build_request(
    id: str,
    position: int,
    *,
    body: FixVideoDownloadRequest | FixVideoDownloadRequestDict,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/bundles/{id}/videos/{position}/fix-download".format(
        id=path_segment(id, "id", str),
        position=path_segment(position, "position", int, RULES["position"]),
    )
    request["json"] = coerce_body((FixVideoDownloadRequest,), body)
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[DataResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(DataResponse, response.json(), strict=strict)
