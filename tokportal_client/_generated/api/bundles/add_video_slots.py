"""Add video slots to a bundle (POST /bundles/{id}/add-video-slots)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.quantity_request import QuantityRequest, QuantityRequestDict
from ...models.slots_added_response import SlotsAddedResponse
from ...types import (
    Operation,
    coerce_body,
    path_segment,
)

OPERATION = Operation(
    operation_id="addVideoSlots",
    method="POST",
    path="/bundles/{id}/add-video-slots",
    idempotency="standard",
    requires_auth=True,
)


def build_request(
    id: str,
    *,
    body: QuantityRequest | QuantityRequestDict,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/bundles/{id}/add-video-slots".format(
            id=path_segment(id, "id"),
        ),
    }
    request["json"] = coerce_body((QuantityRequest,), body)
    return request


def parse_response(response: httpx.Response) -> SlotsAddedResponse:
    """Parse the success response."""
    return SlotsAddedResponse.from_dict(response.json())
