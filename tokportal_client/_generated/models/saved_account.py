from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.platform import Platform
from ..types import UNSET, ModelValidationError, Unset, check, check_union, required

T = TypeVar("T", bound="SavedAccount")


@_attrs_define
class SavedAccount:
    """A delivered (saved) account. Secrets are only returned by reveal-credentials.

    Attributes:
        id (str):
        platform (Platform | Unset): Social platform. YouTube appears in listings and analytics; bundle creation rejects
            it (YOUTUBE_DELAYED).
        username (None | str | Unset):
        country (None | str | Unset):
        status (str | Unset): e.g. active.
        profile_url (None | str | Unset):
        bundle_id (None | str | Unset):
        profile_picture_url (None | str | Unset):
        created_at (datetime.datetime | Unset):
    """

    id: str
    platform: Platform | Unset = UNSET
    username: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    status: str | Unset = UNSET
    profile_url: None | str | Unset = UNSET
    bundle_id: None | str | Unset = UNSET
    profile_picture_url: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        platform: str | Unset = UNSET
        if not isinstance(self.platform, Unset):
            platform = self.platform.value

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        status = self.status

        profile_url: None | str | Unset
        if isinstance(self.profile_url, Unset):
            profile_url = UNSET
        else:
            profile_url = self.profile_url

        bundle_id: None | str | Unset
        if isinstance(self.bundle_id, Unset):
            bundle_id = UNSET
        else:
            bundle_id = self.bundle_id

        profile_picture_url: None | str | Unset
        if isinstance(self.profile_picture_url, Unset):
            profile_picture_url = UNSET
        else:
            profile_picture_url = self.profile_picture_url

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if platform is not UNSET:
            field_dict["platform"] = platform
        if username is not UNSET:
            field_dict["username"] = username
        if country is not UNSET:
            field_dict["country"] = country
        if status is not UNSET:
            field_dict["status"] = status
        if profile_url is not UNSET:
            field_dict["profile_url"] = profile_url
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id
        if profile_picture_url is not UNSET:
            field_dict["profile_picture_url"] = profile_picture_url
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ModelValidationError("SavedAccount", "(root)", f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = check(required(d, "id", "SavedAccount"), str, "SavedAccount", "id")

        _platform = check(d.pop("platform", UNSET), str, "SavedAccount", "platform")
        platform: Platform | Unset
        if isinstance(_platform, Unset):
            platform = UNSET
        else:
            platform = Platform(_platform)

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, check_union(data, (str,), "", "username"))

        username = _parse_username(d.pop("username", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, check_union(data, (str,), "", "country"))

        country = _parse_country(d.pop("country", UNSET))

        status = check(d.pop("status", UNSET), str, "SavedAccount", "status")

        def _parse_profile_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, check_union(data, (str,), "", "profile_url"))

        profile_url = _parse_profile_url(d.pop("profile_url", UNSET))

        def _parse_bundle_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, check_union(data, (str,), "", "bundle_id"))

        bundle_id = _parse_bundle_id(d.pop("bundle_id", UNSET))

        def _parse_profile_picture_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, check_union(data, (str,), "", "profile_picture_url"))

        profile_picture_url = _parse_profile_picture_url(d.pop("profile_picture_url", UNSET))

        _created_at = check(d.pop("created_at", UNSET), str, "SavedAccount", "created_at")
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        saved_account = cls(
            id=id,
            platform=platform,
            username=username,
            country=country,
            status=status,
            profile_url=profile_url,
            bundle_id=bundle_id,
            profile_picture_url=profile_picture_url,
            created_at=created_at,
        )

        saved_account.additional_properties = d
        return saved_account

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
