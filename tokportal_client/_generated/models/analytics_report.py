from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check

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
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "AnalyticsReport", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        token = _pop("token", UNSET)
        if type(token) is not str and token is not UNSET:
            token = check(token, str, "AnalyticsReport", "token")

        url = _pop("url", UNSET)
        if type(url) is not str and url is not UNSET:
            url = check(url, str, "AnalyticsReport", "url")

        analytics_report = cls(
            token,
            url,
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
