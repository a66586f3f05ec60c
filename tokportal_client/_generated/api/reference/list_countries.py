"""List available countries (GET /countries)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.country_list_response import CountryListResponse
from ...types import (
    Operation,
)

OPERATION = Operation(
    operation_id="listCountries",
    method="GET",
    path="/countries",
    idempotency="not-applicable",
    requires_auth=False,
)


def build_request() -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/countries",
    }
    return request


def parse_response(response: httpx.Response) -> CountryListResponse:
    """Parse the success response."""
    return CountryListResponse.from_dict(response.json())
