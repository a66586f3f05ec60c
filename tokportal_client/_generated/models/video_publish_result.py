from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check, parse_enum

from ..models.video_status import VideoStatus

T = TypeVar("T", bound="VideoPublishResult")


@_attrs_define
class VideoPublishResult:
    """A video slot after publish.

    Attributes:
        video_id (str | Unset):
        position (int | Unset):
        bundle_id (str | Unset):
        status (VideoStatus | Unset): Status of a video slot.
    """

    video_id: str | Unset = UNSET
    position: int | Unset = UNSET
    bundle_id: str | Unset = UNSET
    status: VideoStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_id = self.video_id

        position = self.position

        bundle_id = self.bundle_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if video_id is not UNSET:
            field_dict["video_id"] = video_id
        if position is not UNSET:
            field_dict["position"] = position
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "VideoPublishResult", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        video_id = _pop("video_id", UNSET)
        if type(video_id) is not str and video_id is not UNSET:
            video_id = check(video_id, str, "VideoPublishResult", "video_id")

        position = _pop("position", UNSET)
        if type(position) is not int and position is not UNSET:
            position = check(position, int, "VideoPublishResult", "position")

        bundle_id = _pop("bundle_id", UNSET)
        if type(bundle_id) is not str and bundle_id is not UNSET:
            bundle_id = check(bundle_id, str, "VideoPublishResult", "bundle_id")

        status = _pop("status", UNSET)
        if status is not UNSET:
            _member = VideoStatus._value2member_map_.get(status) if type(status) is str else None
            status = _member if _member is not None else parse_enum(VideoStatus, status, "VideoPublishResult", "status")

        video_publish_result = cls(
            video_id,
            position,
            bundle_id,
            status,
        )

        video_publish_result.additional_properties = d
        return video_publish_result

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
