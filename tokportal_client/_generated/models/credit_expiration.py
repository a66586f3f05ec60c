from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check

T = TypeVar("T", bound="CreditExpiration")


@_attrs_define
class CreditExpiration:
    """
    Attributes:
        amount (float | Unset):
        expires_at (datetime.datetime | Unset):
        source (str | Unset): Where the credits came from, e.g. farmer_topup.
    """

    amount: float | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "CreditExpiration", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        amount = _pop("amount", UNSET)
        if type(amount) is not float and amount is not UNSET:
            amount = check(amount, float, "CreditExpiration", "amount")

        expires_at = _pop("expires_at", UNSET)
        if expires_at is not UNSET:
            expires_at = datetime.datetime.fromisoformat(
                expires_at if type(expires_at) is str else check(expires_at, str, "CreditExpiration", "expires_at")
            )

        source = _pop("source", UNSET)
        if type(source) is not str and source is not UNSET:
            source = check(source, str, "CreditExpiration", "source")

        credit_expiration = cls(
            amount,
            expires_at,
            source,
        )

        credit_expiration.additional_properties = d
        return credit_expiration

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
