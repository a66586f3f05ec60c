from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check, check_union

T = TypeVar("T", bound="PatchBundleRequest")


@_attrs_define
class PatchBundleRequest:
    """Bundle settings to change (at least one; null clears).

    Example:
        {'auto_finalize_videos': False, 'external_ref': 'external_ref', 'title': 'Launch campaign'}

    Attributes:
        auto_finalize_videos (bool | Unset):
        external_ref (None | str | Unset):
        title (None | str | Unset):
    """

    auto_finalize_videos: bool | Unset = UNSET
    external_ref: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_finalize_videos = self.auto_finalize_videos

        external_ref: None | str | Unset
        if isinstance(self.external_ref, Unset):
            external_ref = UNSET
        else:
            external_ref = self.external_ref

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_finalize_videos is not UNSET:
            field_dict["auto_finalize_videos"] = auto_finalize_videos
        if external_ref is not UNSET:
            field_dict["external_ref"] = external_ref
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "PatchBundleRequest", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        auto_finalize_videos = _pop("auto_finalize_videos", UNSET)
        if type(auto_finalize_videos) is not bool and auto_finalize_videos is not UNSET:
            auto_finalize_videos = check(auto_finalize_videos, bool, "PatchBundleRequest", "auto_finalize_videos")

        external_ref = _pop("external_ref", UNSET)
        if type(external_ref) is not str and external_ref is not None and external_ref is not UNSET:
            external_ref = check_union(external_ref, (str,), "", "external_ref")

        title = _pop("title", UNSET)
        if type(title) is not str and title is not None and title is not UNSET:
            title = check_union(title, (str,), "", "title")

        patch_bundle_request = cls(
            auto_finalize_videos,
            external_ref,
            title,
        )

        patch_bundle_request.additional_properties = d
        return patch_bundle_request

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
