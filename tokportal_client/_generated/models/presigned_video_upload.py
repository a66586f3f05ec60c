from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check

T = TypeVar("T", bound="PresignedVideoUpload")


@_attrs_define
class PresignedVideoUpload:
    """A presigned video upload.

    Attributes:
        upload_url (str | Unset): PUT the bytes here with the declared Content-Type; short-lived, do not log.
        public_url (str | Unset): Use as video_url.
    """

    upload_url: str | Unset = UNSET
    public_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload_url = self.upload_url

        public_url = self.public_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if upload_url is not UNSET:
            field_dict["upload_url"] = upload_url
        if public_url is not UNSET:
            field_dict["public_url"] = public_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "PresignedVideoUpload", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        upload_url = _pop("upload_url", UNSET)
        if type(upload_url) is not str and upload_url is not UNSET:
            upload_url = check(upload_url, str, "PresignedVideoUpload", "upload_url")

        public_url = _pop("public_url", UNSET)
        if type(public_url) is not str and public_url is not UNSET:
            public_url = check(public_url, str, "PresignedVideoUpload", "public_url")

        presigned_video_upload = cls(
            upload_url,
            public_url,
        )

        presigned_video_upload.additional_properties = d
        return presigned_video_upload

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
