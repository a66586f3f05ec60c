from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check, check_union, parse_enum, required

from ..models.platform import Platform

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
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError("SavedAccount", "(root)", f"expected an object, got {type(src_dict).__name__}")
        _pop = d.pop
        id = required(d, "id", "SavedAccount")
        if type(id) is not str:
            id = check(id, str, "SavedAccount", "id")

        platform = _pop("platform", UNSET)
        if platform is not UNSET:
            _member = Platform._value2member_map_.get(platform) if type(platform) is str else None
            platform = _member if _member is not None else parse_enum(Platform, platform, "SavedAccount", "platform")

        username = _pop("username", UNSET)
        if type(username) is not str and username is not None and username is not UNSET:
            username = check_union(username, (str,), "", "username")

        country = _pop("country", UNSET)
        if type(country) is not str and country is not None and country is not UNSET:
            country = check_union(country, (str,), "", "country")

        status = _pop("status", UNSET)
        if type(status) is not str and status is not UNSET:
            status = check(status, str, "SavedAccount", "status")

        profile_url = _pop("profile_url", UNSET)
        if type(profile_url) is not str and profile_url is not None and profile_url is not UNSET:
            profile_url = check_union(profile_url, (str,), "", "profile_url")

        bundle_id = _pop("bundle_id", UNSET)
        if type(bundle_id) is not str and bundle_id is not None and bundle_id is not UNSET:
            bundle_id = check_union(bundle_id, (str,), "", "bundle_id")

        profile_picture_url = _pop("profile_picture_url", UNSET)
        if (
            type(profile_picture_url) is not str
            and profile_picture_url is not None
            and profile_picture_url is not UNSET
        ):
            profile_picture_url = check_union(profile_picture_url, (str,), "", "profile_picture_url")

        created_at = _pop("created_at", UNSET)
        if created_at is not UNSET:
            created_at = datetime.datetime.fromisoformat(
                created_at if type(created_at) is str else check(created_at, str, "SavedAccount", "created_at")
            )

        saved_account = cls(
            id,
            platform,
            username,
            country,
            status,
            profile_url,
            bundle_id,
            profile_picture_url,
            created_at,
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
