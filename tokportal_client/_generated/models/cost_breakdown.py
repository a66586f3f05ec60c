from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._models_runtime import (
    OpenModel,
    check,
    mismatch,
)


@_attrs_define(repr=False)
class CostBreakdown(OpenModel):
    """Credits per line item of a paid write.

    Attributes:
        account_creation (int | None):
        video_slots (int | None):
        edit_slots (int | None):
        advanced_warming (int | None):
        total (int | None):
    """

    account_creation: int | None = None
    video_slots: int | None = None
    edit_slots: int | None = None
    advanced_warming: int | None = None
    total: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("account_creation", "account_creation", False),
        ("video_slots", "video_slots", False),
        ("edit_slots", "edit_slots", False),
        ("advanced_warming", "advanced_warming", False),
        ("total", "total", False),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(src_dict, "CostBreakdown", "(root)", f"expected an object, got {type(src_dict).__name__}")
        _pop = d.pop
        account_creation: Any = _pop("account_creation", None)
        if type(account_creation) is not int and account_creation is not None:
            account_creation = check(account_creation, int, "CostBreakdown", "account_creation")
        video_slots: Any = _pop("video_slots", None)
        if type(video_slots) is not int and video_slots is not None:
            video_slots = check(video_slots, int, "CostBreakdown", "video_slots")
        edit_slots: Any = _pop("edit_slots", None)
        if type(edit_slots) is not int and edit_slots is not None:
            edit_slots = check(edit_slots, int, "CostBreakdown", "edit_slots")
        advanced_warming: Any = _pop("advanced_warming", None)
        if type(advanced_warming) is not int and advanced_warming is not None:
            advanced_warming = check(advanced_warming, int, "CostBreakdown", "advanced_warming")
        total: Any = _pop("total", None)
        if type(total) is not int and total is not None:
            total = check(total, int, "CostBreakdown", "total")
        obj = cls(
            account_creation,
            video_slots,
            edit_slots,
            advanced_warming,
            total,
        )
        obj.additional_properties = d
        return obj
