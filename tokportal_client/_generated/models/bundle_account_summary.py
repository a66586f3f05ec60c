from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check_union

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
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "BundleAccountSummary", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        username = _pop("username", UNSET)
        if type(username) is not str and username is not None and username is not UNSET:
            username = check_union(username, (str,), "", "username")

        visible_name = _pop("visible_name", UNSET)
        if type(visible_name) is not str and visible_name is not None and visible_name is not UNSET:
            visible_name = check_union(visible_name, (str,), "", "visible_name")

        biography = _pop("biography", UNSET)
        if type(biography) is not str and biography is not None and biography is not UNSET:
            biography = check_union(biography, (str,), "", "biography")

        profile_picture_url = _pop("profile_picture_url", UNSET)
        if (
            type(profile_picture_url) is not str
            and profile_picture_url is not None
            and profile_picture_url is not UNSET
        ):
            profile_picture_url = check_union(profile_picture_url, (str,), "", "profile_picture_url")

        bundle_account_summary = cls(
            username,
            visible_name,
            biography,
            profile_picture_url,
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
