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
class AccountEditRequest(OpenModel):
    """The AccountEditRequest object of the API.

    Example (JSON; it meets every rule of the contract)::

        {"requested_username": "requested_username", "requested_visible_name": "requested_visible_name"}

    Attributes:
        requested_username (str): Rules: at least 1 characters; at most 24 characters.
        requested_visible_name (str): Rules: at least 1 characters; at most 30 characters.
        requested_biography (str | Unset): Rules: at most 80 characters.
        requested_profile_picture_url (str | Unset):
        requested_link_in_bio (str | Unset): Instagram only.
    """

    requested_username: str
    requested_visible_name: str
    requested_biography: str | Unset = UNSET
    requested_profile_picture_url: str | Unset = UNSET
    requested_link_in_bio: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("requested_username", "requested_username", True),
        ("requested_visible_name", "requested_visible_name", True),
        ("requested_biography", "requested_biography", False),
        ("requested_profile_picture_url", "requested_profile_picture_url", False),
        ("requested_link_in_bio", "requested_link_in_bio", False),
    )
    _absent = UNSET
    _rules = {
        "requested_username": {"minLength": 1, "maxLength": 24},
        "requested_visible_name": {"minLength": 1, "maxLength": 30},
        "requested_biography": {"maxLength": 80},
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
                src_dict, "AccountEditRequest", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        requested_username: Any = _pop("requested_username", MISSING)
        if type(requested_username) is not str:
            requested_username = check(requested_username, str, "AccountEditRequest", "requested_username")
        requested_visible_name: Any = _pop("requested_visible_name", MISSING)
        if type(requested_visible_name) is not str:
            requested_visible_name = check(requested_visible_name, str, "AccountEditRequest", "requested_visible_name")
        requested_biography: Any = _pop("requested_biography", UNSET)
        if type(requested_biography) is not str and requested_biography is not UNSET:
            requested_biography = check(requested_biography, str, "AccountEditRequest", "requested_biography")
        requested_profile_picture_url: Any = _pop("requested_profile_picture_url", UNSET)
        if type(requested_profile_picture_url) is not str and requested_profile_picture_url is not UNSET:
            requested_profile_picture_url = check(
                requested_profile_picture_url, str, "AccountEditRequest", "requested_profile_picture_url"
            )
        requested_link_in_bio: Any = _pop("requested_link_in_bio", UNSET)
        if type(requested_link_in_bio) is not str and requested_link_in_bio is not UNSET:
            requested_link_in_bio = check(requested_link_in_bio, str, "AccountEditRequest", "requested_link_in_bio")
        obj = cls(
            requested_username,
            requested_visible_name,
            requested_biography,
            requested_profile_picture_url,
            requested_link_in_bio,
        )
        obj.additional_properties = d
        return obj


class AccountEditRequestDict(TypedDict):
    """The JSON body of :class:`AccountEditRequest` as a plain dict: type checkers check its keys and values."""

    requested_username: str
    requested_visible_name: str
    requested_biography: NotRequired[str]
    requested_profile_picture_url: NotRequired[str]
    requested_link_in_bio: NotRequired[str]
