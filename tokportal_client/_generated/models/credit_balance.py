from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check

if TYPE_CHECKING:
    from ..models.credit_expiration import CreditExpiration


T = TypeVar("T", bound="CreditBalance")


@_attrs_define
class CreditBalance:
    """Credit balance.

    Attributes:
        total_credits (float | Unset):
        expiring_within_7_days (float | Unset):
        upcoming_expirations (list[CreditExpiration] | Unset):
        last_updated (datetime.datetime | Unset):
        credits_ (float | Unset): Balance (older shape).
    """

    total_credits: float | Unset = UNSET
    expiring_within_7_days: float | Unset = UNSET
    upcoming_expirations: list[CreditExpiration] | Unset = UNSET
    last_updated: datetime.datetime | Unset = UNSET
    credits_: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_credits = self.total_credits

        expiring_within_7_days = self.expiring_within_7_days

        upcoming_expirations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.upcoming_expirations, Unset):
            upcoming_expirations = []
            for upcoming_expirations_item_data in self.upcoming_expirations:
                upcoming_expirations_item = upcoming_expirations_item_data.to_dict()
                upcoming_expirations.append(upcoming_expirations_item)

        last_updated: str | Unset = UNSET
        if not isinstance(self.last_updated, Unset):
            last_updated = self.last_updated.isoformat()

        credits_ = self.credits_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_credits is not UNSET:
            field_dict["total_credits"] = total_credits
        if expiring_within_7_days is not UNSET:
            field_dict["expiring_within_7_days"] = expiring_within_7_days
        if upcoming_expirations is not UNSET:
            field_dict["upcoming_expirations"] = upcoming_expirations
        if last_updated is not UNSET:
            field_dict["last_updated"] = last_updated
        if credits_ is not UNSET:
            field_dict["credits"] = credits_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError("CreditBalance", "(root)", f"expected an object, got {type(src_dict).__name__}")
        _pop = d.pop
        total_credits = _pop("total_credits", UNSET)
        if type(total_credits) is not float and total_credits is not UNSET:
            total_credits = check(total_credits, float, "CreditBalance", "total_credits")

        expiring_within_7_days = _pop("expiring_within_7_days", UNSET)
        if type(expiring_within_7_days) is not float and expiring_within_7_days is not UNSET:
            expiring_within_7_days = check(expiring_within_7_days, float, "CreditBalance", "expiring_within_7_days")

        upcoming_expirations = _pop("upcoming_expirations", UNSET)
        if upcoming_expirations is not UNSET:
            if type(upcoming_expirations) is not list:
                upcoming_expirations = check(upcoming_expirations, list, "CreditBalance", "upcoming_expirations")
            upcoming_expirations = [CreditExpiration.from_dict(item) for item in upcoming_expirations]

        last_updated = _pop("last_updated", UNSET)
        if last_updated is not UNSET:
            last_updated = datetime.datetime.fromisoformat(
                last_updated if type(last_updated) is str else check(last_updated, str, "CreditBalance", "last_updated")
            )

        credits_ = _pop("credits", UNSET)
        if type(credits_) is not float and credits_ is not UNSET:
            credits_ = check(credits_, float, "CreditBalance", "credits")

        credit_balance = cls(
            total_credits,
            expiring_within_7_days,
            upcoming_expirations,
            last_updated,
            credits_,
        )

        credit_balance.additional_properties = d
        return credit_balance

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


from ..models.credit_expiration import CreditExpiration  # noqa: E402
