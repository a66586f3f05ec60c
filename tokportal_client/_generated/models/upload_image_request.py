from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.upload_purpose import UploadPurpose
from ..types import UNSET, ModelValidationError, Unset, check, required

T = TypeVar("T", bound="UploadImageRequest")


@_attrs_define
class UploadImageRequest:
    """
    Example:
        {'filename': 'media.mp4', 'content_type': 'video/mp4', 'bundle_id': '9f3a7b2e-1c4d-4e8f-a5b6-7d9e0f1a2b3c'}

    Attributes:
        filename (str):
        content_type (str):
        bundle_id (str):
        purpose (UploadPurpose | Unset): What an uploaded image is for (default carousel).
    """

    filename: str
    content_type: str
    bundle_id: str
    purpose: UploadPurpose | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename

        content_type = self.content_type

        bundle_id = self.bundle_id

        purpose: str | Unset = UNSET
        if not isinstance(self.purpose, Unset):
            purpose = self.purpose.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filename": filename,
                "content_type": content_type,
                "bundle_id": bundle_id,
            }
        )
        if purpose is not UNSET:
            field_dict["purpose"] = purpose

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ModelValidationError(
                "UploadImageRequest", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        filename = check(required(d, "filename", "UploadImageRequest"), str, "UploadImageRequest", "filename")

        content_type = check(
            required(d, "content_type", "UploadImageRequest"), str, "UploadImageRequest", "content_type"
        )

        bundle_id = check(required(d, "bundle_id", "UploadImageRequest"), str, "UploadImageRequest", "bundle_id")

        _purpose = check(d.pop("purpose", UNSET), str, "UploadImageRequest", "purpose")
        purpose: UploadPurpose | Unset
        if isinstance(_purpose, Unset):
            purpose = UNSET
        else:
            purpose = UploadPurpose(_purpose)

        upload_image_request = cls(
            filename=filename,
            content_type=content_type,
            bundle_id=bundle_id,
            purpose=purpose,
        )

        upload_image_request.additional_properties = d
        return upload_image_request

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
