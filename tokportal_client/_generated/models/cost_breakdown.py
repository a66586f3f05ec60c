from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check

T = TypeVar("T", bound="CostBreakdown")


@_attrs_define
class CostBreakdown:
    """Credits per line item of a paid write.

    Attributes:
        account_creation (int | Unset):
        video_slots (int | Unset):
        edit_slots (int | Unset):
        advanced_warming (int | Unset):
        total (int | Unset):
    """

    account_creation: int | Unset = UNSET
    video_slots: int | Unset = UNSET
    edit_slots: int | Unset = UNSET
    advanced_warming: int | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_creation = self.account_creation

        video_slots = self.video_slots

        edit_slots = self.edit_slots

        advanced_warming = self.advanced_warming

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_creation is not UNSET:
            field_dict["account_creation"] = account_creation
        if video_slots is not UNSET:
            field_dict["video_slots"] = video_slots
        if edit_slots is not UNSET:
            field_dict["edit_slots"] = edit_slots
        if advanced_warming is not UNSET:
            field_dict["advanced_warming"] = advanced_warming
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError("CostBreakdown", "(root)", f"expected an object, got {type(src_dict).__name__}")
        _pop = d.pop
        account_creation = _pop("account_creation", UNSET)
        if type(account_creation) is not int and account_creation is not UNSET:
            account_creation = check(account_creation, int, "CostBreakdown", "account_creation")

        video_slots = _pop("video_slots", UNSET)
        if type(video_slots) is not int and video_slots is not UNSET:
            video_slots = check(video_slots, int, "CostBreakdown", "video_slots")

        edit_slots = _pop("edit_slots", UNSET)
        if type(edit_slots) is not int and edit_slots is not UNSET:
            edit_slots = check(edit_slots, int, "CostBreakdown", "edit_slots")

        advanced_warming = _pop("advanced_warming", UNSET)
        if type(advanced_warming) is not int and advanced_warming is not UNSET:
            advanced_warming = check(advanced_warming, int, "CostBreakdown", "advanced_warming")

        total = _pop("total", UNSET)
        if type(total) is not int and total is not UNSET:
            total = check(total, int, "CostBreakdown", "total")

        cost_breakdown = cls(
            account_creation,
            video_slots,
            edit_slots,
            advanced_warming,
            total,
        )

        cost_breakdown.additional_properties = d
        return cost_breakdown

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
