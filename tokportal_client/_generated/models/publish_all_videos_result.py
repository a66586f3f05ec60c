from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check

T = TypeVar("T", bound="PublishAllVideosResult")


@_attrs_define
class PublishAllVideosResult:
    """Slots published by publish-all (already published ones are skipped).

    Attributes:
        bundle_id (str | Unset):
        videos_published (int | Unset):
        video_ids (list[str] | Unset):
    """

    bundle_id: str | Unset = UNSET
    videos_published: int | Unset = UNSET
    video_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bundle_id = self.bundle_id

        videos_published = self.videos_published

        video_ids: list[str] | Unset = UNSET
        if not isinstance(self.video_ids, Unset):
            video_ids = self.video_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id
        if videos_published is not UNSET:
            field_dict["videos_published"] = videos_published
        if video_ids is not UNSET:
            field_dict["video_ids"] = video_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "PublishAllVideosResult", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        bundle_id = _pop("bundle_id", UNSET)
        if type(bundle_id) is not str and bundle_id is not UNSET:
            bundle_id = check(bundle_id, str, "PublishAllVideosResult", "bundle_id")

        videos_published = _pop("videos_published", UNSET)
        if type(videos_published) is not int and videos_published is not UNSET:
            videos_published = check(videos_published, int, "PublishAllVideosResult", "videos_published")

        video_ids = cast(list[str], check(d.pop("video_ids", UNSET), list, "PublishAllVideosResult", "video_ids"))

        publish_all_videos_result = cls(
            bundle_id,
            videos_published,
            video_ids,
        )

        publish_all_videos_result.additional_properties = d
        return publish_all_videos_result

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
