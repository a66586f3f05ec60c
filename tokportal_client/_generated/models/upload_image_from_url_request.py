from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check, parse_enum, required

from ..models.upload_purpose import UploadPurpose

T = TypeVar("T", bound="UploadImageFromUrlRequest")


@_attrs_define
class UploadImageFromUrlRequest:
    """
    Example:
        {'url': 'https://example.com/resource', 'bundle_id': '9f3a7b2e-1c4d-4e8f-a5b6-7d9e0f1a2b3c'}

    Attributes:
        url (str):
        bundle_id (str):
        purpose (UploadPurpose | Unset): What an uploaded image is for (default carousel).
    """

    url: str
    bundle_id: str
    purpose: UploadPurpose | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        bundle_id = self.bundle_id

        purpose: str | Unset = UNSET
        if not isinstance(self.purpose, Unset):
            purpose = self.purpose.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "bundle_id": bundle_id,
            }
        )
        if purpose is not UNSET:
            field_dict["purpose"] = purpose

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "UploadImageFromUrlRequest", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        url = required(d, "url", "UploadImageFromUrlRequest")
        if type(url) is not str:
            url = check(url, str, "UploadImageFromUrlRequest", "url")

        bundle_id = required(d, "bundle_id", "UploadImageFromUrlRequest")
        if type(bundle_id) is not str:
            bundle_id = check(bundle_id, str, "UploadImageFromUrlRequest", "bundle_id")

        purpose = _pop("purpose", UNSET)
        if purpose is not UNSET:
            _member = UploadPurpose._value2member_map_.get(purpose) if type(purpose) is str else None
            purpose = (
                _member
                if _member is not None
                else parse_enum(UploadPurpose, purpose, "UploadImageFromUrlRequest", "purpose")
            )

        upload_image_from_url_request = cls(
            url,
            bundle_id,
            purpose,
        )

        upload_image_from_url_request.additional_properties = d
        return upload_image_from_url_request

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
