"""The settings record: every constructor and every ``with_options`` of both clients make the same record from the
same arguments, and the record is the one place a default is written."""

from __future__ import annotations

import inspect
from typing import Any

import attrs
import httpx
import pytest

from tokportal_client import AsyncTokPortal, RetryPolicy, TokPortal
from tokportal_client._settings import Settings
from tokportal_client.testing import MockServer

KEY = "sk_test_settings"
CLIENTS = (TokPortal, AsyncTokPortal)


def record(settings: Settings) -> dict[str, Any]:
    """The record as plain values (the rate limiter compared by identity, elsewhere)."""
    values = attrs.asdict(settings, recurse=False)
    values.pop("rate_limiter")
    return values


CHANGES: list[dict[str, Any]] = [
    {},
    {"timeout": 5.0},
    {"timeout": None},
    {"timeout": httpx.Timeout(3.0)},
    {"max_retries": 0},
    {"retry": RetryPolicy(max_retries=5, initial_delay=0)},
    {"default_headers": {"X-Team": "growth"}},
    {"dry_run": True},
    {"base_url": "https://staging.example/api/ext"},
    {"strict_response_validation": False},
    {"api_key": "sk_test_other"},
]


@pytest.mark.parametrize("cls", CLIENTS)
@pytest.mark.parametrize("changes", CHANGES, ids=lambda c: ",".join(c) or "defaults")
def test_constructor_and_with_options_make_the_same_record(cls: Any, changes: dict[str, Any]) -> None:
    expected = record(Settings.create(**{"api_key": KEY, **changes}))
    built = cls(**{"api_key": KEY, **changes})
    copied = cls(api_key=KEY).with_options(**changes)
    assert record(built.settings) == expected
    assert record(copied.settings) == expected
    assert record(built.with_options().settings) == expected  # a copy without changes is the same client
    assert built.with_options().settings.rate_limiter is built.settings.rate_limiter


@pytest.mark.parametrize("cls", CLIENTS)
def test_changes_accumulate_through_copies(cls: Any) -> None:
    client = (
        cls(api_key=KEY, timeout=5.0, dry_run=True)
        .with_options(max_retries=0)
        .with_options(base_url="https://x.example")
    )
    assert record(client.settings) == record(
        Settings.create(api_key=KEY, timeout=5.0, dry_run=True, max_retries=0, base_url="https://x.example")
    )


@pytest.mark.parametrize("cls", CLIENTS)
def test_the_record_holds_the_only_defaults(cls: Any) -> None:
    """Every constructor argument that is a setting defaults to what the record would hold without it."""
    fields = attrs.fields_dict(Settings)
    defaults = record(Settings.create(api_key=KEY))
    for name, parameter in inspect.signature(cls.__init__).parameters.items():
        if name in fields and name != "api_key" and parameter.default is not None:
            assert parameter.default == defaults[name], name
    for name, parameter in inspect.signature(Settings.create).parameters.items():
        if name in fields and parameter.default is not None and fields[name].default is not attrs.NOTHING:
            default = fields[name].default
            default = default.factory() if isinstance(default, attrs.Factory) else default  # type: ignore[arg-type]
            assert parameter.default == default, name


@pytest.mark.parametrize("cls", CLIENTS)
def test_the_clients_read_the_record(cls: Any) -> None:
    client = cls(api_key=KEY, timeout=7.0, max_retries=1, dry_run=True, default_headers={"X-Team": "a"})
    settings = client.settings
    assert (client.timeout, client.retry, client.dry_run, client.base_url) == (
        settings.timeout,
        settings.retry,
        settings.dry_run,
        settings.base_url,
    )
    assert client.default_headers == settings.headers
    assert repr(client) == f"{cls.__name__}(base_url={settings.base_url!r}, api_key='***', max_retries=1)"
    assert KEY not in repr(client) and KEY not in repr(settings)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        settings.timeout = 1.0  # type: ignore[misc]


def test_the_mock_clients_make_the_same_record() -> None:
    with MockServer() as mock:
        client = mock.client(timeout=4.0)
        expected = Settings.create(
            api_key=mock.api_key, base_url=mock.base_url, timeout=4.0, retry=client.settings.retry
        )
        assert record(client.settings) == record(expected)
        client.close()
