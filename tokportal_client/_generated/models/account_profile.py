from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._models_runtime import (
    OpenModel,
    check,
    mismatch,
)


@_attrs_define(repr=False)
class AccountProfile(OpenModel):
    """Configured account profile.

    Attributes:
        username (str | None):
        visible_name (str | None):
        biography (str | None):
        profile_picture_url (str | None):
        link_in_bio (str | None):
        niche_warming_instructions (str | None):
        configured_at (datetime.datetime | None): Rules: format date-time.
    """

    username: str | None = None
    visible_name: str | None = None
    biography: str | None = None
    profile_picture_url: str | None = None
    link_in_bio: str | None = None
    niche_warming_instructions: str | None = None
    configured_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("username", "username", False),
        ("visible_name", "visible_name", False),
        ("biography", "biography", False),
        ("profile_picture_url", "profile_picture_url", False),
        ("link_in_bio", "link_in_bio", False),
        ("niche_warming_instructions", "niche_warming_instructions", False),
        ("configured_at", "configured_at", False),
    )
    _rules = {"configured_at": {"format": "date-time"}}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(src_dict, "AccountProfile", "(root)", f"expected an object, got {type(src_dict).__name__}")
        _pop = d.pop
        username: Any = _pop("username", None)
        if type(username) is not str and username is not None:
            username = check(username, str, "AccountProfile", "username")
        visible_name: Any = _pop("visible_name", None)
        if type(visible_name) is not str and visible_name is not None:
            visible_name = check(visible_name, str, "AccountProfile", "visible_name")
        biography: Any = _pop("biography", None)
        if type(biography) is not str and biography is not None:
            biography = check(biography, str, "AccountProfile", "biography")
        profile_picture_url: Any = _pop("profile_picture_url", None)
        if type(profile_picture_url) is not str and profile_picture_url is not None:
            profile_picture_url = check(profile_picture_url, str, "AccountProfile", "profile_picture_url")
        link_in_bio: Any = _pop("link_in_bio", None)
        if type(link_in_bio) is not str and link_in_bio is not None:
            link_in_bio = check(link_in_bio, str, "AccountProfile", "link_in_bio")
        niche_warming_instructions: Any = _pop("niche_warming_instructions", None)
        if type(niche_warming_instructions) is not str and niche_warming_instructions is not None:
            niche_warming_instructions = check(
                niche_warming_instructions, str, "AccountProfile", "niche_warming_instructions"
            )
        configured_at: Any = _pop("configured_at", None)
        if type(configured_at) is str:
            try:
                configured_at = datetime.datetime.fromisoformat(configured_at)
            except ValueError:
                configured_at = mismatch(
                    configured_at, "AccountProfile", "configured_at", "expected an ISO 8601 date-time"
                )
        elif configured_at is not None:
            configured_at = check(configured_at, str, "AccountProfile", "configured_at")
        obj = cls(
            username,
            visible_name,
            biography,
            profile_picture_url,
            link_in_bio,
            niche_warming_instructions,
            configured_at,
        )
        obj.additional_properties = d
        return obj
