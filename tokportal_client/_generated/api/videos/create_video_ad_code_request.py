"""Request an ad code (TikTok Spark Code / Instagram Partner Code) for a finalized video (POST /videos/{id}/ad-code-request)."""

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

from ...models.charged_data_response import ChargedDataResponse
from ...models.create_video_ad_code_request import CreateVideoAdCodeRequest, CreateVideoAdCodeRequestDict
from ...registry import OPERATIONS

OPERATION = OPERATIONS["create_video_ad_code_request"]


def build_request(
    id: str,
    *,
    body: CreateVideoAdCodeRequest | CreateVideoAdCodeRequestDict,
) -> RequestSpec:
    """Validate the arguments and describe the request."""
    request: dict[str, Any] = {}
    path = "/videos/{id}/ad-code-request".format(
        id=path_segment(id, "id", str),
    )
    request["json"] = coerce_body((CreateVideoAdCodeRequest,), body)
    return RequestSpec(path, **request)


def parse_response(response: httpx.Response, strict: bool) -> Parsed[ChargedDataResponse]:
    """Parse the success response: strict, a value that does not fit the contract raises; lenient, it is kept as
    received and reported."""
    return parse(ChargedDataResponse, response.json(), strict=strict)
