"""Add video slots to a bundle (POST /bundles/{id}/add-video-slots)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    Parsed,
    RequestSpec,
    coerce_body,
    parse,
    path_segment,
)

from ...models.quantity_request import QuantityRequest, QuantityRequestDict
from ...models.slots_added_response import SlotsAddedResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["add_video_slots"]


def build_request(
    id: str,
    *,
    body: QuantityRequest | QuantityRequestDict,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/bundles/{id}/add-video-slots".format(
        id=path_segment(id, "id", str),
    )
    request["json"] = coerce_body((QuantityRequest,), body)
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[SlotsAddedResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(SlotsAddedResponse, response.json(), strict=strict)
