from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NotRequired, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._models_runtime import (
    UNSET,
    OpenModel,
    Unset,
    check,
    mismatch,
)


@_attrs_define(repr=False)
class RefreshAnalyticsRequest(OpenModel):
    """The RefreshAnalyticsRequest object of the API.

    Example (JSON; it meets every rule of the contract)::

        {"force": false, "includePosts": false, "includeComments": false, "forcePosts": false}

    Attributes:
        force (bool | Unset):
        include_posts (bool | Unset): JSON key: ``includePosts``.
        include_comments (bool | Unset): JSON key: ``includeComments``.
        force_posts (bool | Unset): JSON key: ``forcePosts``.
    """

    force: bool | Unset = UNSET
    include_posts: bool | Unset = UNSET
    include_comments: bool | Unset = UNSET
    force_posts: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("force", "force", False),
        ("include_posts", "includePosts", False),
        ("include_comments", "includeComments", False),
        ("force_posts", "forcePosts", False),
    )
    _absent = UNSET

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(
                src_dict, "RefreshAnalyticsRequest", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        force: Any = _pop("force", UNSET)
        if type(force) is not bool and force is not UNSET:
            force = check(force, bool, "RefreshAnalyticsRequest", "force")
        include_posts: Any = _pop("includePosts", UNSET)
        if type(include_posts) is not bool and include_posts is not UNSET:
            include_posts = check(include_posts, bool, "RefreshAnalyticsRequest", "includePosts")
        include_comments: Any = _pop("includeComments", UNSET)
        if type(include_comments) is not bool and include_comments is not UNSET:
            include_comments = check(include_comments, bool, "RefreshAnalyticsRequest", "includeComments")
        force_posts: Any = _pop("forcePosts", UNSET)
        if type(force_posts) is not bool and force_posts is not UNSET:
            force_posts = check(force_posts, bool, "RefreshAnalyticsRequest", "forcePosts")
        obj = cls(
            force,
            include_posts,
            include_comments,
            force_posts,
        )
        obj.additional_properties = d
        return obj


class RefreshAnalyticsRequestDict(TypedDict):
    """The JSON body of :class:`RefreshAnalyticsRequest` as a plain dict: type checkers check its keys and values."""

    force: NotRequired[bool]
    includePosts: NotRequired[bool]
    includeComments: NotRequired[bool]
    forcePosts: NotRequired[bool]
