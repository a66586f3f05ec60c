from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check, required

if TYPE_CHECKING:
    from ..models.credit_transaction_breakdown import CreditTransactionBreakdown


T = TypeVar("T", bound="CreditTransaction")


@_attrs_define
class CreditTransaction:
    """One credit ledger entry.

    Attributes:
        id (str):
        type_ (str | Unset): e.g. debit.
        amount (float | Unset): Negative for a debit.
        description (str | Unset):
        breakdown (CreditTransactionBreakdown | Unset): Credits per line item.
        balance_after (float | Unset):
        created_at (datetime.datetime | Unset):
    """

    id: str
    type_: str | Unset = UNSET
    amount: float | Unset = UNSET
    description: str | Unset = UNSET
    breakdown: CreditTransactionBreakdown | Unset = UNSET
    balance_after: float | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        amount = self.amount

        description = self.description

        breakdown: dict[str, Any] | Unset = UNSET
        if not isinstance(self.breakdown, Unset):
            breakdown = self.breakdown.to_dict()

        balance_after = self.balance_after

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if amount is not UNSET:
            field_dict["amount"] = amount
        if description is not UNSET:
            field_dict["description"] = description
        if breakdown is not UNSET:
            field_dict["breakdown"] = breakdown
        if balance_after is not UNSET:
            field_dict["balance_after"] = balance_after
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "CreditTransaction", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        id = required(d, "id", "CreditTransaction")
        if type(id) is not str:
            id = check(id, str, "CreditTransaction", "id")

        type_ = _pop("type", UNSET)
        if type(type_) is not str and type_ is not UNSET:
            type_ = check(type_, str, "CreditTransaction", "type")

        amount = _pop("amount", UNSET)
        if type(amount) is not float and amount is not UNSET:
            amount = check(amount, float, "CreditTransaction", "amount")

        description = _pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = check(description, str, "CreditTransaction", "description")

        breakdown = _pop("breakdown", UNSET)
        if breakdown is not UNSET:
            breakdown = CreditTransactionBreakdown.from_dict(check(breakdown, dict, "CreditTransaction", "breakdown"))

        balance_after = _pop("balance_after", UNSET)
        if type(balance_after) is not float and balance_after is not UNSET:
            balance_after = check(balance_after, float, "CreditTransaction", "balance_after")

        created_at = _pop("created_at", UNSET)
        if created_at is not UNSET:
            created_at = datetime.datetime.fromisoformat(
                created_at if type(created_at) is str else check(created_at, str, "CreditTransaction", "created_at")
            )

        credit_transaction = cls(
            id,
            type_,
            amount,
            description,
            breakdown,
            balance_after,
            created_at,
        )

        credit_transaction.additional_properties = d
        return credit_transaction

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.credit_transaction_breakdown import CreditTransactionBreakdown  # noqa: E402
