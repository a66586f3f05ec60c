from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check_union

T = TypeVar("T", bound="AccountProfile")


@_attrs_define
class AccountProfile:
    """Configured account profile.

    Attributes:
        username (None | str | Unset):
        visible_name (None | str | Unset):
        biography (None | str | Unset):
        profile_picture_url (None | str | Unset):
        link_in_bio (None | str | Unset):
        niche_warming_instructions (None | str | Unset):
        configured_at (datetime.datetime | None | Unset):
    """

    username: None | str | Unset = UNSET
    visible_name: None | str | Unset = UNSET
    biography: None | str | Unset = UNSET
    profile_picture_url: None | str | Unset = UNSET
    link_in_bio: None | str | Unset = UNSET
    niche_warming_instructions: None | str | Unset = UNSET
    configured_at: datetime.datetime | None | Unset = UNSET
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

        link_in_bio: None | str | Unset
        if isinstance(self.link_in_bio, Unset):
            link_in_bio = UNSET
        else:
            link_in_bio = self.link_in_bio

        niche_warming_instructions: None | str | Unset
        if isinstance(self.niche_warming_instructions, Unset):
            niche_warming_instructions = UNSET
        else:
            niche_warming_instructions = self.niche_warming_instructions

        configured_at: None | str | Unset
        if isinstance(self.configured_at, Unset):
            configured_at = UNSET
        elif isinstance(self.configured_at, datetime.datetime):
            configured_at = self.configured_at.isoformat()
        else:
            configured_at = self.configured_at

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
        if link_in_bio is not UNSET:
            field_dict["link_in_bio"] = link_in_bio
        if niche_warming_instructions is not UNSET:
            field_dict["niche_warming_instructions"] = niche_warming_instructions
        if configured_at is not UNSET:
            field_dict["configured_at"] = configured_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError("AccountProfile", "(root)", f"expected an object, got {type(src_dict).__name__}")
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

        link_in_bio = _pop("link_in_bio", UNSET)
        if type(link_in_bio) is not str and link_in_bio is not None and link_in_bio is not UNSET:
            link_in_bio = check_union(link_in_bio, (str,), "", "link_in_bio")

        niche_warming_instructions = _pop("niche_warming_instructions", UNSET)
        if (
            type(niche_warming_instructions) is not str
            and niche_warming_instructions is not None
            and niche_warming_instructions is not UNSET
        ):
            niche_warming_instructions = check_union(
                niche_warming_instructions, (str,), "", "niche_warming_instructions"
            )

        def _parse_configured_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                configured_at_type_0 = datetime.datetime.fromisoformat(data)

                return configured_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ModelValidationError("", "configured_at", f"unexpected {type(data).__name__} value")

        configured_at = _parse_configured_at(d.pop("configured_at", UNSET))

        account_profile = cls(
            username,
            visible_name,
            biography,
            profile_picture_url,
            link_in_bio,
            niche_warming_instructions,
            configured_at,
        )

        account_profile.additional_properties = d
        return account_profile

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
