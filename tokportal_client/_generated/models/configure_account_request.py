from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NotRequired, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._models_runtime import (
    MISSING,
    UNSET,
    OpenModel,
    Unset,
    check,
    mismatch,
)


@_attrs_define(repr=False)
class ConfigureAccountRequest(OpenModel):
    """Account profile to configure.

    Example (JSON; it meets every rule of the contract)::

        {"username": "username", "visible_name": "visible_name"}

    Attributes:
        username (str): Rules: at least 1 characters; at most 24 characters; matches '^[a-zA-Z0-9_.]+$'.
        visible_name (str): Rules: at least 1 characters; at most 30 characters.
        biography (str | Unset): Rules: at most 80 characters.
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

    _fields = (
        ("username", "username", True),
        ("visible_name", "visible_name", True),
        ("biography", "biography", False),
        ("profile_picture_url", "profile_picture_url", False),
        ("link_in_bio", "link_in_bio", False),
        ("niche_warming_instructions", "niche_warming_instructions", False),
    )
    _absent = UNSET
    _rules = {
        "username": {"minLength": 1, "maxLength": 24, "pattern": "^[a-zA-Z0-9_.]+$"},
        "visible_name": {"minLength": 1, "maxLength": 30},
        "biography": {"maxLength": 80},
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(
                src_dict, "ConfigureAccountRequest", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        username: Any = _pop("username", MISSING)
        if type(username) is not str:
            username = check(username, str, "ConfigureAccountRequest", "username")
        visible_name: Any = _pop("visible_name", MISSING)
        if type(visible_name) is not str:
            visible_name = check(visible_name, str, "ConfigureAccountRequest", "visible_name")
        biography: Any = _pop("biography", UNSET)
        if type(biography) is not str and biography is not UNSET:
            biography = check(biography, str, "ConfigureAccountRequest", "biography")
        profile_picture_url: Any = _pop("profile_picture_url", UNSET)
        if type(profile_picture_url) is not str and profile_picture_url is not UNSET:
            profile_picture_url = check(profile_picture_url, str, "ConfigureAccountRequest", "profile_picture_url")
        link_in_bio: Any = _pop("link_in_bio", UNSET)
        if type(link_in_bio) is not str and link_in_bio is not UNSET:
            link_in_bio = check(link_in_bio, str, "ConfigureAccountRequest", "link_in_bio")
        niche_warming_instructions: Any = _pop("niche_warming_instructions", UNSET)
        if type(niche_warming_instructions) is not str and niche_warming_instructions is not UNSET:
            niche_warming_instructions = check(
                niche_warming_instructions, str, "ConfigureAccountRequest", "niche_warming_instructions"
            )
        obj = cls(
            username,
            visible_name,
            biography,
            profile_picture_url,
            link_in_bio,
            niche_warming_instructions,
        )
        obj.additional_properties = d
        return obj


class ConfigureAccountRequestDict(TypedDict):
    """The JSON body of :class:`ConfigureAccountRequest` as a plain dict: type checkers check its keys and values."""

    username: str
    visible_name: str
    biography: NotRequired[str]
    profile_picture_url: NotRequired[str]
    link_in_bio: NotRequired[str]
    niche_warming_instructions: NotRequired[str]
