from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check, check_union, parse_enum

from ..models.video_status import VideoStatus

T = TypeVar("T", bound="BundleVideoSummary")


@_attrs_define
class BundleVideoSummary:
    """Video slot summary embedded in a bundle.

    Attributes:
        id (str | Unset):
        position (int | Unset):
        status (VideoStatus | Unset): Status of a video slot.
        name (None | str | Unset):
    """

    id: str | Unset = UNSET
    position: int | Unset = UNSET
    status: VideoStatus | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        position = self.position

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if position is not UNSET:
            field_dict["position"] = position
        if status is not UNSET:
            field_dict["status"] = status
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "BundleVideoSummary", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        id = _pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = check(id, str, "BundleVideoSummary", "id")

        position = _pop("position", UNSET)
        if type(position) is not int and position is not UNSET:
            position = check(position, int, "BundleVideoSummary", "position")

        status = _pop("status", UNSET)
        if status is not UNSET:
            _member = VideoStatus._value2member_map_.get(status) if type(status) is str else None
            status = _member if _member is not None else parse_enum(VideoStatus, status, "BundleVideoSummary", "status")

        name = _pop("name", UNSET)
        if type(name) is not str and name is not None and name is not UNSET:
            name = check_union(name, (str,), "", "name")

        bundle_video_summary = cls(
            id,
            position,
            status,
            name,
        )

        bundle_video_summary.additional_properties = d
        return bundle_video_summary

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
