from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, check

T = TypeVar("T", bound="AnalyticsReport")


@_attrs_define
class AnalyticsReport:
    """A shareable analytics report.

    Attributes:
        token (str | Unset): Report access token: a secret, treat like a password.
        url (str | Unset):
    """

    token: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token is not UNSET:
            field_dict["token"] = token
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ModelValidationError(
                "AnalyticsReport", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        token = check(d.pop("token", UNSET), str, "AnalyticsReport", "token")

        url = check(d.pop("url", UNSET), str, "AnalyticsReport", "url")

        analytics_report = cls(
            token=token,
            url=url,
        )

        analytics_report.additional_properties = d
        return analytics_report

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
