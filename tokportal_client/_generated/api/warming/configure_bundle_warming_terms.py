"""Configure the niche targets of a count-only Advanced Niche Warming purchase (PUT /bundles/{id}/warming-terms)."""

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

from ...models.data_response import DataResponse
from ...models.warming_terms_request import WarmingTermsRequest, WarmingTermsRequestDict
from ...registry import OPERATIONS

OPERATION = OPERATIONS["configure_bundle_warming_terms"]


def build_request(
    id: str,
    *,
    body: WarmingTermsRequest | WarmingTermsRequestDict,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/bundles/{id}/warming-terms".format(
        id=path_segment(id, "id", str),
    )
    request["json"] = coerce_body((WarmingTermsRequest,), body)
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[DataResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(DataResponse, response.json(), strict=strict)
