from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check

T = TypeVar("T", bound="AdvancedWarmingSummary")


@_attrs_define
class AdvancedWarmingSummary:
    """Advanced niche warming progress.

    Attributes:
        status (str | Unset):
        terms_total (int | Unset):
        terms_verified (int | Unset):
        terms_configured (int | Unset):
        started_at (datetime.datetime | None | Unset):
        completed_at (datetime.datetime | None | Unset):
    """

    status: str | Unset = UNSET
    terms_total: int | Unset = UNSET
    terms_verified: int | Unset = UNSET
    terms_configured: int | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        terms_total = self.terms_total

        terms_verified = self.terms_verified

        terms_configured = self.terms_configured

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if terms_total is not UNSET:
            field_dict["terms_total"] = terms_total
        if terms_verified is not UNSET:
            field_dict["terms_verified"] = terms_verified
        if terms_configured is not UNSET:
            field_dict["terms_configured"] = terms_configured
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "AdvancedWarmingSummary", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        status = _pop("status", UNSET)
        if type(status) is not str and status is not UNSET:
            status = check(status, str, "AdvancedWarmingSummary", "status")

        terms_total = _pop("terms_total", UNSET)
        if type(terms_total) is not int and terms_total is not UNSET:
            terms_total = check(terms_total, int, "AdvancedWarmingSummary", "terms_total")

        terms_verified = _pop("terms_verified", UNSET)
        if type(terms_verified) is not int and terms_verified is not UNSET:
            terms_verified = check(terms_verified, int, "AdvancedWarmingSummary", "terms_verified")

        terms_configured = _pop("terms_configured", UNSET)
        if type(terms_configured) is not int and terms_configured is not UNSET:
            terms_configured = check(terms_configured, int, "AdvancedWarmingSummary", "terms_configured")

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ModelValidationError("", "started_at", f"unexpected {type(data).__name__} value")

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ModelValidationError("", "completed_at", f"unexpected {type(data).__name__} value")

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        advanced_warming_summary = cls(
            status,
            terms_total,
            terms_verified,
            terms_configured,
            started_at,
            completed_at,
        )

        advanced_warming_summary.additional_properties = d
        return advanced_warming_summary

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
