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
class PatchBundleRequest(OpenModel):
    """Bundle settings to change (at least one; null clears).

    Example (JSON; it meets every rule of the contract)::

        {"auto_finalize_videos": false, "external_ref": "external_ref", "title": "Launch campaign"}

    Attributes:
        auto_finalize_videos (bool | Unset):
        external_ref (str | None | Unset): Rules: at most 200 characters.
        title (str | None | Unset): Rules: at most 200 characters.
    """

    auto_finalize_videos: bool | Unset = UNSET
    external_ref: str | None | Unset = UNSET
    title: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("auto_finalize_videos", "auto_finalize_videos", False),
        ("external_ref", "external_ref", False),
        ("title", "title", False),
    )
    _absent = UNSET
    _rules = {"external_ref": {"maxLength": 200}, "title": {"maxLength": 200}}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(
                src_dict, "PatchBundleRequest", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        auto_finalize_videos: Any = _pop("auto_finalize_videos", UNSET)
        if type(auto_finalize_videos) is not bool and auto_finalize_videos is not UNSET:
            auto_finalize_videos = check(auto_finalize_videos, bool, "PatchBundleRequest", "auto_finalize_videos")
        external_ref: Any = _pop("external_ref", UNSET)
        if type(external_ref) is not str and external_ref is not UNSET and external_ref is not None:
            external_ref = check(external_ref, str, "PatchBundleRequest", "external_ref")
        title: Any = _pop("title", UNSET)
        if type(title) is not str and title is not UNSET and title is not None:
            title = check(title, str, "PatchBundleRequest", "title")
        obj = cls(
            auto_finalize_videos,
            external_ref,
            title,
        )
        obj.additional_properties = d
        return obj


class PatchBundleRequestDict(TypedDict):
    """The JSON body of :class:`PatchBundleRequest` as a plain dict: type checkers check its keys and values."""

    auto_finalize_videos: NotRequired[bool]
    external_ref: NotRequired[str | None]
    title: NotRequired[str | None]
