from __future__ import annotations

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
    from ..models.managed_subscription_quote import ManagedSubscriptionQuote


@_attrs_define(repr=False)
class ManagedSubscription(OpenModel):
    """TokPortal Coverage of a delivered account (25 credits per 30 days, first period included). Fields other than the
    reactivation quote are not stated by a public source and are kept as sent.

    Attributes:
        reactivation_quote (ManagedSubscriptionQuote | None): Present when Coverage can be reactivated.
    """

    reactivation_quote: ManagedSubscriptionQuote | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (("reactivation_quote", "reactivation_quote", False),)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(
                src_dict, "ManagedSubscription", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        reactivation_quote: Any = _pop("reactivation_quote", None)
        if type(reactivation_quote) is dict:
            reactivation_quote = ManagedSubscriptionQuote.from_dict(reactivation_quote)
        elif reactivation_quote is not None:
            reactivation_quote = check(reactivation_quote, dict, "ManagedSubscription", "reactivation_quote")
        obj = cls(
            reactivation_quote,
        )
        obj.additional_properties = d
        return obj


from ..models.managed_subscription_quote import ManagedSubscriptionQuote  # noqa: E402
