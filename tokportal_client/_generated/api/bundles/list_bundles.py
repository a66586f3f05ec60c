"""List bundles (GET /bundles)."""

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
)

from ...models.account_status import AccountStatus, AccountStatusLiteral
from ...models.bundle_list_response import BundleListResponse
from ...models.bundle_status import BundleStatus, BundleStatusLiteral
from ...models.bundle_type import BundleType, BundleTypeLiteral
from ...models.platform import Platform, PlatformLiteral
from ...registry import OPERATIONS

OPERATION = OPERATIONS["list_bundles"]
RULES = parameter_rules(OPERATION)
"""The contract's constraints on the parameters, from the registry."""


def build_request(
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    status: BundleStatus | BundleStatusLiteral | Unset = UNSET,
    bundle_type: BundleType | BundleTypeLiteral | Unset = UNSET,
    platform: Platform | PlatformLiteral | Unset = UNSET,
    external_ref: str | Unset = UNSET,
    account_status: AccountStatus | AccountStatusLiteral | Unset = UNSET,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/bundles"
    params: list[tuple[str, str | int]] = []
    if not isinstance(page, Unset):
        params.append(("page", check_param(page, int, "page", RULES["page"])))
    if not isinstance(per_page, Unset):
        params.append(("per_page", check_param(per_page, int, "per_page", RULES["per_page"])))
    if not isinstance(status, Unset):
        params.append(("status", known_enum(BundleStatus, status, "status").value))
    if not isinstance(bundle_type, Unset):
        params.append(("bundle_type", known_enum(BundleType, bundle_type, "bundle_type").value))
    if not isinstance(platform, Unset):
        params.append(("platform", known_enum(Platform, platform, "platform").value))
    if not isinstance(external_ref, Unset):
        params.append(("external_ref", check_param(external_ref, str, "external_ref")))
    if not isinstance(account_status, Unset):
        params.append(("account_status", known_enum(AccountStatus, account_status, "account_status").value))
    request["params"] = tuple(params)
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[BundleListResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(BundleListResponse, response.json(), strict=strict)
