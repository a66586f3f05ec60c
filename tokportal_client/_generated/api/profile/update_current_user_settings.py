"""Update safe workspace settings (PATCH /me)."""

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
from ...models.update_current_user_settings_request import (
    UpdateCurrentUserSettingsRequest,
    UpdateCurrentUserSettingsRequestDict,
)
from ...registry import OPERATIONS

OPERATION = OPERATIONS["update_current_user_settings"]


def build_request(
    *,
    body: UpdateCurrentUserSettingsRequest | UpdateCurrentUserSettingsRequestDict,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/me"
    request["json"] = coerce_body((UpdateCurrentUserSettingsRequest,), body)
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[DataResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(DataResponse, response.json(), strict=strict)
