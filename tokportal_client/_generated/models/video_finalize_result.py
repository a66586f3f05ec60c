from __future__ import annotations

import datetime
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
class VideoFinalizeResult(OpenModel):
    """A video slot after finalize.

    Attributes:
        position (int | None):
        status (VideoStatus | None): Status of a video slot.
        finalized_at (datetime.datetime | None): Rules: format date-time.
    """

    position: int | None = None
    status: VideoStatus | None = None
    finalized_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("position", "position", False),
        ("status", "status", False),
        ("finalized_at", "finalized_at", False),
    )
    _rules = {"finalized_at": {"format": "date-time"}}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(
                src_dict, "VideoFinalizeResult", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        position: Any = _pop("position", None)
        if type(position) is not int and position is not None:
            position = check(position, int, "VideoFinalizeResult", "position")
        status: Any = _pop("status", None)
        if status is not None:
            _member = VideoStatus._value2member_map_.get(status) if type(status) is str else None
            status = (
                _member if _member is not None else parse_enum(VideoStatus, status, "VideoFinalizeResult", "status")
            )
        finalized_at: Any = _pop("finalized_at", None)
        if type(finalized_at) is str:
            try:
                finalized_at = datetime.datetime.fromisoformat(finalized_at)
            except ValueError:
                finalized_at = mismatch(
                    finalized_at, "VideoFinalizeResult", "finalized_at", "expected an ISO 8601 date-time"
                )
        elif finalized_at is not None:
            finalized_at = check(finalized_at, str, "VideoFinalizeResult", "finalized_at")
        obj = cls(
            position,
            status,
            finalized_at,
        )
        obj.additional_properties = d
        return obj
