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
class AccountEditRequestRecord(OpenModel):
    """A profile edit request on a delivered account.

    Attributes:
        edit_request_id (str | None):
        account_id (str | None):
        status (str | None): e.g. pending.
        requested_username (str | None):
        requested_visible_name (str | None):
        requested_biography (str | None):
        requested_profile_picture_url (str | None):
        requested_link_in_bio (str | None):
        created_at (datetime.datetime | None): Rules: format date-time.
    """

    edit_request_id: str | None = None
    account_id: str | None = None
    status: str | None = None
    requested_username: str | None = None
    requested_visible_name: str | None = None
    requested_biography: str | None = None
    requested_profile_picture_url: str | None = None
    requested_link_in_bio: str | None = None
    created_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("edit_request_id", "edit_request_id", False),
        ("account_id", "account_id", False),
        ("status", "status", False),
        ("requested_username", "requested_username", False),
        ("requested_visible_name", "requested_visible_name", False),
        ("requested_biography", "requested_biography", False),
        ("requested_profile_picture_url", "requested_profile_picture_url", False),
        ("requested_link_in_bio", "requested_link_in_bio", False),
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
            return mismatch(
                src_dict, "AccountEditRequestRecord", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        edit_request_id: Any = _pop("edit_request_id", None)
        if type(edit_request_id) is not str and edit_request_id is not None:
            edit_request_id = check(edit_request_id, str, "AccountEditRequestRecord", "edit_request_id")
        account_id: Any = _pop("account_id", None)
        if type(account_id) is not str and account_id is not None:
            account_id = check(account_id, str, "AccountEditRequestRecord", "account_id")
        status: Any = _pop("status", None)
        if type(status) is not str and status is not None:
            status = check(status, str, "AccountEditRequestRecord", "status")
        requested_username: Any = _pop("requested_username", None)
        if type(requested_username) is not str and requested_username is not None:
            requested_username = check(requested_username, str, "AccountEditRequestRecord", "requested_username")
        requested_visible_name: Any = _pop("requested_visible_name", None)
        if type(requested_visible_name) is not str and requested_visible_name is not None:
            requested_visible_name = check(
                requested_visible_name, str, "AccountEditRequestRecord", "requested_visible_name"
            )
        requested_biography: Any = _pop("requested_biography", None)
        if type(requested_biography) is not str and requested_biography is not None:
            requested_biography = check(requested_biography, str, "AccountEditRequestRecord", "requested_biography")
        requested_profile_picture_url: Any = _pop("requested_profile_picture_url", None)
        if type(requested_profile_picture_url) is not str and requested_profile_picture_url is not None:
            requested_profile_picture_url = check(
                requested_profile_picture_url, str, "AccountEditRequestRecord", "requested_profile_picture_url"
            )
        requested_link_in_bio: Any = _pop("requested_link_in_bio", None)
        if type(requested_link_in_bio) is not str and requested_link_in_bio is not None:
            requested_link_in_bio = check(
                requested_link_in_bio, str, "AccountEditRequestRecord", "requested_link_in_bio"
            )
        created_at: Any = _pop("created_at", None)
        if type(created_at) is str:
            try:
                created_at = datetime.datetime.fromisoformat(created_at)
            except ValueError:
                created_at = mismatch(
                    created_at, "AccountEditRequestRecord", "created_at", "expected an ISO 8601 date-time"
                )
        elif created_at is not None:
            created_at = check(created_at, str, "AccountEditRequestRecord", "created_at")
        obj = cls(
            edit_request_id,
            account_id,
            status,
            requested_username,
            requested_visible_name,
            requested_biography,
            requested_profile_picture_url,
            requested_link_in_bio,
            created_at,
        )
        obj.additional_properties = d
        return obj
