from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check

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
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError("UploadedVideo", "(root)", f"expected an object, got {type(src_dict).__name__}")
        _pop = d.pop
        public_url = _pop("public_url", UNSET)
        if type(public_url) is not str and public_url is not UNSET:
            public_url = check(public_url, str, "UploadedVideo", "public_url")

        filename = _pop("filename", UNSET)
        if type(filename) is not str and filename is not UNSET:
            filename = check(filename, str, "UploadedVideo", "filename")

        size_bytes = _pop("size_bytes", UNSET)
        if type(size_bytes) is not int and size_bytes is not UNSET:
            size_bytes = check(size_bytes, int, "UploadedVideo", "size_bytes")

        content_type = _pop("content_type", UNSET)
        if type(content_type) is not str and content_type is not UNSET:
            content_type = check(content_type, str, "UploadedVideo", "content_type")

        uploaded_video = cls(
            public_url,
            filename,
            size_bytes,
            content_type,
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
