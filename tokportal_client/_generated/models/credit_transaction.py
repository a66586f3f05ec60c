from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, check, required

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
        from ..models.credit_transaction_breakdown import CreditTransactionBreakdown  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise ModelValidationError(
                "CreditTransaction", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = check(required(d, "id", "CreditTransaction"), str, "CreditTransaction", "id")

        type_ = check(d.pop("type", UNSET), str, "CreditTransaction", "type")

        amount = check(d.pop("amount", UNSET), float, "CreditTransaction", "amount")

        description = check(d.pop("description", UNSET), str, "CreditTransaction", "description")

        _breakdown = check(d.pop("breakdown", UNSET), dict, "CreditTransaction", "breakdown")
        breakdown: CreditTransactionBreakdown | Unset
        if isinstance(_breakdown, Unset):
            breakdown = UNSET
        else:
            breakdown = CreditTransactionBreakdown.from_dict(_breakdown)

        balance_after = check(d.pop("balance_after", UNSET), float, "CreditTransaction", "balance_after")

        _created_at = check(d.pop("created_at", UNSET), str, "CreditTransaction", "created_at")
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        credit_transaction = cls(
            id=id,
            type_=type_,
            amount=amount,
            description=description,
            breakdown=breakdown,
            balance_after=balance_after,
            created_at=created_at,
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
