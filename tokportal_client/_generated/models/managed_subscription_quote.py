from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._models_runtime import (
    MISSING,
    OpenModel,
    check,
    mismatch,
)


@_attrs_define(repr=False)
class ManagedSubscriptionQuote(OpenModel):
    """The current reactivation quote: echo its values in the reactivation request.

    Attributes:
        credits (int): Credits the reactivation charges (0 is a valid quote).
        current_period_end (str):
        lock_version (int):
    """

    credits: int
    current_period_end: str
    lock_version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("credits", "credits", True),
        ("current_period_end", "current_period_end", True),
        ("lock_version", "lock_version", True),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(
                src_dict, "ManagedSubscriptionQuote", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        credits_: Any = _pop("credits", MISSING)
        if type(credits_) is not int:
            credits_ = check(credits_, int, "ManagedSubscriptionQuote", "credits")
        current_period_end: Any = _pop("current_period_end", MISSING)
        if type(current_period_end) is not str:
            current_period_end = check(current_period_end, str, "ManagedSubscriptionQuote", "current_period_end")
        lock_version: Any = _pop("lock_version", MISSING)
        if type(lock_version) is not int:
            lock_version = check(lock_version, int, "ManagedSubscriptionQuote", "lock_version")
        obj = cls(
            credits_,
            current_period_end,
            lock_version,
        )
        obj.additional_properties = d
        return obj
