"""Generate Advanced Niche Warming search terms (POST /warming/generate-terms)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    Parsed,
    RequestSpec,
    coerce_body,
    parse,
)

from ...models.data_response import DataResponse
from ...models.generate_warming_terms_request import GenerateWarmingTermsRequest, GenerateWarmingTermsRequestDict
from ...registry import OPERATIONS

OPERATION = OPERATIONS["generate_warming_terms"]


def build_request(
    *,
    body: GenerateWarmingTermsRequest | GenerateWarmingTermsRequestDict,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/warming/generate-terms"
    request["json"] = coerce_body((GenerateWarmingTermsRequest,), body)
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[DataResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(DataResponse, response.json(), strict=strict)
