from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, check_union

T = TypeVar("T", bound="BundleAccountSummary")


@_attrs_define
class BundleAccountSummary:
    """Account profile of a bundle, as embedded in GET /bundles/{id}.

    Attributes:
        username (None | str | Unset):
        visible_name (None | str | Unset):
        biography (None | str | Unset):
        profile_picture_url (None | str | Unset):
    """

    username: None | str | Unset = UNSET
    visible_name: None | str | Unset = UNSET
    biography: None | str | Unset = UNSET
    profile_picture_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        visible_name: None | str | Unset
        if isinstance(self.visible_name, Unset):
            visible_name = UNSET
        else:
            visible_name = self.visible_name

        biography: None | str | Unset
        if isinstance(self.biography, Unset):
            biography = UNSET
        else:
            biography = self.biography

        profile_picture_url: None | str | Unset
        if isinstance(self.profile_picture_url, Unset):
            profile_picture_url = UNSET
        else:
            profile_picture_url = self.profile_picture_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if username is not UNSET:
            field_dict["username"] = username
        if visible_name is not UNSET:
            field_dict["visible_name"] = visible_name
        if biography is not UNSET:
            field_dict["biography"] = biography
        if profile_picture_url is not UNSET:
            field_dict["profile_picture_url"] = profile_picture_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ModelValidationError(
                "BundleAccountSummary", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, check_union(data, (str,), "", "username"))

        username = _parse_username(d.pop("username", UNSET))

        def _parse_visible_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, check_union(data, (str,), "", "visible_name"))

        visible_name = _parse_visible_name(d.pop("visible_name", UNSET))

        def _parse_biography(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, check_union(data, (str,), "", "biography"))

        biography = _parse_biography(d.pop("biography", UNSET))

        def _parse_profile_picture_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, check_union(data, (str,), "", "profile_picture_url"))

        profile_picture_url = _parse_profile_picture_url(d.pop("profile_picture_url", UNSET))

        bundle_account_summary = cls(
            username=username,
            visible_name=visible_name,
            biography=biography,
            profile_picture_url=profile_picture_url,
        )

        bundle_account_summary.additional_properties = d
        return bundle_account_summary

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
