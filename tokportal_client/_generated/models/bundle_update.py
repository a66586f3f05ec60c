from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._models_runtime import (
    MISSING,
    OpenModel,
    check,
    mismatch,
)


@_attrs_define(repr=False)
class BundleUpdate(OpenModel):
    """Bundle settings after an update.

    Attributes:
        id (str):
        title (str | None):
        auto_finalize_videos (bool | None):
        external_ref (str | None):
        updated_at (datetime.datetime | None): Rules: format date-time.
    """

    id: str
    title: str | None = None
    auto_finalize_videos: bool | None = None
    external_ref: str | None = None
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("id", "id", True),
        ("title", "title", False),
        ("auto_finalize_videos", "auto_finalize_videos", False),
        ("external_ref", "external_ref", False),
        ("updated_at", "updated_at", False),
    )
    _rules = {"updated_at": {"format": "date-time"}}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(src_dict, "BundleUpdate", "(root)", f"expected an object, got {type(src_dict).__name__}")
        _pop = d.pop
        id: Any = _pop("id", MISSING)
        if type(id) is not str:
            id = check(id, str, "BundleUpdate", "id")
        title: Any = _pop("title", None)
        if type(title) is not str and title is not None:
            title = check(title, str, "BundleUpdate", "title")
        auto_finalize_videos: Any = _pop("auto_finalize_videos", None)
        if type(auto_finalize_videos) is not bool and auto_finalize_videos is not None:
            auto_finalize_videos = check(auto_finalize_videos, bool, "BundleUpdate", "auto_finalize_videos")
        external_ref: Any = _pop("external_ref", None)
        if type(external_ref) is not str and external_ref is not None:
            external_ref = check(external_ref, str, "BundleUpdate", "external_ref")
        updated_at: Any = _pop("updated_at", None)
        if type(updated_at) is str:
            try:
                updated_at = datetime.datetime.fromisoformat(updated_at)
            except ValueError:
                updated_at = mismatch(updated_at, "BundleUpdate", "updated_at", "expected an ISO 8601 date-time")
        elif updated_at is not None:
            updated_at = check(updated_at, str, "BundleUpdate", "updated_at")
        obj = cls(
            id,
            title,
            auto_finalize_videos,
            external_ref,
            updated_at,
        )
        obj.additional_properties = d
        return obj
