"""Unschedule one video slot (POST /bundles/{id}/videos/{position}/unschedule)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    Parsed,
    RequestSpec,
    parameter_rules,
    parse,
    path_segment,
)

from ...models.data_response import DataResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["unschedule_bundle_video"]
RULES = parameter_rules(OPERATION)
"""The contract's constraints on the parameters, from the registry."""


def build_request(
    id: str,
    position: int,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/bundles/{id}/videos/{position}/unschedule".format(
        id=path_segment(id, "id", str),
        position=path_segment(position, "position", int, RULES["position"]),
    )
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[DataResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(DataResponse, response.json(), strict=strict)
