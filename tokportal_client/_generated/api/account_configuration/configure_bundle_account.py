"""Configure bundle account profile (PUT /bundles/{id}/account)."""

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

from ...models.bundle_account_response import BundleAccountResponse
from ...models.configure_account_request import ConfigureAccountRequest, ConfigureAccountRequestDict
from ...registry import OPERATIONS

OPERATION = OPERATIONS["configure_bundle_account"]


def build_request(
    id: str,
    *,
    body: ConfigureAccountRequest | ConfigureAccountRequestDict,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/bundles/{id}/account".format(
        id=path_segment(id, "id", str),
    )
    request["json"] = coerce_body((ConfigureAccountRequest,), body)
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[BundleAccountResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(BundleAccountResponse, response.json(), strict=strict)
