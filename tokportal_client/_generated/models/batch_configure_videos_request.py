from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check, required

if TYPE_CHECKING:
    from ..models.batch_video_configuration import BatchVideoConfiguration


T = TypeVar("T", bound="BatchConfigureVideosRequest")


@_attrs_define
class BatchConfigureVideosRequest:
    """
    Example:
        {'videos': [{'video_type': 'video', 'description': 'Campaign content description.', 'target_publish_date':
            'target_publish_date', 'position': 1}]}

    Attributes:
        videos (list[BatchVideoConfiguration]):
        auto_publish (bool | Unset):
    """

    videos: list[BatchVideoConfiguration]
    auto_publish: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        videos = []
        for videos_item_data in self.videos:
            videos_item = videos_item_data.to_dict()
            videos.append(videos_item)

        auto_publish = self.auto_publish

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "videos": videos,
            }
        )
        if auto_publish is not UNSET:
            field_dict["auto_publish"] = auto_publish

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "BatchConfigureVideosRequest", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        videos = required(d, "videos", "BatchConfigureVideosRequest")
        if type(videos) is not list:
            videos = check(videos, list, "BatchConfigureVideosRequest", "videos")
        videos = [BatchVideoConfiguration.from_dict(item) for item in videos]

        auto_publish = _pop("auto_publish", UNSET)
        if type(auto_publish) is not bool and auto_publish is not UNSET:
            auto_publish = check(auto_publish, bool, "BatchConfigureVideosRequest", "auto_publish")

        batch_configure_videos_request = cls(
            videos,
            auto_publish,
        )

        batch_configure_videos_request.additional_properties = d
        return batch_configure_videos_request

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


from ..models.batch_video_configuration import BatchVideoConfiguration  # noqa: E402
