from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check, required

T = TypeVar("T", bound="ConfigureAccountRequest")


@_attrs_define
class ConfigureAccountRequest:
    """Account profile to configure.

    Example:
        {'username': 'username', 'visible_name': 'visible_name'}

    Attributes:
        username (str):
        visible_name (str):
        biography (str | Unset):
        profile_picture_url (str | Unset): An image storage_path.
        link_in_bio (str | Unset): Instagram only.
        niche_warming_instructions (str | Unset):
    """

    username: str
    visible_name: str
    biography: str | Unset = UNSET
    profile_picture_url: str | Unset = UNSET
    link_in_bio: str | Unset = UNSET
    niche_warming_instructions: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        visible_name = self.visible_name

        biography = self.biography

        profile_picture_url = self.profile_picture_url

        link_in_bio = self.link_in_bio

        niche_warming_instructions = self.niche_warming_instructions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "visible_name": visible_name,
            }
        )
        if biography is not UNSET:
            field_dict["biography"] = biography
        if profile_picture_url is not UNSET:
            field_dict["profile_picture_url"] = profile_picture_url
        if link_in_bio is not UNSET:
            field_dict["link_in_bio"] = link_in_bio
        if niche_warming_instructions is not UNSET:
            field_dict["niche_warming_instructions"] = niche_warming_instructions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "ConfigureAccountRequest", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        username = required(d, "username", "ConfigureAccountRequest")
        if type(username) is not str:
            username = check(username, str, "ConfigureAccountRequest", "username")

        visible_name = required(d, "visible_name", "ConfigureAccountRequest")
        if type(visible_name) is not str:
            visible_name = check(visible_name, str, "ConfigureAccountRequest", "visible_name")

        biography = _pop("biography", UNSET)
        if type(biography) is not str and biography is not UNSET:
            biography = check(biography, str, "ConfigureAccountRequest", "biography")

        profile_picture_url = _pop("profile_picture_url", UNSET)
        if type(profile_picture_url) is not str and profile_picture_url is not UNSET:
            profile_picture_url = check(profile_picture_url, str, "ConfigureAccountRequest", "profile_picture_url")

        link_in_bio = _pop("link_in_bio", UNSET)
        if type(link_in_bio) is not str and link_in_bio is not UNSET:
            link_in_bio = check(link_in_bio, str, "ConfigureAccountRequest", "link_in_bio")

        niche_warming_instructions = _pop("niche_warming_instructions", UNSET)
        if type(niche_warming_instructions) is not str and niche_warming_instructions is not UNSET:
            niche_warming_instructions = check(
                niche_warming_instructions, str, "ConfigureAccountRequest", "niche_warming_instructions"
            )

        configure_account_request = cls(
            username,
            visible_name,
            biography,
            profile_picture_url,
            link_in_bio,
            niche_warming_instructions,
        )

        configure_account_request.additional_properties = d
        return configure_account_request

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
