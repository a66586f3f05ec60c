from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, check, required

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
        if not isinstance(src_dict, Mapping):
            raise ModelValidationError(
                "ConfigureAccountRequest", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        username = check(required(d, "username", "ConfigureAccountRequest"), str, "ConfigureAccountRequest", "username")

        visible_name = check(
            required(d, "visible_name", "ConfigureAccountRequest"), str, "ConfigureAccountRequest", "visible_name"
        )

        biography = check(d.pop("biography", UNSET), str, "ConfigureAccountRequest", "biography")

        profile_picture_url = check(
            d.pop("profile_picture_url", UNSET), str, "ConfigureAccountRequest", "profile_picture_url"
        )

        link_in_bio = check(d.pop("link_in_bio", UNSET), str, "ConfigureAccountRequest", "link_in_bio")

        niche_warming_instructions = check(
            d.pop("niche_warming_instructions", UNSET), str, "ConfigureAccountRequest", "niche_warming_instructions"
        )

        configure_account_request = cls(
            username=username,
            visible_name=visible_name,
            biography=biography,
            profile_picture_url=profile_picture_url,
            link_in_bio=link_in_bio,
            niche_warming_instructions=niche_warming_instructions,
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
