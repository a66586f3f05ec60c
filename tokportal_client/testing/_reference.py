"""Reference data: the countries open for account creation and the platforms.

TokPortal's ``GET /countries`` lists ``{code, name}`` objects; bundle orders take a code, or an alias such as
``US``/``GB`` (the API reference writes ``USA`` in its examples). The mock enables :data:`DEFAULT_COUNTRIES`
unless given its own (``MockServer(countries={...})``); an order for another country is refused with 400
``COUNTRY_NOT_ENABLED``. Platforms are the contract's ``Platform`` values: ``tiktok``, ``instagram``,
``youtube`` (listed, though an order for YouTube is refused: the API takes TikTok and Instagram).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._call import Call
from ._records import Answer
from ._registry import handles

__all__ = ["ALIASES", "DEFAULT_COUNTRIES", "country_code"]

DEFAULT_COUNTRIES: Mapping[str, str] = {"USA": "United States", "GBR": "United Kingdom"}
ALIASES: Mapping[str, str] = {"US": "USA", "GB": "GBR"}


def country_code(countries: Mapping[str, str], value: object, field: str = "country") -> str:
    """The enabled country's code for a code or alias, or 400 ``COUNTRY_NOT_ENABLED``."""
    text = str(value).strip().upper()
    code = ALIASES.get(text, text)
    if code not in countries:
        enabled = ", ".join(sorted(countries))
        raise Answer(
            400,
            "COUNTRY_NOT_ENABLED",
            f"{field}: {value!r} is not a country open for account creation (GET /countries lists them: {enabled}).",
        )
    return code


@handles("listCountries")
def _countries(call: Call) -> Any:
    return {"data": [{"code": code, "name": name} for code, name in call.state.countries.items()]}


@handles("listPlatforms")
def _platforms(call: Call) -> Any:
    schema = call.examples.spec.deref(call.examples.spec.schema("Platform"))
    return {"data": [str(value) for value in schema.get("enum", [])]}


@handles("createAnalyticsReport")
def _report(call: Call) -> Any:
    """A shareable report: an access token (a secret) and its page on TokPortal."""
    import secrets

    report_id = call.new_id("report")
    return {
        "data": {
            "token": "rpt_" + secrets.token_hex(24),
            "url": f"https://app.tokportal.com/analytics/reports/{report_id}",
        }
    }
