"""Request account corrections (POST /bundles/{id}/account/corrections)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.account_corrections_request import AccountCorrectionsRequest, AccountCorrectionsRequestDict
from ...models.data_response import DataResponse
from ...types import (
    Operation,
    coerce_body,
    path_segment,
)

OPERATION = Operation(
    operation_id="requestBundleAccountCorrections",
    method="POST",
    path="/bundles/{id}/account/corrections",
    idempotency="standard",
    requires_auth=True,
)


def build_request(
    id: str,
    *,
    body: AccountCorrectionsRequest | AccountCorrectionsRequestDict,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/bundles/{id}/account/corrections".format(
            id=path_segment(id, "id"),
        ),
    }
    request["json"] = coerce_body((AccountCorrectionsRequest,), body)
    return request


def parse_response(response: httpx.Response) -> DataResponse:
    """Parse the success response."""
    return DataResponse.from_dict(response.json())
