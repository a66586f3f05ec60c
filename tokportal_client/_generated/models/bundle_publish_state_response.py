from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import ModelValidationError, check, required

if TYPE_CHECKING:
    from ..models.bundle_publish_state import BundlePublishState


T = TypeVar("T", bound="BundlePublishStateResponse")


@_attrs_define
class BundlePublishStateResponse:
    """
    Attributes:
        data (BundlePublishState): Bundle status after publish or unpublish.
    """

    data: BundlePublishState
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
                "BundlePublishStateResponse", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        data = required(d, "data", "BundlePublishStateResponse")
        data = BundlePublishState.from_dict(check(data, dict, "BundlePublishStateResponse", "data"))

        bundle_publish_state_response = cls(
            data,
        )

        bundle_publish_state_response.additional_properties = d
        return bundle_publish_state_response

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


from ..models.bundle_publish_state import BundlePublishState  # noqa: E402
