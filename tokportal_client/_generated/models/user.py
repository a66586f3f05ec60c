from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check

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
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError("User", "(root)", f"expected an object, got {type(src_dict).__name__}")
        _pop = d.pop
        email = _pop("email", UNSET)
        if type(email) is not str and email is not UNSET:
            email = check(email, str, "User", "email")

        credits_ = _pop("credits", UNSET)
        if type(credits_) is not float and credits_ is not UNSET:
            credits_ = check(credits_, float, "User", "credits")

        plan = _pop("plan", UNSET)
        if type(plan) is not str and plan is not UNSET:
            plan = check(plan, str, "User", "plan")

        created_at = _pop("created_at", UNSET)
        if created_at is not UNSET:
            created_at = datetime.datetime.fromisoformat(
                created_at if type(created_at) is str else check(created_at, str, "User", "created_at")
            )

        user = cls(
            email,
            credits_,
            plan,
            created_at,
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
