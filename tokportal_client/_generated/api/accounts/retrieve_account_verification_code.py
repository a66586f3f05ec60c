"""Retrieve latest account verification code (POST /accounts/{id}/verification-code)."""

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

from ...models.credential_reveal_acceptance import CredentialRevealAcceptance, CredentialRevealAcceptanceDict
from ...models.secret_data_response import SecretDataResponse
from ...registry import OPERATIONS

OPERATION = OPERATIONS["retrieve_account_verification_code"]


def build_request(
    id: str,
    *,
    body: CredentialRevealAcceptance | CredentialRevealAcceptanceDict | None = None,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/accounts/{id}/verification-code".format(
        id=path_segment(id, "id", str),
    )
    if body is not None:
        request["json"] = coerce_body((CredentialRevealAcceptance,), body)
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[SecretDataResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(SecretDataResponse, response.json(), strict=strict)
