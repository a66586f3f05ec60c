from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check, required

T = TypeVar("T", bound="UploadVideoRequest")


@_attrs_define
class UploadVideoRequest:
    """
    Example:
        {'filename': 'media.mp4', 'bundle_id': '9f3a7b2e-1c4d-4e8f-a5b6-7d9e0f1a2b3c'}

    Attributes:
        filename (str):
        bundle_id (str):
        content_type (str | Unset):
    """

    filename: str
    bundle_id: str
    content_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename

        bundle_id = self.bundle_id

        content_type = self.content_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filename": filename,
                "bundle_id": bundle_id,
            }
        )
        if content_type is not UNSET:
            field_dict["content_type"] = content_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "UploadVideoRequest", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        filename = required(d, "filename", "UploadVideoRequest")
        if type(filename) is not str:
            filename = check(filename, str, "UploadVideoRequest", "filename")

        bundle_id = required(d, "bundle_id", "UploadVideoRequest")
        if type(bundle_id) is not str:
            bundle_id = check(bundle_id, str, "UploadVideoRequest", "bundle_id")

        content_type = _pop("content_type", UNSET)
        if type(content_type) is not str and content_type is not UNSET:
            content_type = check(content_type, str, "UploadVideoRequest", "content_type")

        upload_video_request = cls(
            filename,
            bundle_id,
            content_type,
        )

        upload_video_request.additional_properties = d
        return upload_video_request

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
