from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, check

T = TypeVar("T", bound="UploadedImage")


@_attrs_define
class UploadedImage:
    """An image stored by TokPortal.

    Attributes:
        public_url (str | Unset):
        storage_path (str | Unset):
        filename (str | Unset):
        size_bytes (int | Unset):
        content_type (str | Unset):
    """

    public_url: str | Unset = UNSET
    storage_path: str | Unset = UNSET
    filename: str | Unset = UNSET
    size_bytes: int | Unset = UNSET
    content_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        public_url = self.public_url

        storage_path = self.storage_path

        filename = self.filename

        size_bytes = self.size_bytes

        content_type = self.content_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if public_url is not UNSET:
            field_dict["public_url"] = public_url
        if storage_path is not UNSET:
            field_dict["storage_path"] = storage_path
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
            raise ModelValidationError("UploadedImage", "(root)", f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        public_url = check(d.pop("public_url", UNSET), str, "UploadedImage", "public_url")

        storage_path = check(d.pop("storage_path", UNSET), str, "UploadedImage", "storage_path")

        filename = check(d.pop("filename", UNSET), str, "UploadedImage", "filename")

        size_bytes = check(d.pop("size_bytes", UNSET), int, "UploadedImage", "size_bytes")

        content_type = check(d.pop("content_type", UNSET), str, "UploadedImage", "content_type")

        uploaded_image = cls(
            public_url=public_url,
            storage_path=storage_path,
            filename=filename,
            size_bytes=size_bytes,
            content_type=content_type,
        )

        uploaded_image.additional_properties = d
        return uploaded_image

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
