from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._models_runtime import (
    OpenModel,
    check,
    mismatch,
)


@_attrs_define(repr=False)
class AnalyticsReport(OpenModel):
    """A shareable analytics report.

    Attributes:
        token (str | None): Report access token: a secret, treat like a password.
        url (str | None):
    """

    token: str | None = None
    url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("token", "token", False),
        ("url", "url", False),
    )
    _secrets = frozenset(["token"])
    _secret_extras = True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(src_dict, "AnalyticsReport", "(root)", f"expected an object, got {type(src_dict).__name__}")
        _pop = d.pop
        token: Any = _pop("token", None)
        if type(token) is not str and token is not None:
            token = check(token, str, "AnalyticsReport", "token")
        url: Any = _pop("url", None)
        if type(url) is not str and url is not None:
            url = check(url, str, "AnalyticsReport", "url")
        obj = cls(
            token,
            url,
        )
        obj.additional_properties = d
        return obj
