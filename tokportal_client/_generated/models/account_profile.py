from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, check_union

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
        if not isinstance(src_dict, Mapping):
            raise ModelValidationError("AccountProfile", "(root)", f"expected an object, got {type(src_dict).__name__}")
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

        def _parse_link_in_bio(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, check_union(data, (str,), "", "link_in_bio"))

        link_in_bio = _parse_link_in_bio(d.pop("link_in_bio", UNSET))

        def _parse_niche_warming_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, check_union(data, (str,), "", "niche_warming_instructions"))

        niche_warming_instructions = _parse_niche_warming_instructions(d.pop("niche_warming_instructions", UNSET))

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
            username=username,
            visible_name=visible_name,
            biography=biography,
            profile_picture_url=profile_picture_url,
            link_in_bio=link_in_bio,
            niche_warming_instructions=niche_warming_instructions,
            configured_at=configured_at,
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
