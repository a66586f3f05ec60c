from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check

T = TypeVar("T", bound="FixVideoDownloadRequest")


@_attrs_define
class FixVideoDownloadRequest:
    """Replacement media for a flagged download.

    Attributes:
        video_url (str | Unset):
        carousel_images (list[str] | Unset):
    """

    video_url: str | Unset = UNSET
    carousel_images: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        carousel_images: list[str] | Unset = UNSET
        if not isinstance(self.carousel_images, Unset):
            carousel_images = self.carousel_images

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if carousel_images is not UNSET:
            field_dict["carousel_images"] = carousel_images

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "FixVideoDownloadRequest", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        video_url = _pop("video_url", UNSET)
        if type(video_url) is not str and video_url is not UNSET:
            video_url = check(video_url, str, "FixVideoDownloadRequest", "video_url")

        carousel_images = cast(
            list[str], check(d.pop("carousel_images", UNSET), list, "FixVideoDownloadRequest", "carousel_images")
        )

        fix_video_download_request = cls(
            video_url,
            carousel_images,
        )

        fix_video_download_request.additional_properties = d
        return fix_video_download_request

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
