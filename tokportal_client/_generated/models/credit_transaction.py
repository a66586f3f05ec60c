from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._models_runtime import (
    MISSING,
    OpenModel,
    check,
    mismatch,
)

if TYPE_CHECKING:
    from ..models.credit_transaction_breakdown import CreditTransactionBreakdown


@_attrs_define(repr=False)
class CreditTransaction(OpenModel):
    """One credit ledger entry.

    Attributes:
        id (str):
        type (str | None): e.g. debit.
        amount (float | None): Negative for a debit.
        description (str | None):
        breakdown (CreditTransactionBreakdown | None): Credits per line item.
        balance_after (float | None):
        created_at (datetime.datetime | None): Rules: format date-time.
    """

    id: str
    type: str | None = None
    amount: float | None = None
    description: str | None = None
    breakdown: CreditTransactionBreakdown | None = None
    balance_after: float | None = None
    created_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("id", "id", True),
        ("type", "type", False),
        ("amount", "amount", False),
        ("description", "description", False),
        ("breakdown", "breakdown", False),
        ("balance_after", "balance_after", False),
        ("created_at", "created_at", False),
    )
    _rules = {"created_at": {"format": "date-time"}}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(
                src_dict, "CreditTransaction", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        id: Any = _pop("id", MISSING)
        if type(id) is not str:
            id = check(id, str, "CreditTransaction", "id")
        type_: Any = _pop("type", None)
        if type(type_) is not str and type_ is not None:
            type_ = check(type_, str, "CreditTransaction", "type")
        amount: Any = _pop("amount", None)
        if type(amount) is not float and amount is not None:
            amount = check(amount, float, "CreditTransaction", "amount")
        description: Any = _pop("description", None)
        if type(description) is not str and description is not None:
            description = check(description, str, "CreditTransaction", "description")
        breakdown: Any = _pop("breakdown", None)
        if type(breakdown) is dict:
            breakdown = CreditTransactionBreakdown.from_dict(breakdown)
        elif breakdown is not None:
            breakdown = check(breakdown, dict, "CreditTransaction", "breakdown")
        balance_after: Any = _pop("balance_after", None)
        if type(balance_after) is not float and balance_after is not None:
            balance_after = check(balance_after, float, "CreditTransaction", "balance_after")
        created_at: Any = _pop("created_at", None)
        if type(created_at) is str:
            try:
                created_at = datetime.datetime.fromisoformat(created_at)
            except ValueError:
                created_at = mismatch(created_at, "CreditTransaction", "created_at", "expected an ISO 8601 date-time")
        elif created_at is not None:
            created_at = check(created_at, str, "CreditTransaction", "created_at")
        obj = cls(
            id,
            type_,
            amount,
            description,
            breakdown,
            balance_after,
            created_at,
        )
        obj.additional_properties = d
        return obj


from ..models.credit_transaction_breakdown import CreditTransactionBreakdown  # noqa: E402
