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
from ..models.bundle_type import BundleType
from ..models.platform import Platform


@_attrs_define(repr=False)
class CreatedBundle(OpenModel):
    """The bundle a create call made (placeholder ids on a dry run).

    Attributes:
        bundle_id (str | None):
        id (str | None):
        bundle_type (BundleType | None): Kind of bundle.
        platform (Platform | None): Social platform. YouTube appears in listings and analytics; bundle creation
            rejects it (YOUTUBE_DELAYED).
        country (str | None):
        status (BundleStatus | None): Bundle lifecycle status. Open: new values may appear.
        videos_quantity (int | None):
        review_mode (str | None): e.g. auto.
        created_at (datetime.datetime | None): Rules: format date-time.
    """

    bundle_id: str | None = None
    id: str | None = None
    bundle_type: BundleType | None = None
    platform: Platform | None = None
    country: str | None = None
    status: BundleStatus | None = None
    videos_quantity: int | None = None
    review_mode: str | None = None
    created_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("bundle_id", "bundle_id", False),
        ("id", "id", False),
        ("bundle_type", "bundle_type", False),
        ("platform", "platform", False),
        ("country", "country", False),
        ("status", "status", False),
        ("videos_quantity", "videos_quantity", False),
        ("review_mode", "review_mode", False),
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
            return mismatch(src_dict, "CreatedBundle", "(root)", f"expected an object, got {type(src_dict).__name__}")
        _pop = d.pop
        bundle_id: Any = _pop("bundle_id", None)
        if type(bundle_id) is not str and bundle_id is not None:
            bundle_id = check(bundle_id, str, "CreatedBundle", "bundle_id")
        id: Any = _pop("id", None)
        if type(id) is not str and id is not None:
            id = check(id, str, "CreatedBundle", "id")
        bundle_type: Any = _pop("bundle_type", None)
        if bundle_type is not None:
            _member = BundleType._value2member_map_.get(bundle_type) if type(bundle_type) is str else None
            bundle_type = (
                _member if _member is not None else parse_enum(BundleType, bundle_type, "CreatedBundle", "bundle_type")
            )
        platform: Any = _pop("platform", None)
        if platform is not None:
            _member = Platform._value2member_map_.get(platform) if type(platform) is str else None
            platform = _member if _member is not None else parse_enum(Platform, platform, "CreatedBundle", "platform")
        country: Any = _pop("country", None)
        if type(country) is not str and country is not None:
            country = check(country, str, "CreatedBundle", "country")
        status: Any = _pop("status", None)
        if status is not None:
            _member = BundleStatus._value2member_map_.get(status) if type(status) is str else None
            status = _member if _member is not None else parse_enum(BundleStatus, status, "CreatedBundle", "status")
        videos_quantity: Any = _pop("videos_quantity", None)
        if type(videos_quantity) is not int and videos_quantity is not None:
            videos_quantity = check(videos_quantity, int, "CreatedBundle", "videos_quantity")
        review_mode: Any = _pop("review_mode", None)
        if type(review_mode) is not str and review_mode is not None:
            review_mode = check(review_mode, str, "CreatedBundle", "review_mode")
        created_at: Any = _pop("created_at", None)
        if type(created_at) is str:
            try:
                created_at = datetime.datetime.fromisoformat(created_at)
            except ValueError:
                created_at = mismatch(created_at, "CreatedBundle", "created_at", "expected an ISO 8601 date-time")
        elif created_at is not None:
            created_at = check(created_at, str, "CreatedBundle", "created_at")
        obj = cls(
            bundle_id,
            id,
            bundle_type,
            platform,
            country,
            status,
            videos_quantity,
            review_mode,
            created_at,
        )
        obj.additional_properties = d
        return obj
