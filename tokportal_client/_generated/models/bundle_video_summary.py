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
class BundleVideoSummary(OpenModel):
    """Video slot summary embedded in a bundle.

    Attributes:
        id (str | None):
        position (int | None): Rules: >= 1.
        status (VideoStatus | None): Status of a video slot.
        name (str | None):
    """

    id: str | None = None
    position: int | None = None
    status: VideoStatus | None = None
    name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("id", "id", False),
        ("position", "position", False),
        ("status", "status", False),
        ("name", "name", False),
    )
    _rules = {"position": {"minimum": 1}}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(
                src_dict, "BundleVideoSummary", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        id: Any = _pop("id", None)
        if type(id) is not str and id is not None:
            id = check(id, str, "BundleVideoSummary", "id")
        position: Any = _pop("position", None)
        if type(position) is not int and position is not None:
            position = check(position, int, "BundleVideoSummary", "position")
        status: Any = _pop("status", None)
        if status is not None:
            _member = VideoStatus._value2member_map_.get(status) if type(status) is str else None
            status = _member if _member is not None else parse_enum(VideoStatus, status, "BundleVideoSummary", "status")
        name: Any = _pop("name", None)
        if type(name) is not str and name is not None:
            name = check(name, str, "BundleVideoSummary", "name")
        obj = cls(
            id,
            position,
            status,
            name,
        )
        obj.additional_properties = d
        return obj
