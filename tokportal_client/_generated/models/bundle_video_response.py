from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import ModelValidationError, check, required

if TYPE_CHECKING:
    from ..models.bundle_video import BundleVideo


T = TypeVar("T", bound="BundleVideoResponse")


@_attrs_define
class BundleVideoResponse:
    """
    Attributes:
        data (BundleVideo): A video slot and its configuration.
    """

    data: BundleVideo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "BundleVideoResponse", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        data = required(d, "data", "BundleVideoResponse")
        data = BundleVideo.from_dict(check(data, dict, "BundleVideoResponse", "data"))

        bundle_video_response = cls(
            data,
        )

        bundle_video_response.additional_properties = d
        return bundle_video_response

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


from ..models.bundle_video import BundleVideo  # noqa: E402
