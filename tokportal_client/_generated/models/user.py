from __future__ import annotations

import datetime
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
class User(OpenModel):
    """The authenticated user.

    Attributes:
        email (str | None):
        credits (float | None): Credit balance.
        plan (str | None):
        created_at (datetime.datetime | None): Rules: format date-time.
    """

    email: str | None = None
    credits: float | None = None
    plan: str | None = None
    created_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("email", "email", False),
        ("credits", "credits", False),
        ("plan", "plan", False),
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
            return mismatch(src_dict, "User", "(root)", f"expected an object, got {type(src_dict).__name__}")
        _pop = d.pop
        email: Any = _pop("email", None)
        if type(email) is not str and email is not None:
            email = check(email, str, "User", "email")
        credits_: Any = _pop("credits", None)
        if type(credits_) is not float and credits_ is not None:
            credits_ = check(credits_, float, "User", "credits")
        plan: Any = _pop("plan", None)
        if type(plan) is not str and plan is not None:
            plan = check(plan, str, "User", "plan")
        created_at: Any = _pop("created_at", None)
        if type(created_at) is str:
            try:
                created_at = datetime.datetime.fromisoformat(created_at)
            except ValueError:
                created_at = mismatch(created_at, "User", "created_at", "expected an ISO 8601 date-time")
        elif created_at is not None:
            created_at = check(created_at, str, "User", "created_at")
        obj = cls(
            email,
            credits_,
            plan,
            created_at,
        )
        obj.additional_properties = d
        return obj
