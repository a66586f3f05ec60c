from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._models_runtime import (
    OpenModel,
    check,
    mismatch,
)

if TYPE_CHECKING:
    from ..models.credit_expiration import CreditExpiration


@_attrs_define(repr=False)
class CreditBalance(OpenModel):
    """Credit balance.

    Attributes:
        total_credits (float | None):
        expiring_within_7_days (float | None):
        upcoming_expirations (list[CreditExpiration] | None):
        last_updated (datetime.datetime | None): Rules: format date-time.
        credits (float | None): Balance (older shape).
    """

    total_credits: float | None = None
    expiring_within_7_days: float | None = None
    upcoming_expirations: list[CreditExpiration] | None = None
    last_updated: datetime.datetime | None = None
    credits: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("total_credits", "total_credits", False),
        ("expiring_within_7_days", "expiring_within_7_days", False),
        ("upcoming_expirations", "upcoming_expirations", False),
        ("last_updated", "last_updated", False),
        ("credits", "credits", False),
    )
    _rules = {"last_updated": {"format": "date-time"}}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(src_dict, "CreditBalance", "(root)", f"expected an object, got {type(src_dict).__name__}")
        _pop = d.pop
        total_credits: Any = _pop("total_credits", None)
        if type(total_credits) is not float and total_credits is not None:
            total_credits = check(total_credits, float, "CreditBalance", "total_credits")
        expiring_within_7_days: Any = _pop("expiring_within_7_days", None)
        if type(expiring_within_7_days) is not float and expiring_within_7_days is not None:
            expiring_within_7_days = check(expiring_within_7_days, float, "CreditBalance", "expiring_within_7_days")
        upcoming_expirations: Any = _pop("upcoming_expirations", None)
        if type(upcoming_expirations) is list:
            upcoming_expirations = [CreditExpiration.from_dict(i) for i in upcoming_expirations]
        elif upcoming_expirations is not None:
            upcoming_expirations = check(upcoming_expirations, list, "CreditBalance", "upcoming_expirations")
        last_updated: Any = _pop("last_updated", None)
        if type(last_updated) is str:
            try:
                last_updated = datetime.datetime.fromisoformat(last_updated)
            except ValueError:
                last_updated = mismatch(last_updated, "CreditBalance", "last_updated", "expected an ISO 8601 date-time")
        elif last_updated is not None:
            last_updated = check(last_updated, str, "CreditBalance", "last_updated")
        credits_: Any = _pop("credits", None)
        if type(credits_) is not float and credits_ is not None:
            credits_ = check(credits_, float, "CreditBalance", "credits")
        obj = cls(
            total_credits,
            expiring_within_7_days,
            upcoming_expirations,
            last_updated,
            credits_,
        )
        obj.additional_properties = d
        return obj


from ..models.credit_expiration import CreditExpiration  # noqa: E402
