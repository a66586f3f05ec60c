from __future__ import annotations

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
class BundleAccountSummary(OpenModel):
    """Account profile of a bundle, as embedded in GET /bundles/{id}.

    Attributes:
        username (str | None):
        visible_name (str | None):
        biography (str | None):
        profile_picture_url (str | None):
    """

    username: str | None = None
    visible_name: str | None = None
    biography: str | None = None
    profile_picture_url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("username", "username", False),
        ("visible_name", "visible_name", False),
        ("biography", "biography", False),
        ("profile_picture_url", "profile_picture_url", False),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(
                src_dict, "BundleAccountSummary", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        username: Any = _pop("username", None)
        if type(username) is not str and username is not None:
            username = check(username, str, "BundleAccountSummary", "username")
        visible_name: Any = _pop("visible_name", None)
        if type(visible_name) is not str and visible_name is not None:
            visible_name = check(visible_name, str, "BundleAccountSummary", "visible_name")
        biography: Any = _pop("biography", None)
        if type(biography) is not str and biography is not None:
            biography = check(biography, str, "BundleAccountSummary", "biography")
        profile_picture_url: Any = _pop("profile_picture_url", None)
        if type(profile_picture_url) is not str and profile_picture_url is not None:
            profile_picture_url = check(profile_picture_url, str, "BundleAccountSummary", "profile_picture_url")
        obj = cls(
            username,
            visible_name,
            biography,
            profile_picture_url,
        )
        obj.additional_properties = d
        return obj
