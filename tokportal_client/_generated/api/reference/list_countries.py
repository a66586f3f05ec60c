"""List available countries (GET /countries)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    RequestSpec,
)

from ...models.country_list_response import CountryListResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["list_countries"]


def build_request() -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/countries"
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response) -> CountryListResponse:
    """Parse the success response."""
    return CountryListResponse.from_dict(response.json())
