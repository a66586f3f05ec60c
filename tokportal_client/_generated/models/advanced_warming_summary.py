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
class AdvancedWarmingSummary(OpenModel):
    """Advanced niche warming progress.

    Attributes:
        status (str | None):
        terms_total (int | None):
        terms_verified (int | None):
        terms_configured (int | None):
        started_at (datetime.datetime | None): Rules: format date-time.
        completed_at (datetime.datetime | None): Rules: format date-time.
    """

    status: str | None = None
    terms_total: int | None = None
    terms_verified: int | None = None
    terms_configured: int | None = None
    started_at: datetime.datetime | None = None
    completed_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("status", "status", False),
        ("terms_total", "terms_total", False),
        ("terms_verified", "terms_verified", False),
        ("terms_configured", "terms_configured", False),
        ("started_at", "started_at", False),
        ("completed_at", "completed_at", False),
    )
    _rules = {"started_at": {"format": "date-time"}, "completed_at": {"format": "date-time"}}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(
                src_dict, "AdvancedWarmingSummary", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        status: Any = _pop("status", None)
        if type(status) is not str and status is not None:
            status = check(status, str, "AdvancedWarmingSummary", "status")
        terms_total: Any = _pop("terms_total", None)
        if type(terms_total) is not int and terms_total is not None:
            terms_total = check(terms_total, int, "AdvancedWarmingSummary", "terms_total")
        terms_verified: Any = _pop("terms_verified", None)
        if type(terms_verified) is not int and terms_verified is not None:
            terms_verified = check(terms_verified, int, "AdvancedWarmingSummary", "terms_verified")
        terms_configured: Any = _pop("terms_configured", None)
        if type(terms_configured) is not int and terms_configured is not None:
            terms_configured = check(terms_configured, int, "AdvancedWarmingSummary", "terms_configured")
        started_at: Any = _pop("started_at", None)
        if type(started_at) is str:
            try:
                started_at = datetime.datetime.fromisoformat(started_at)
            except ValueError:
                started_at = mismatch(
                    started_at, "AdvancedWarmingSummary", "started_at", "expected an ISO 8601 date-time"
                )
        elif started_at is not None:
            started_at = check(started_at, str, "AdvancedWarmingSummary", "started_at")
        completed_at: Any = _pop("completed_at", None)
        if type(completed_at) is str:
            try:
                completed_at = datetime.datetime.fromisoformat(completed_at)
            except ValueError:
                completed_at = mismatch(
                    completed_at, "AdvancedWarmingSummary", "completed_at", "expected an ISO 8601 date-time"
                )
        elif completed_at is not None:
            completed_at = check(completed_at, str, "AdvancedWarmingSummary", "completed_at")
        obj = cls(
            status,
            terms_total,
            terms_verified,
            terms_configured,
            started_at,
            completed_at,
        )
        obj.additional_properties = d
        return obj
