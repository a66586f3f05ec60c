from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check, required

T = TypeVar("T", bound="AccountEditRequest")


@_attrs_define
class AccountEditRequest:
    """
    Example:
        {'requested_username': 'requested_username', 'requested_visible_name': 'requested_visible_name'}

    Attributes:
        requested_username (str):
        requested_visible_name (str):
        requested_biography (str | Unset):
        requested_profile_picture_url (str | Unset):
        requested_link_in_bio (str | Unset): Instagram only.
    """

    requested_username: str
    requested_visible_name: str
    requested_biography: str | Unset = UNSET
    requested_profile_picture_url: str | Unset = UNSET
    requested_link_in_bio: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        requested_username = self.requested_username

        requested_visible_name = self.requested_visible_name

        requested_biography = self.requested_biography

        requested_profile_picture_url = self.requested_profile_picture_url

        requested_link_in_bio = self.requested_link_in_bio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requested_username": requested_username,
                "requested_visible_name": requested_visible_name,
            }
        )
        if requested_biography is not UNSET:
            field_dict["requested_biography"] = requested_biography
        if requested_profile_picture_url is not UNSET:
            field_dict["requested_profile_picture_url"] = requested_profile_picture_url
        if requested_link_in_bio is not UNSET:
            field_dict["requested_link_in_bio"] = requested_link_in_bio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "AccountEditRequest", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        requested_username = required(d, "requested_username", "AccountEditRequest")
        if type(requested_username) is not str:
            requested_username = check(requested_username, str, "AccountEditRequest", "requested_username")

        requested_visible_name = required(d, "requested_visible_name", "AccountEditRequest")
        if type(requested_visible_name) is not str:
            requested_visible_name = check(requested_visible_name, str, "AccountEditRequest", "requested_visible_name")

        requested_biography = _pop("requested_biography", UNSET)
        if type(requested_biography) is not str and requested_biography is not UNSET:
            requested_biography = check(requested_biography, str, "AccountEditRequest", "requested_biography")

        requested_profile_picture_url = _pop("requested_profile_picture_url", UNSET)
        if type(requested_profile_picture_url) is not str and requested_profile_picture_url is not UNSET:
            requested_profile_picture_url = check(
                requested_profile_picture_url, str, "AccountEditRequest", "requested_profile_picture_url"
            )

        requested_link_in_bio = _pop("requested_link_in_bio", UNSET)
        if type(requested_link_in_bio) is not str and requested_link_in_bio is not UNSET:
            requested_link_in_bio = check(requested_link_in_bio, str, "AccountEditRequest", "requested_link_in_bio")

        account_edit_request = cls(
            requested_username,
            requested_visible_name,
            requested_biography,
            requested_profile_picture_url,
            requested_link_in_bio,
        )

        account_edit_request.additional_properties = d
        return account_edit_request

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
