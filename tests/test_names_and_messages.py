"""Natural names and messages that say what to do: attribute names are the API's field names (Python keywords
aside), a missing upload file is a ``FileNotFoundError``, and a failed connection names the base URL and what
to check."""

from __future__ import annotations

import inspect
import keyword
import socket
from pathlib import Path

import httpx
import pytest

from tokportal_client import AsyncTokPortal, TokPortal, models
from tokportal_client._models_runtime import Model
from tokportal_client.errors import APIConnectionError


def _models() -> list[type[Model]]:
    found = [getattr(models, name) for name in models.__all__]
    return [value for value in found if inspect.isclass(value) and issubclass(value, Model) and value._fields]


@pytest.mark.parametrize("model", _models(), ids=lambda model: model.__name__)
def test_attributes_are_named_like_the_apis_fields(model: type[Model]) -> None:
    """Builtins' names included (``User.credits``); a keyword gets a ``_`` and a camelCase key is snake_cased,
    with the JSON key in the docstring."""
    for attribute, key, _ in model._fields:
        usable = key.isidentifier() and not keyword.iskeyword(key) and key == key.lower()
        if usable and key not in ("datetime", "list", "dict", "str"):
            assert attribute == key, f"{model.__name__}.{attribute} for the JSON key {key!r}"
        else:
            assert f"JSON key: ``{key}``" in (model.__doc__ or ""), f"{model.__name__}: {key!r} is not documented"


def test_a_user_has_credits() -> None:
    user = models.User.from_dict({"credits": 12.5})
    assert user.credits == 12.5 and user.to_dict() == {"credits": 12.5}


def test_a_missing_upload_file_is_a_file_not_found_error(tmp_path: Path) -> None:
    client = TokPortal(api_key="sk_test", base_url="http://127.0.0.1:9/api/ext")
    with pytest.raises(FileNotFoundError) as missing:
        client.videos.import_bundle_videos_csv("b-1", file=tmp_path / "nope.csv")
    assert missing.value.filename == str(tmp_path / "nope.csv")
    assert "file: no such file" in str(missing.value)


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _check_message(error: APIConnectionError, port: int) -> None:
    message = str(error)
    assert f"Could not connect to http://127.0.0.1:{port}" in message
    for what in ("base URL", "TOKPORTAL_BASE_URL", "network", "proxy"):
        assert what in message, message


def test_a_refused_connection_names_the_base_url_and_what_to_check(monkeypatch: pytest.MonkeyPatch) -> None:
    port = _closed_port()
    for name in ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "https_proxy", "http_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    client = TokPortal(api_key="sk_test", base_url=f"http://127.0.0.1:{port}/api/ext", max_retries=0)
    with client, pytest.raises(APIConnectionError) as refused:
        client.profile.get_current_user()
    _check_message(refused.value, port)
    assert "sk_test" not in str(refused.value)


def test_the_async_client_says_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    import asyncio

    port = _closed_port()

    async def call() -> None:
        async with AsyncTokPortal(api_key="sk_test", base_url=f"http://127.0.0.1:{port}/api/ext", max_retries=0) as c:
            await c.profile.get_current_user()

    with pytest.raises(APIConnectionError) as refused:
        asyncio.run(call())
    _check_message(refused.value, port)


def test_a_proxy_from_the_environment_is_named_without_its_value(monkeypatch: pytest.MonkeyPatch) -> None:
    from tokportal_client.errors import error_for_transport

    monkeypatch.setenv("HTTPS_PROXY", "http://user:secret@proxy.example:3128")
    request = httpx.Request("GET", "https://app.tokportal.com/api/ext/me")
    message = str(error_for_transport(httpx.ConnectError("refused"), request))
    assert "the proxy set in HTTPS_PROXY" in message and "trust_env=False" in message
    assert "secret" not in message and "proxy.example" not in message
    assert "Could not connect to https://app.tokportal.com" in message
