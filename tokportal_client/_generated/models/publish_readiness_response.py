from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import ModelValidationError, check, required

if TYPE_CHECKING:
    from ..models.publish_readiness import PublishReadiness


T = TypeVar("T", bound="PublishReadinessResponse")


@_attrs_define
class PublishReadinessResponse:
    """
    Example:
        {'data': {'bundle_id': 'bnd_abc123', 'ready': False, 'blockers': [{'code': 'ACCOUNT_MISSING_FIELDS', 'message':
            'Account is missing required fields.', 'details': {'missing_fields': ['profile_picture_url']}}]}}

    Attributes:
        data (PublishReadiness): Whether publish would succeed now, and why not.
    """

    data: PublishReadiness
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
                "PublishReadinessResponse", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        data = required(d, "data", "PublishReadinessResponse")
        data = PublishReadiness.from_dict(check(data, dict, "PublishReadinessResponse", "data"))

        publish_readiness_response = cls(
            data,
        )

        publish_readiness_response.additional_properties = d
        return publish_readiness_response

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


from ..models.publish_readiness import PublishReadiness  # noqa: E402
