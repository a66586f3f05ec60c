"""Request account corrections (POST /bundles/{id}/account/corrections)."""

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

from ...models.account_corrections_request import AccountCorrectionsRequest, AccountCorrectionsRequestDict
from ...models.data_response import DataResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["request_bundle_account_corrections"]


def build_request(
    id: str,
    *,
    body: AccountCorrectionsRequest | AccountCorrectionsRequestDict,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/bundles/{id}/account/corrections".format(
        id=path_segment(id, "id", str),
    )
    request["json"] = coerce_body((AccountCorrectionsRequest,), body)
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[DataResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(DataResponse, response.json(), strict=strict)
