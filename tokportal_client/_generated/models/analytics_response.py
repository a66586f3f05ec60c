from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check

if TYPE_CHECKING:
    from ..models.analytics_response_data import AnalyticsResponseData


T = TypeVar("T", bound="AnalyticsResponse")


@_attrs_define
class AnalyticsResponse:
    """
    Attributes:
        data (AnalyticsResponseData | Unset): Analytics payload (shape not documented in the reference).
    """

    data: AnalyticsResponseData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "AnalyticsResponse", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        data = _pop("data", UNSET)
        if data is not UNSET:
            data = AnalyticsResponseData.from_dict(check(data, dict, "AnalyticsResponse", "data"))

        analytics_response = cls(
            data,
        )

        analytics_response.additional_properties = d
        return analytics_response

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


from ..models.analytics_response_data import AnalyticsResponseData  # noqa: E402
