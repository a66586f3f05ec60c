from __future__ import annotations

import datetime
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
class CreditExpiration(OpenModel):
    """The CreditExpiration object of the API.

    Attributes:
        amount (float | None):
        expires_at (datetime.datetime | None): Rules: format date-time.
        source (str | None): Where the credits came from, e.g. farmer_topup.
    """

    amount: float | None = None
    expires_at: datetime.datetime | None = None
    source: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("amount", "amount", False),
        ("expires_at", "expires_at", False),
        ("source", "source", False),
    )
    _rules = {"expires_at": {"format": "date-time"}}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(
                src_dict, "CreditExpiration", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        amount: Any = _pop("amount", None)
        if type(amount) is not float and amount is not None:
            amount = check(amount, float, "CreditExpiration", "amount")
        expires_at: Any = _pop("expires_at", None)
        if type(expires_at) is str:
            try:
                expires_at = datetime.datetime.fromisoformat(expires_at)
            except ValueError:
                expires_at = mismatch(expires_at, "CreditExpiration", "expires_at", "expected an ISO 8601 date-time")
        elif expires_at is not None:
            expires_at = check(expires_at, str, "CreditExpiration", "expires_at")
        source: Any = _pop("source", None)
        if type(source) is not str and source is not None:
            source = check(source, str, "CreditExpiration", "source")
        obj = cls(
            amount,
            expires_at,
            source,
        )
        obj.additional_properties = d
        return obj
