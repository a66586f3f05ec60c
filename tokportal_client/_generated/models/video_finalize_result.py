from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_status import VideoStatus
from ..types import UNSET, ModelValidationError, Unset, check

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
        if not isinstance(src_dict, Mapping):
            raise ModelValidationError(
                "VideoFinalizeResult", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        position = check(d.pop("position", UNSET), int, "VideoFinalizeResult", "position")

        _status = check(d.pop("status", UNSET), str, "VideoFinalizeResult", "status")
        status: VideoStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = VideoStatus(_status)

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
            position=position,
            status=status,
            finalized_at=finalized_at,
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
