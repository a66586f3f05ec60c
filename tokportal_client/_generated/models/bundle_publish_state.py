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
    parse_enum,
)

from ..models.bundle_status import BundleStatus


@_attrs_define(repr=False)
class BundlePublishState(OpenModel):
    """Bundle status after publish or unpublish.

    Attributes:
        id (str | None):
        status (BundleStatus | None): Bundle lifecycle status. Open: new values may appear.
        published_at (datetime.datetime | None): Rules: format date-time.
        unpublished_at (datetime.datetime | None): Rules: format date-time.
    """

    id: str | None = None
    status: BundleStatus | None = None
    published_at: datetime.datetime | None = None
    unpublished_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("id", "id", False),
        ("status", "status", False),
        ("published_at", "published_at", False),
        ("unpublished_at", "unpublished_at", False),
    )
    _rules = {"published_at": {"format": "date-time"}, "unpublished_at": {"format": "date-time"}}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(
                src_dict, "BundlePublishState", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        id: Any = _pop("id", None)
        if type(id) is not str and id is not None:
            id = check(id, str, "BundlePublishState", "id")
        status: Any = _pop("status", None)
        if status is not None:
            _member = BundleStatus._value2member_map_.get(status) if type(status) is str else None
            status = (
                _member if _member is not None else parse_enum(BundleStatus, status, "BundlePublishState", "status")
            )
        published_at: Any = _pop("published_at", None)
        if type(published_at) is str:
            try:
                published_at = datetime.datetime.fromisoformat(published_at)
            except ValueError:
                published_at = mismatch(
                    published_at, "BundlePublishState", "published_at", "expected an ISO 8601 date-time"
                )
        elif published_at is not None:
            published_at = check(published_at, str, "BundlePublishState", "published_at")
        unpublished_at: Any = _pop("unpublished_at", None)
        if type(unpublished_at) is str:
            try:
                unpublished_at = datetime.datetime.fromisoformat(unpublished_at)
            except ValueError:
                unpublished_at = mismatch(
                    unpublished_at, "BundlePublishState", "unpublished_at", "expected an ISO 8601 date-time"
                )
        elif unpublished_at is not None:
            unpublished_at = check(unpublished_at, str, "BundlePublishState", "unpublished_at")
        obj = cls(
            id,
            status,
            published_at,
            unpublished_at,
        )
        obj.additional_properties = d
        return obj
