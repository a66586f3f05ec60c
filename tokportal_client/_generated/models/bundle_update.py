from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check, check_union, required

T = TypeVar("T", bound="BundleUpdate")


@_attrs_define
class BundleUpdate:
    """Bundle settings after an update.

    Attributes:
        id (str):
        title (None | str | Unset):
        auto_finalize_videos (bool | Unset):
        external_ref (None | str | Unset):
        updated_at (datetime.datetime | Unset):
    """

    id: str
    title: None | str | Unset = UNSET
    auto_finalize_videos: bool | Unset = UNSET
    external_ref: None | str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        auto_finalize_videos = self.auto_finalize_videos

        external_ref: None | str | Unset
        if isinstance(self.external_ref, Unset):
            external_ref = UNSET
        else:
            external_ref = self.external_ref

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if auto_finalize_videos is not UNSET:
            field_dict["auto_finalize_videos"] = auto_finalize_videos
        if external_ref is not UNSET:
            field_dict["external_ref"] = external_ref
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError("BundleUpdate", "(root)", f"expected an object, got {type(src_dict).__name__}")
        _pop = d.pop
        id = required(d, "id", "BundleUpdate")
        if type(id) is not str:
            id = check(id, str, "BundleUpdate", "id")

        title = _pop("title", UNSET)
        if type(title) is not str and title is not None and title is not UNSET:
            title = check_union(title, (str,), "", "title")

        auto_finalize_videos = _pop("auto_finalize_videos", UNSET)
        if type(auto_finalize_videos) is not bool and auto_finalize_videos is not UNSET:
            auto_finalize_videos = check(auto_finalize_videos, bool, "BundleUpdate", "auto_finalize_videos")

        external_ref = _pop("external_ref", UNSET)
        if type(external_ref) is not str and external_ref is not None and external_ref is not UNSET:
            external_ref = check_union(external_ref, (str,), "", "external_ref")

        updated_at = _pop("updated_at", UNSET)
        if updated_at is not UNSET:
            updated_at = datetime.datetime.fromisoformat(
                updated_at if type(updated_at) is str else check(updated_at, str, "BundleUpdate", "updated_at")
            )

        bundle_update = cls(
            id,
            title,
            auto_finalize_videos,
            external_ref,
            updated_at,
        )

        bundle_update.additional_properties = d
        return bundle_update

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
