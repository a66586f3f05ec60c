"""Reveal delivered account credentials (POST /accounts/{id}/reveal-credentials)."""

from __future__ import annotations

from typing import Any

import httpx

from ...models.credential_reveal_acceptance import CredentialRevealAcceptance, CredentialRevealAcceptanceDict
from ...models.secret_data_response import SecretDataResponse
from ...types import (
    Operation,
    coerce_body,
    path_segment,
)

OPERATION = Operation(
    operation_id="revealAccountCredentials",
    method="POST",
    path="/accounts/{id}/reveal-credentials",
    idempotency="reject-sensitive-response",
    requires_auth=True,
)


def build_request(
    id: str,
    *,
    body: CredentialRevealAcceptance | CredentialRevealAcceptanceDict | None = None,
) -> dict[str, Any]:
    """Validate the arguments and return the request's url, params and body, ready for httpx."""
    request: dict[str, Any] = {
        "url": "/accounts/{id}/reveal-credentials".format(
            id=path_segment(id, "id"),
        ),
    }
    if body is not None:
        request["json"] = coerce_body((CredentialRevealAcceptance,), body)
    return request


def parse_response(response: httpx.Response) -> SecretDataResponse:
    """Parse the success response."""
    return SecretDataResponse.from_dict(response.json())
