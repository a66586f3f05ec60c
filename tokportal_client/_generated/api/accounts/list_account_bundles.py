"""List bundles for a delivered account (GET /accounts/{id}/bundles)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    UNSET,
    Parsed,
    RequestSpec,
    Unset,
    check_param,
    known_enum,
    parameter_rules,
    parse,
    path_segment,
)

from ...models.bundle_list_response import BundleListResponse
from ...models.bundle_status import BundleStatus, BundleStatusLiteral
from ...registry import OPERATIONS

OPERATION = OPERATIONS["list_account_bundles"]
RULES = parameter_rules(OPERATION)
"""The contract's constraints on the parameters, from the registry."""


def build_request(
    id: str,
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    status: BundleStatus | BundleStatusLiteral | Unset = UNSET,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/accounts/{id}/bundles".format(
        id=path_segment(id, "id", str),
    )
    params: list[tuple[str, str | int]] = []
    if not isinstance(page, Unset):
        params.append(("page", check_param(page, int, "page", RULES["page"])))
    if not isinstance(per_page, Unset):
        params.append(("per_page", check_param(per_page, int, "per_page", RULES["per_page"])))
    if not isinstance(status, Unset):
        params.append(("status", known_enum(BundleStatus, status, "status").value))
    request["params"] = tuple(params)
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[BundleListResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(BundleListResponse, response.json(), strict=strict)
