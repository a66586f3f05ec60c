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
class ManagedSubscriptionQuote(OpenModel):
    """The current reactivation quote: echo its values in the reactivation request.

    Attributes:
        credits_ (int | None): Credits the reactivation charges (0 is a valid quote).
        current_period_end (str | None):
        lock_version (int | None):
    """

    credits_: int | None = None
    current_period_end: str | None = None
    lock_version: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("credits_", "credits", False),
        ("current_period_end", "current_period_end", False),
        ("lock_version", "lock_version", False),
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
        credits_: Any = _pop("credits", None)
        if type(credits_) is not int and credits_ is not None:
            credits_ = check(credits_, int, "ManagedSubscriptionQuote", "credits")
        current_period_end: Any = _pop("current_period_end", None)
        if type(current_period_end) is not str and current_period_end is not None:
            current_period_end = check(current_period_end, str, "ManagedSubscriptionQuote", "current_period_end")
        lock_version: Any = _pop("lock_version", None)
        if type(lock_version) is not int and lock_version is not None:
            lock_version = check(lock_version, int, "ManagedSubscriptionQuote", "lock_version")
        obj = cls(
            credits_,
            current_period_end,
            lock_version,
        )
        obj.additional_properties = d
        return obj
