"""Retrieve latest account verification code (POST /accounts/{id}/verification-code)."""

from __future__ import annotations

from typing import Any

import httpx

from tokportal_client._runtime import (
    RequestSpec,
    coerce_body,
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
        id=path_segment(id, "id"),
    )
    if body is not None:
        request["json"] = coerce_body((CredentialRevealAcceptance,), body)
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response) -> SecretDataResponse:
    """Parse the success response."""
    return SecretDataResponse.from_dict(response.json())
