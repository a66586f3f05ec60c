from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check

T = TypeVar("T", bound="RefreshAnalyticsRequest")


@_attrs_define
class RefreshAnalyticsRequest:
    """
    Example:
        {'force': False, 'includePosts': False, 'includeComments': False, 'forcePosts': False}

    Attributes:
        force (bool | Unset):
        include_posts (bool | Unset):
        include_comments (bool | Unset):
        force_posts (bool | Unset):
    """

    force: bool | Unset = UNSET
    include_posts: bool | Unset = UNSET
    include_comments: bool | Unset = UNSET
    force_posts: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        force = self.force

        include_posts = self.include_posts

        include_comments = self.include_comments

        force_posts = self.force_posts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if force is not UNSET:
            field_dict["force"] = force
        if include_posts is not UNSET:
            field_dict["includePosts"] = include_posts
        if include_comments is not UNSET:
            field_dict["includeComments"] = include_comments
        if force_posts is not UNSET:
            field_dict["forcePosts"] = force_posts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "RefreshAnalyticsRequest", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        force = _pop("force", UNSET)
        if type(force) is not bool and force is not UNSET:
            force = check(force, bool, "RefreshAnalyticsRequest", "force")

        include_posts = _pop("includePosts", UNSET)
        if type(include_posts) is not bool and include_posts is not UNSET:
            include_posts = check(include_posts, bool, "RefreshAnalyticsRequest", "includePosts")

        include_comments = _pop("includeComments", UNSET)
        if type(include_comments) is not bool and include_comments is not UNSET:
            include_comments = check(include_comments, bool, "RefreshAnalyticsRequest", "includeComments")

        force_posts = _pop("forcePosts", UNSET)
        if type(force_posts) is not bool and force_posts is not UNSET:
            force_posts = check(force_posts, bool, "RefreshAnalyticsRequest", "forcePosts")

        refresh_analytics_request = cls(
            force,
            include_posts,
            include_comments,
            force_posts,
        )

        refresh_analytics_request.additional_properties = d
        return refresh_analytics_request

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
