from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NotRequired, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._models_runtime import (
    UNSET,
    OpenModel,
    Unset,
    check,
    mismatch,
)


@_attrs_define(repr=False)
class FixVideoDownloadRequest(OpenModel):
    """Replacement media for a flagged download.

    Attributes:
        video_url (str | Unset):
        carousel_images (list[str] | Unset):
    """

    video_url: str | Unset = UNSET
    carousel_images: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("video_url", "video_url", False),
        ("carousel_images", "carousel_images", False),
    )
    _absent = UNSET

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(
                src_dict, "FixVideoDownloadRequest", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        video_url: Any = _pop("video_url", UNSET)
        if type(video_url) is not str and video_url is not UNSET:
            video_url = check(video_url, str, "FixVideoDownloadRequest", "video_url")
        carousel_images: Any = _pop("carousel_images", UNSET)
        if type(carousel_images) is list:
            carousel_images = [
                i if type(i) is str else check(i, str, "FixVideoDownloadRequest", "carousel_images")
                for i in carousel_images
            ]
        elif carousel_images is not UNSET:
            carousel_images = check(carousel_images, list, "FixVideoDownloadRequest", "carousel_images")
        obj = cls(
            video_url,
            carousel_images,
        )
        obj.additional_properties = d
        return obj


class FixVideoDownloadRequestDict(TypedDict):
    """The JSON body of :class:`FixVideoDownloadRequest` as a plain dict: type checkers check its keys and values."""

    video_url: NotRequired[str]
    carousel_images: NotRequired[list[str]]
