from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, check

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """The authenticated user.

    Attributes:
        email (str | Unset):
        credits_ (float | Unset): Credit balance.
        plan (str | Unset):
        created_at (datetime.datetime | Unset):
    """

    email: str | Unset = UNSET
    credits_: float | Unset = UNSET
    plan: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        credits_ = self.credits_

        plan = self.plan

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if credits_ is not UNSET:
            field_dict["credits"] = credits_
        if plan is not UNSET:
            field_dict["plan"] = plan
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ModelValidationError("User", "(root)", f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        email = check(d.pop("email", UNSET), str, "User", "email")

        credits_ = check(d.pop("credits", UNSET), float, "User", "credits")

        plan = check(d.pop("plan", UNSET), str, "User", "plan")

        _created_at = check(d.pop("created_at", UNSET), str, "User", "created_at")
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        user = cls(
            email=email,
            credits_=credits_,
            plan=plan,
            created_at=created_at,
        )

        user.additional_properties = d
        return user

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
