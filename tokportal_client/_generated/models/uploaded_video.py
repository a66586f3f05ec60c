from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, check

T = TypeVar("T", bound="UploadedVideo")


@_attrs_define
class UploadedVideo:
    """A video stored by TokPortal.

    Attributes:
        public_url (str | Unset):
        filename (str | Unset):
        size_bytes (int | Unset):
        content_type (str | Unset):
    """

    public_url: str | Unset = UNSET
    filename: str | Unset = UNSET
    size_bytes: int | Unset = UNSET
    content_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        public_url = self.public_url

        filename = self.filename

        size_bytes = self.size_bytes

        content_type = self.content_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if public_url is not UNSET:
            field_dict["public_url"] = public_url
        if filename is not UNSET:
            field_dict["filename"] = filename
        if size_bytes is not UNSET:
            field_dict["size_bytes"] = size_bytes
        if content_type is not UNSET:
            field_dict["content_type"] = content_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ModelValidationError("UploadedVideo", "(root)", f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        public_url = check(d.pop("public_url", UNSET), str, "UploadedVideo", "public_url")

        filename = check(d.pop("filename", UNSET), str, "UploadedVideo", "filename")

        size_bytes = check(d.pop("size_bytes", UNSET), int, "UploadedVideo", "size_bytes")

        content_type = check(d.pop("content_type", UNSET), str, "UploadedVideo", "content_type")

        uploaded_video = cls(
            public_url=public_url,
            filename=filename,
            size_bytes=size_bytes,
            content_type=content_type,
        )

        uploaded_video.additional_properties = d
        return uploaded_video

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
