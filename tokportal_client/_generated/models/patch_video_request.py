from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check_union

T = TypeVar("T", bound="PatchVideoRequest")


@_attrs_define
class PatchVideoRequest:
    """Video metadata to change (at least one).

    Example:
        {'external_ref': 'external_ref', 'name': 'name'}

    Attributes:
        external_ref (None | str | Unset):
        name (None | str | Unset):
    """

    external_ref: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_ref: None | str | Unset
        if isinstance(self.external_ref, Unset):
            external_ref = UNSET
        else:
            external_ref = self.external_ref

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_ref is not UNSET:
            field_dict["external_ref"] = external_ref
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
                "PatchVideoRequest", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        external_ref = _pop("external_ref", UNSET)
        if type(external_ref) is not str and external_ref is not None and external_ref is not UNSET:
            external_ref = check_union(external_ref, (str,), "", "external_ref")

        name = _pop("name", UNSET)
        if type(name) is not str and name is not None and name is not UNSET:
            name = check_union(name, (str,), "", "name")

        patch_video_request = cls(
            external_ref,
            name,
        )

        patch_video_request.additional_properties = d
        return patch_video_request

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
