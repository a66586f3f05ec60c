from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypedDict

from attrs import define as _attrs_define

from tokportal_client._models_runtime import (
    MISSING,
    UNSET,
    Model,
    check,
    mismatch,
)


@_attrs_define(repr=False)
class ManagedSubscriptionReactivationRequest(Model):
    """The quote being accepted, exactly as getAccountManagedSubscription returned it.

    Example (JSON; it meets every rule of the contract)::

        {"expected_credits": 25, "expected_current_period_end": "2026-06-24T12:00:00Z", "expected_lock_version": 4}

    Attributes:
        expected_credits (int): reactivation_quote.credits
        expected_current_period_end (str): reactivation_quote.current_period_end
        expected_lock_version (int): reactivation_quote.lock_version
    """

    expected_credits: int
    expected_current_period_end: str
    expected_lock_version: int

    _fields = (
        ("expected_credits", "expected_credits", True),
        ("expected_current_period_end", "expected_current_period_end", True),
        ("expected_lock_version", "expected_lock_version", True),
    )
    _absent = UNSET

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(
                src_dict,
                "ManagedSubscriptionReactivationRequest",
                "(root)",
                f"expected an object, got {type(src_dict).__name__}",
            )
        _pop = d.pop
        expected_credits: Any = _pop("expected_credits", MISSING)
        if type(expected_credits) is not int:
            expected_credits = check(
                expected_credits, int, "ManagedSubscriptionReactivationRequest", "expected_credits"
            )
        expected_current_period_end: Any = _pop("expected_current_period_end", MISSING)
        if type(expected_current_period_end) is not str:
            expected_current_period_end = check(
                expected_current_period_end,
                str,
                "ManagedSubscriptionReactivationRequest",
                "expected_current_period_end",
            )
        expected_lock_version: Any = _pop("expected_lock_version", MISSING)
        if type(expected_lock_version) is not int:
            expected_lock_version = check(
                expected_lock_version, int, "ManagedSubscriptionReactivationRequest", "expected_lock_version"
            )
        obj = cls(
            expected_credits,
            expected_current_period_end,
            expected_lock_version,
        )
        return obj


class ManagedSubscriptionReactivationRequestDict(TypedDict):
    """The JSON body of :class:`ManagedSubscriptionReactivationRequest` as a plain dict: type checkers check its keys and values."""

    expected_credits: int
    expected_current_period_end: str
    expected_lock_version: int
