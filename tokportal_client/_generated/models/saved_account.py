from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._models_runtime import (
    MISSING,
    OpenModel,
    check,
    mismatch,
    parse_enum,
)

from ..models.platform import Platform


@_attrs_define(repr=False)
class SavedAccount(OpenModel):
    """A delivered (saved) account. Secrets are only returned by reveal-credentials.

    Attributes:
        id (str):
        platform (Platform | None): Social platform. YouTube appears in listings and analytics; bundle creation
            rejects it (YOUTUBE_DELAYED).
        username (str | None):
        country (str | None):
        status (str | None): e.g. active.
        profile_url (str | None):
        bundle_id (str | None):
        profile_picture_url (str | None):
        created_at (datetime.datetime | None): Rules: format date-time.
    """

    id: str
    platform: Platform | None = None
    username: str | None = None
    country: str | None = None
    status: str | None = None
    profile_url: str | None = None
    bundle_id: str | None = None
    profile_picture_url: str | None = None
    created_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("id", "id", True),
        ("platform", "platform", False),
        ("username", "username", False),
        ("country", "country", False),
        ("status", "status", False),
        ("profile_url", "profile_url", False),
        ("bundle_id", "bundle_id", False),
        ("profile_picture_url", "profile_picture_url", False),
        ("created_at", "created_at", False),
    )
    _rules = {"created_at": {"format": "date-time"}}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(src_dict, "SavedAccount", "(root)", f"expected an object, got {type(src_dict).__name__}")
        _pop = d.pop
        id: Any = _pop("id", MISSING)
        if type(id) is not str:
            id = check(id, str, "SavedAccount", "id")
        platform: Any = _pop("platform", None)
        if platform is not None:
            _member = Platform._value2member_map_.get(platform) if type(platform) is str else None
            platform = _member if _member is not None else parse_enum(Platform, platform, "SavedAccount", "platform")
        username: Any = _pop("username", None)
        if type(username) is not str and username is not None:
            username = check(username, str, "SavedAccount", "username")
        country: Any = _pop("country", None)
        if type(country) is not str and country is not None:
            country = check(country, str, "SavedAccount", "country")
        status: Any = _pop("status", None)
        if type(status) is not str and status is not None:
            status = check(status, str, "SavedAccount", "status")
        profile_url: Any = _pop("profile_url", None)
        if type(profile_url) is not str and profile_url is not None:
            profile_url = check(profile_url, str, "SavedAccount", "profile_url")
        bundle_id: Any = _pop("bundle_id", None)
        if type(bundle_id) is not str and bundle_id is not None:
            bundle_id = check(bundle_id, str, "SavedAccount", "bundle_id")
        profile_picture_url: Any = _pop("profile_picture_url", None)
        if type(profile_picture_url) is not str and profile_picture_url is not None:
            profile_picture_url = check(profile_picture_url, str, "SavedAccount", "profile_picture_url")
        created_at: Any = _pop("created_at", None)
        if type(created_at) is str:
            try:
                created_at = datetime.datetime.fromisoformat(created_at)
            except ValueError:
                created_at = mismatch(created_at, "SavedAccount", "created_at", "expected an ISO 8601 date-time")
        elif created_at is not None:
            created_at = check(created_at, str, "SavedAccount", "created_at")
        obj = cls(
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
        obj.additional_properties = d
        return obj
