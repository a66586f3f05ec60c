from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._models_runtime import (
    OpenModel,
    check,
    mismatch,
    parse_enum,
)

from ..models.video_status import VideoStatus


@_attrs_define(repr=False)
class VideoPublishResult(OpenModel):
    """A video slot after publish.

    Attributes:
        video_id (str | None):
        position (int | None):
        bundle_id (str | None):
        status (VideoStatus | None): Status of a video slot.
    """

    video_id: str | None = None
    position: int | None = None
    bundle_id: str | None = None
    status: VideoStatus | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("video_id", "video_id", False),
        ("position", "position", False),
        ("bundle_id", "bundle_id", False),
        ("status", "status", False),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(
                src_dict, "VideoPublishResult", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        video_id: Any = _pop("video_id", None)
        if type(video_id) is not str and video_id is not None:
            video_id = check(video_id, str, "VideoPublishResult", "video_id")
        position: Any = _pop("position", None)
        if type(position) is not int and position is not None:
            position = check(position, int, "VideoPublishResult", "position")
        bundle_id: Any = _pop("bundle_id", None)
        if type(bundle_id) is not str and bundle_id is not None:
            bundle_id = check(bundle_id, str, "VideoPublishResult", "bundle_id")
        status: Any = _pop("status", None)
        if status is not None:
            _member = VideoStatus._value2member_map_.get(status) if type(status) is str else None
            status = _member if _member is not None else parse_enum(VideoStatus, status, "VideoPublishResult", "status")
        obj = cls(
            video_id,
            position,
            bundle_id,
            status,
        )
        obj.additional_properties = d
        return obj
