from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check, parse_enum

from ..models.video_status import VideoStatus

T = TypeVar("T", bound="VideoFinalizeResult")


@_attrs_define
class VideoFinalizeResult:
    """A video slot after finalize.

    Attributes:
        position (int | Unset):
        status (VideoStatus | Unset): Status of a video slot.
        finalized_at (datetime.datetime | None | Unset):
    """

    position: int | Unset = UNSET
    status: VideoStatus | Unset = UNSET
    finalized_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        position = self.position

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        finalized_at: None | str | Unset
        if isinstance(self.finalized_at, Unset):
            finalized_at = UNSET
        elif isinstance(self.finalized_at, datetime.datetime):
            finalized_at = self.finalized_at.isoformat()
        else:
            finalized_at = self.finalized_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if position is not UNSET:
            field_dict["position"] = position
        if status is not UNSET:
            field_dict["status"] = status
        if finalized_at is not UNSET:
            field_dict["finalized_at"] = finalized_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "VideoFinalizeResult", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        position = _pop("position", UNSET)
        if type(position) is not int and position is not UNSET:
            position = check(position, int, "VideoFinalizeResult", "position")

        status = _pop("status", UNSET)
        if status is not UNSET:
            _member = VideoStatus._value2member_map_.get(status) if type(status) is str else None
            status = (
                _member if _member is not None else parse_enum(VideoStatus, status, "VideoFinalizeResult", "status")
            )

        def _parse_finalized_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finalized_at_type_0 = datetime.datetime.fromisoformat(data)

                return finalized_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ModelValidationError("", "finalized_at", f"unexpected {type(data).__name__} value")

        finalized_at = _parse_finalized_at(d.pop("finalized_at", UNSET))

        video_finalize_result = cls(
            position,
            status,
            finalized_at,
        )

        video_finalize_result.additional_properties = d
        return video_finalize_result

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
