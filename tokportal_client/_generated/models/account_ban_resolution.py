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
    parse_enum,
)

from ..models.account_ban_resolution_kind import AccountBanResolutionKind


@_attrs_define(repr=False)
class AccountBanResolution(OpenModel):
    """The AccountBanResolution object of the API.

    Attributes:
        resolution (AccountBanResolutionKind | None): Staff resolution of a validated ban.
        reason_code (str | None): e.g. tos_ban (no refund).
        refund_credits (int | None):
        resolved_at (datetime.datetime | None): Rules: format date-time.
    """

    resolution: AccountBanResolutionKind | None = None
    reason_code: str | None = None
    refund_credits: int | None = None
    resolved_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("resolution", "resolution", False),
        ("reason_code", "reason_code", False),
        ("refund_credits", "refund_credits", False),
        ("resolved_at", "resolved_at", False),
    )
    _rules = {"resolved_at": {"format": "date-time"}}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(
                src_dict, "AccountBanResolution", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        resolution: Any = _pop("resolution", None)
        if resolution is not None:
            _member = AccountBanResolutionKind._value2member_map_.get(resolution) if type(resolution) is str else None
            resolution = (
                _member
                if _member is not None
                else parse_enum(AccountBanResolutionKind, resolution, "AccountBanResolution", "resolution")
            )
        reason_code: Any = _pop("reason_code", None)
        if type(reason_code) is not str and reason_code is not None:
            reason_code = check(reason_code, str, "AccountBanResolution", "reason_code")
        refund_credits: Any = _pop("refund_credits", None)
        if type(refund_credits) is not int and refund_credits is not None:
            refund_credits = check(refund_credits, int, "AccountBanResolution", "refund_credits")
        resolved_at: Any = _pop("resolved_at", None)
        if type(resolved_at) is str:
            try:
                resolved_at = datetime.datetime.fromisoformat(resolved_at)
            except ValueError:
                resolved_at = mismatch(
                    resolved_at, "AccountBanResolution", "resolved_at", "expected an ISO 8601 date-time"
                )
        elif resolved_at is not None:
            resolved_at = check(resolved_at, str, "AccountBanResolution", "resolved_at")
        obj = cls(
            resolution,
            reason_code,
            refund_credits,
            resolved_at,
        )
        obj.additional_properties = d
        return obj
