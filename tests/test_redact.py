"""The one table of secret names, iterated over every place a value could show: the ``repr()`` of a model that
carries a field of that name, the DEBUG log of a response holding it, and the text of an error whose body
holds it."""

from __future__ import annotations

import logging

import httpx
import pytest

from tokportal_client import models
from tokportal_client._logging import log_attempt
from tokportal_client._redact import REDACTED, REDACTIONS, is_secret_name
from tokportal_client.errors import error_for_response

NAMES = sorted({*REDACTIONS.name_fragments, *REDACTIONS.names})
"""Every entry of the table, used as a field name as it stands."""
URL = "https://app.tokportal.com/api/ext/webhooks/ep_1"


def secret(name: str) -> str:
    return f"S3CRET-{name}-0123456789"


@pytest.mark.parametrize("name", NAMES)
def test_every_name_of_the_table_is_hidden_in_repr(name: str) -> None:
    assert is_secret_name(name)
    parsed = models.WebhookEndpointWithSecret.from_dict({"id": "ep_1", "signing_secret": "whsec_x", name: secret(name)})
    for text in (repr(parsed), str(parsed)):
        assert secret(name) not in text and REDACTED in text


@pytest.mark.parametrize("name", NAMES)
def test_every_name_of_the_table_is_hidden_in_debug_logs(name: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="tokportal_client")
    request = httpx.Request("GET", URL)
    response = httpx.Response(200, json={"data": {"id": "ep_1", name: secret(name)}}, request=request)
    log_attempt(request, response, elapsed_ms=1, attempt=1)
    assert "ep_1" in caplog.text and REDACTED in caplog.text
    assert secret(name) not in caplog.text


@pytest.mark.parametrize("name", NAMES)
def test_every_name_of_the_table_is_hidden_in_error_text(name: str) -> None:
    request = httpx.Request("POST", URL)
    body = {"error": {"code": "BAD", "message": f"{name} {secret(name)} is wrong", "details": {name: secret(name)}}}
    error = error_for_response(httpx.Response(400, json=body, request=request))
    for text in (str(error), repr(error)):
        assert secret(name) not in text and "BAD" in text and REDACTED in text
