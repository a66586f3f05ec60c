from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check, check_union

T = TypeVar("T", bound="AccountEditRequestRecord")


@_attrs_define
class AccountEditRequestRecord:
    """A profile edit request on a delivered account.

    Attributes:
        edit_request_id (str | Unset):
        account_id (str | Unset):
        status (str | Unset): e.g. pending.
        requested_username (None | str | Unset):
        requested_visible_name (None | str | Unset):
        requested_biography (None | str | Unset):
        requested_profile_picture_url (None | str | Unset):
        requested_link_in_bio (None | str | Unset):
        created_at (datetime.datetime | Unset):
    """

    edit_request_id: str | Unset = UNSET
    account_id: str | Unset = UNSET
    status: str | Unset = UNSET
    requested_username: None | str | Unset = UNSET
    requested_visible_name: None | str | Unset = UNSET
    requested_biography: None | str | Unset = UNSET
    requested_profile_picture_url: None | str | Unset = UNSET
    requested_link_in_bio: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        edit_request_id = self.edit_request_id

        account_id = self.account_id

        status = self.status

        requested_username: None | str | Unset
        if isinstance(self.requested_username, Unset):
            requested_username = UNSET
        else:
            requested_username = self.requested_username

        requested_visible_name: None | str | Unset
        if isinstance(self.requested_visible_name, Unset):
            requested_visible_name = UNSET
        else:
            requested_visible_name = self.requested_visible_name

        requested_biography: None | str | Unset
        if isinstance(self.requested_biography, Unset):
            requested_biography = UNSET
        else:
            requested_biography = self.requested_biography

        requested_profile_picture_url: None | str | Unset
        if isinstance(self.requested_profile_picture_url, Unset):
            requested_profile_picture_url = UNSET
        else:
            requested_profile_picture_url = self.requested_profile_picture_url

        requested_link_in_bio: None | str | Unset
        if isinstance(self.requested_link_in_bio, Unset):
            requested_link_in_bio = UNSET
        else:
            requested_link_in_bio = self.requested_link_in_bio

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if edit_request_id is not UNSET:
            field_dict["edit_request_id"] = edit_request_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if status is not UNSET:
            field_dict["status"] = status
        if requested_username is not UNSET:
            field_dict["requested_username"] = requested_username
        if requested_visible_name is not UNSET:
            field_dict["requested_visible_name"] = requested_visible_name
        if requested_biography is not UNSET:
            field_dict["requested_biography"] = requested_biography
        if requested_profile_picture_url is not UNSET:
            field_dict["requested_profile_picture_url"] = requested_profile_picture_url
        if requested_link_in_bio is not UNSET:
            field_dict["requested_link_in_bio"] = requested_link_in_bio
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
            raise ModelValidationError(
                "AccountEditRequestRecord", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        edit_request_id = _pop("edit_request_id", UNSET)
        if type(edit_request_id) is not str and edit_request_id is not UNSET:
            edit_request_id = check(edit_request_id, str, "AccountEditRequestRecord", "edit_request_id")

        account_id = _pop("account_id", UNSET)
        if type(account_id) is not str and account_id is not UNSET:
            account_id = check(account_id, str, "AccountEditRequestRecord", "account_id")

        status = _pop("status", UNSET)
        if type(status) is not str and status is not UNSET:
            status = check(status, str, "AccountEditRequestRecord", "status")

        requested_username = _pop("requested_username", UNSET)
        if type(requested_username) is not str and requested_username is not None and requested_username is not UNSET:
            requested_username = check_union(requested_username, (str,), "", "requested_username")

        requested_visible_name = _pop("requested_visible_name", UNSET)
        if (
            type(requested_visible_name) is not str
            and requested_visible_name is not None
            and requested_visible_name is not UNSET
        ):
            requested_visible_name = check_union(requested_visible_name, (str,), "", "requested_visible_name")

        requested_biography = _pop("requested_biography", UNSET)
        if (
            type(requested_biography) is not str
            and requested_biography is not None
            and requested_biography is not UNSET
        ):
            requested_biography = check_union(requested_biography, (str,), "", "requested_biography")

        requested_profile_picture_url = _pop("requested_profile_picture_url", UNSET)
        if (
            type(requested_profile_picture_url) is not str
            and requested_profile_picture_url is not None
            and requested_profile_picture_url is not UNSET
        ):
            requested_profile_picture_url = check_union(
                requested_profile_picture_url, (str,), "", "requested_profile_picture_url"
            )

        requested_link_in_bio = _pop("requested_link_in_bio", UNSET)
        if (
            type(requested_link_in_bio) is not str
            and requested_link_in_bio is not None
            and requested_link_in_bio is not UNSET
        ):
            requested_link_in_bio = check_union(requested_link_in_bio, (str,), "", "requested_link_in_bio")

        created_at = _pop("created_at", UNSET)
        if created_at is not UNSET:
            created_at = datetime.datetime.fromisoformat(
                created_at
                if type(created_at) is str
                else check(created_at, str, "AccountEditRequestRecord", "created_at")
            )

        account_edit_request_record = cls(
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

        account_edit_request_record.additional_properties = d
        return account_edit_request_record

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
