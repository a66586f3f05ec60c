from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._models_runtime import (
    MISSING,
    OpenModel,
    check,
    mismatch,
    parse_enum,
)

from ..models.account_status import AccountStatus
from ..models.bundle_status import BundleStatus
from ..models.bundle_type import BundleType
from ..models.next_action import NextAction
from ..models.platform import Platform

if TYPE_CHECKING:
    from ..models.bundle_account_summary import BundleAccountSummary
    from ..models.bundle_video_summary import BundleVideoSummary


@_attrs_define(repr=False)
class Bundle(OpenModel):
    """A bundle: one account order (and optional video slots) on a platform in a country.

    Attributes:
        id (str):
        bundle_type (BundleType | None): Kind of bundle.
        platform (Platform | None): Social platform. YouTube appears in listings and analytics; bundle creation
            rejects it (YOUTUBE_DELAYED).
        country (str | None):
        status (BundleStatus | None): Bundle lifecycle status. Open: new values may appear.
        account_status (AccountStatus | None):
        title (str | None):
        videos_quantity (int | None):
        edits_quantity (int | None):
        used_edits (int | None):
        credit_cost (int | None):
        external_ref (str | None):
        existing_account_id (str | None):
        saved_account_id (str | None):
        auto_finalize_videos (bool | None):
        wants_niche_warming (bool | None):
        wants_deep_warming (bool | None):
        wants_moderation (bool | None):
        is_published (bool | None): True once the bundle has been published (published, published_priority, accepted
            or completed).
        account_configured (bool | None): True when the bundle's account is configured or finalized (publish-
            eligible).
        videos_total (int | None): Number of video slots.
        videos_configured_count (int | None): Video slots whose status shows they were configured.
        next_action (NextAction | None):
        account (BundleAccountSummary | None):
        videos (list[BundleVideoSummary] | None):
        created_at (datetime.datetime | None): Rules: format date-time.
        updated_at (datetime.datetime | None): Rules: format date-time.
    """

    id: str
    bundle_type: BundleType | None = None
    platform: Platform | None = None
    country: str | None = None
    status: BundleStatus | None = None
    account_status: AccountStatus | None = None
    title: str | None = None
    videos_quantity: int | None = None
    edits_quantity: int | None = None
    used_edits: int | None = None
    credit_cost: int | None = None
    external_ref: str | None = None
    existing_account_id: str | None = None
    saved_account_id: str | None = None
    auto_finalize_videos: bool | None = None
    wants_niche_warming: bool | None = None
    wants_deep_warming: bool | None = None
    wants_moderation: bool | None = None
    is_published: bool | None = None
    account_configured: bool | None = None
    videos_total: int | None = None
    videos_configured_count: int | None = None
    next_action: NextAction | None = None
    account: BundleAccountSummary | None = None
    videos: list[BundleVideoSummary] | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("id", "id", True),
        ("bundle_type", "bundle_type", False),
        ("platform", "platform", False),
        ("country", "country", False),
        ("status", "status", False),
        ("account_status", "account_status", False),
        ("title", "title", False),
        ("videos_quantity", "videos_quantity", False),
        ("edits_quantity", "edits_quantity", False),
        ("used_edits", "used_edits", False),
        ("credit_cost", "credit_cost", False),
        ("external_ref", "external_ref", False),
        ("existing_account_id", "existing_account_id", False),
        ("saved_account_id", "saved_account_id", False),
        ("auto_finalize_videos", "auto_finalize_videos", False),
        ("wants_niche_warming", "wants_niche_warming", False),
        ("wants_deep_warming", "wants_deep_warming", False),
        ("wants_moderation", "wants_moderation", False),
        ("is_published", "is_published", False),
        ("account_configured", "account_configured", False),
        ("videos_total", "videos_total", False),
        ("videos_configured_count", "videos_configured_count", False),
        ("next_action", "next_action", False),
        ("account", "account", False),
        ("videos", "videos", False),
        ("created_at", "created_at", False),
        ("updated_at", "updated_at", False),
    )
    _rules = {"created_at": {"format": "date-time"}, "updated_at": {"format": "date-time"}}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(src_dict, "Bundle", "(root)", f"expected an object, got {type(src_dict).__name__}")
        _pop = d.pop
        id: Any = _pop("id", MISSING)
        if type(id) is not str:
            id = check(id, str, "Bundle", "id")
        bundle_type: Any = _pop("bundle_type", None)
        if bundle_type is not None:
            _member = BundleType._value2member_map_.get(bundle_type) if type(bundle_type) is str else None
            bundle_type = (
                _member if _member is not None else parse_enum(BundleType, bundle_type, "Bundle", "bundle_type")
            )
        platform: Any = _pop("platform", None)
        if platform is not None:
            _member = Platform._value2member_map_.get(platform) if type(platform) is str else None
            platform = _member if _member is not None else parse_enum(Platform, platform, "Bundle", "platform")
        country: Any = _pop("country", None)
        if type(country) is not str and country is not None:
            country = check(country, str, "Bundle", "country")
        status: Any = _pop("status", None)
        if status is not None:
            _member = BundleStatus._value2member_map_.get(status) if type(status) is str else None
            status = _member if _member is not None else parse_enum(BundleStatus, status, "Bundle", "status")
        account_status: Any = _pop("account_status", None)
        if account_status is not None:
            _member = AccountStatus._value2member_map_.get(account_status) if type(account_status) is str else None
            account_status = (
                _member
                if _member is not None
                else parse_enum(AccountStatus, account_status, "Bundle", "account_status")
            )
        title: Any = _pop("title", None)
        if type(title) is not str and title is not None:
            title = check(title, str, "Bundle", "title")
        videos_quantity: Any = _pop("videos_quantity", None)
        if type(videos_quantity) is not int and videos_quantity is not None:
            videos_quantity = check(videos_quantity, int, "Bundle", "videos_quantity")
        edits_quantity: Any = _pop("edits_quantity", None)
        if type(edits_quantity) is not int and edits_quantity is not None:
            edits_quantity = check(edits_quantity, int, "Bundle", "edits_quantity")
        used_edits: Any = _pop("used_edits", None)
        if type(used_edits) is not int and used_edits is not None:
            used_edits = check(used_edits, int, "Bundle", "used_edits")
        credit_cost: Any = _pop("credit_cost", None)
        if type(credit_cost) is not int and credit_cost is not None:
            credit_cost = check(credit_cost, int, "Bundle", "credit_cost")
        external_ref: Any = _pop("external_ref", None)
        if type(external_ref) is not str and external_ref is not None:
            external_ref = check(external_ref, str, "Bundle", "external_ref")
        existing_account_id: Any = _pop("existing_account_id", None)
        if type(existing_account_id) is not str and existing_account_id is not None:
            existing_account_id = check(existing_account_id, str, "Bundle", "existing_account_id")
        saved_account_id: Any = _pop("saved_account_id", None)
        if type(saved_account_id) is not str and saved_account_id is not None:
            saved_account_id = check(saved_account_id, str, "Bundle", "saved_account_id")
        auto_finalize_videos: Any = _pop("auto_finalize_videos", None)
        if type(auto_finalize_videos) is not bool and auto_finalize_videos is not None:
            auto_finalize_videos = check(auto_finalize_videos, bool, "Bundle", "auto_finalize_videos")
        wants_niche_warming: Any = _pop("wants_niche_warming", None)
        if type(wants_niche_warming) is not bool and wants_niche_warming is not None:
            wants_niche_warming = check(wants_niche_warming, bool, "Bundle", "wants_niche_warming")
        wants_deep_warming: Any = _pop("wants_deep_warming", None)
        if type(wants_deep_warming) is not bool and wants_deep_warming is not None:
            wants_deep_warming = check(wants_deep_warming, bool, "Bundle", "wants_deep_warming")
        wants_moderation: Any = _pop("wants_moderation", None)
        if type(wants_moderation) is not bool and wants_moderation is not None:
            wants_moderation = check(wants_moderation, bool, "Bundle", "wants_moderation")
        is_published: Any = _pop("is_published", None)
        if type(is_published) is not bool and is_published is not None:
            is_published = check(is_published, bool, "Bundle", "is_published")
        account_configured: Any = _pop("account_configured", None)
        if type(account_configured) is not bool and account_configured is not None:
            account_configured = check(account_configured, bool, "Bundle", "account_configured")
        videos_total: Any = _pop("videos_total", None)
        if type(videos_total) is not int and videos_total is not None:
            videos_total = check(videos_total, int, "Bundle", "videos_total")
        videos_configured_count: Any = _pop("videos_configured_count", None)
        if type(videos_configured_count) is not int and videos_configured_count is not None:
            videos_configured_count = check(videos_configured_count, int, "Bundle", "videos_configured_count")
        next_action: Any = _pop("next_action", None)
        if next_action is not None:
            _member = NextAction._value2member_map_.get(next_action) if type(next_action) is str else None
            next_action = (
                _member if _member is not None else parse_enum(NextAction, next_action, "Bundle", "next_action")
            )
        account: Any = _pop("account", None)
        if type(account) is dict:
            account = BundleAccountSummary.from_dict(account)
        elif account is not None:
            account = check(account, dict, "Bundle", "account")
        videos: Any = _pop("videos", None)
        if type(videos) is list:
            videos = [BundleVideoSummary.from_dict(i) for i in videos]
        elif videos is not None:
            videos = check(videos, list, "Bundle", "videos")
        created_at: Any = _pop("created_at", None)
        if type(created_at) is str:
            try:
                created_at = datetime.datetime.fromisoformat(created_at)
            except ValueError:
                created_at = mismatch(created_at, "Bundle", "created_at", "expected an ISO 8601 date-time")
        elif created_at is not None:
            created_at = check(created_at, str, "Bundle", "created_at")
        updated_at: Any = _pop("updated_at", None)
        if type(updated_at) is str:
            try:
                updated_at = datetime.datetime.fromisoformat(updated_at)
            except ValueError:
                updated_at = mismatch(updated_at, "Bundle", "updated_at", "expected an ISO 8601 date-time")
        elif updated_at is not None:
            updated_at = check(updated_at, str, "Bundle", "updated_at")
        obj = cls(
            id,
            bundle_type,
            platform,
            country,
            status,
            account_status,
            title,
            videos_quantity,
            edits_quantity,
            used_edits,
            credit_cost,
            external_ref,
            existing_account_id,
            saved_account_id,
            auto_finalize_videos,
            wants_niche_warming,
            wants_deep_warming,
            wants_moderation,
            is_published,
            account_configured,
            videos_total,
            videos_configured_count,
            next_action,
            account,
            videos,
            created_at,
            updated_at,
        )
        obj.additional_properties = d
        return obj


from ..models.bundle_account_summary import BundleAccountSummary  # noqa: E402
from ..models.bundle_video_summary import BundleVideoSummary  # noqa: E402
