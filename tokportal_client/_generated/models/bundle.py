from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check, check_union, parse_enum, required

from ..models.account_status import AccountStatus
from ..models.bundle_status import BundleStatus
from ..models.bundle_type import BundleType
from ..models.next_action import NextAction
from ..models.platform import Platform

if TYPE_CHECKING:
    from ..models.bundle_account_summary import BundleAccountSummary
    from ..models.bundle_video_summary import BundleVideoSummary


T = TypeVar("T", bound="Bundle")


@_attrs_define
class Bundle:
    """A bundle: one account order (and optional video slots) on a platform in a country.

    Attributes:
        id (str):
        bundle_type (BundleType | Unset): Kind of bundle.
        platform (Platform | Unset): Social platform. YouTube appears in listings and analytics; bundle creation rejects
            it (YOUTUBE_DELAYED).
        country (str | Unset):
        status (BundleStatus | Unset): Bundle lifecycle status. Open: new values may appear.
        account_status (AccountStatus | None | Unset):
        title (None | str | Unset):
        videos_quantity (int | Unset):
        edits_quantity (int | Unset):
        used_edits (int | Unset):
        credit_cost (int | Unset):
        external_ref (None | str | Unset):
        existing_account_id (None | str | Unset):
        saved_account_id (None | str | Unset):
        auto_finalize_videos (bool | Unset):
        wants_niche_warming (bool | Unset):
        wants_deep_warming (bool | Unset):
        wants_moderation (bool | Unset):
        is_published (bool | Unset): True once the bundle has been published (published, published_priority, accepted or
            completed).
        account_configured (bool | Unset): True when the bundle's account is configured or finalized (publish-eligible).
        videos_total (int | Unset): Number of video slots.
        videos_configured_count (int | Unset): Video slots whose status shows they were configured.
        next_action (NextAction | None | Unset):
        account (BundleAccountSummary | None | Unset):
        videos (list[BundleVideoSummary] | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    id: str
    bundle_type: BundleType | Unset = UNSET
    platform: Platform | Unset = UNSET
    country: str | Unset = UNSET
    status: BundleStatus | Unset = UNSET
    account_status: AccountStatus | None | Unset = UNSET
    title: None | str | Unset = UNSET
    videos_quantity: int | Unset = UNSET
    edits_quantity: int | Unset = UNSET
    used_edits: int | Unset = UNSET
    credit_cost: int | Unset = UNSET
    external_ref: None | str | Unset = UNSET
    existing_account_id: None | str | Unset = UNSET
    saved_account_id: None | str | Unset = UNSET
    auto_finalize_videos: bool | Unset = UNSET
    wants_niche_warming: bool | Unset = UNSET
    wants_deep_warming: bool | Unset = UNSET
    wants_moderation: bool | Unset = UNSET
    is_published: bool | Unset = UNSET
    account_configured: bool | Unset = UNSET
    videos_total: int | Unset = UNSET
    videos_configured_count: int | Unset = UNSET
    next_action: NextAction | None | Unset = UNSET
    account: BundleAccountSummary | None | Unset = UNSET
    videos: list[BundleVideoSummary] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.bundle_account_summary import BundleAccountSummary  # noqa: PLC0415

        id = self.id

        bundle_type: str | Unset = UNSET
        if not isinstance(self.bundle_type, Unset):
            bundle_type = self.bundle_type.value

        platform: str | Unset = UNSET
        if not isinstance(self.platform, Unset):
            platform = self.platform.value

        country = self.country

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        account_status: None | str | Unset
        if isinstance(self.account_status, Unset):
            account_status = UNSET
        elif isinstance(self.account_status, AccountStatus):
            account_status = self.account_status.value
        else:
            account_status = self.account_status

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        videos_quantity = self.videos_quantity

        edits_quantity = self.edits_quantity

        used_edits = self.used_edits

        credit_cost = self.credit_cost

        external_ref: None | str | Unset
        if isinstance(self.external_ref, Unset):
            external_ref = UNSET
        else:
            external_ref = self.external_ref

        existing_account_id: None | str | Unset
        if isinstance(self.existing_account_id, Unset):
            existing_account_id = UNSET
        else:
            existing_account_id = self.existing_account_id

        saved_account_id: None | str | Unset
        if isinstance(self.saved_account_id, Unset):
            saved_account_id = UNSET
        else:
            saved_account_id = self.saved_account_id

        auto_finalize_videos = self.auto_finalize_videos

        wants_niche_warming = self.wants_niche_warming

        wants_deep_warming = self.wants_deep_warming

        wants_moderation = self.wants_moderation

        is_published = self.is_published

        account_configured = self.account_configured

        videos_total = self.videos_total

        videos_configured_count = self.videos_configured_count

        next_action: None | str | Unset
        if isinstance(self.next_action, Unset):
            next_action = UNSET
        elif isinstance(self.next_action, NextAction):
            next_action = self.next_action.value
        else:
            next_action = self.next_action

        account: dict[str, Any] | None | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        elif isinstance(self.account, BundleAccountSummary):
            account = self.account.to_dict()
        else:
            account = self.account

        videos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.videos, Unset):
            videos = []
            for videos_item_data in self.videos:
                videos_item = videos_item_data.to_dict()
                videos.append(videos_item)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if bundle_type is not UNSET:
            field_dict["bundle_type"] = bundle_type
        if platform is not UNSET:
            field_dict["platform"] = platform
        if country is not UNSET:
            field_dict["country"] = country
        if status is not UNSET:
            field_dict["status"] = status
        if account_status is not UNSET:
            field_dict["account_status"] = account_status
        if title is not UNSET:
            field_dict["title"] = title
        if videos_quantity is not UNSET:
            field_dict["videos_quantity"] = videos_quantity
        if edits_quantity is not UNSET:
            field_dict["edits_quantity"] = edits_quantity
        if used_edits is not UNSET:
            field_dict["used_edits"] = used_edits
        if credit_cost is not UNSET:
            field_dict["credit_cost"] = credit_cost
        if external_ref is not UNSET:
            field_dict["external_ref"] = external_ref
        if existing_account_id is not UNSET:
            field_dict["existing_account_id"] = existing_account_id
        if saved_account_id is not UNSET:
            field_dict["saved_account_id"] = saved_account_id
        if auto_finalize_videos is not UNSET:
            field_dict["auto_finalize_videos"] = auto_finalize_videos
        if wants_niche_warming is not UNSET:
            field_dict["wants_niche_warming"] = wants_niche_warming
        if wants_deep_warming is not UNSET:
            field_dict["wants_deep_warming"] = wants_deep_warming
        if wants_moderation is not UNSET:
            field_dict["wants_moderation"] = wants_moderation
        if is_published is not UNSET:
            field_dict["is_published"] = is_published
        if account_configured is not UNSET:
            field_dict["account_configured"] = account_configured
        if videos_total is not UNSET:
            field_dict["videos_total"] = videos_total
        if videos_configured_count is not UNSET:
            field_dict["videos_configured_count"] = videos_configured_count
        if next_action is not UNSET:
            field_dict["next_action"] = next_action
        if account is not UNSET:
            field_dict["account"] = account
        if videos is not UNSET:
            field_dict["videos"] = videos
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError("Bundle", "(root)", f"expected an object, got {type(src_dict).__name__}")
        _pop = d.pop
        id = required(d, "id", "Bundle")
        if type(id) is not str:
            id = check(id, str, "Bundle", "id")

        bundle_type = _pop("bundle_type", UNSET)
        if bundle_type is not UNSET:
            _member = BundleType._value2member_map_.get(bundle_type) if type(bundle_type) is str else None
            bundle_type = (
                _member if _member is not None else parse_enum(BundleType, bundle_type, "Bundle", "bundle_type")
            )

        platform = _pop("platform", UNSET)
        if platform is not UNSET:
            _member = Platform._value2member_map_.get(platform) if type(platform) is str else None
            platform = _member if _member is not None else parse_enum(Platform, platform, "Bundle", "platform")

        country = _pop("country", UNSET)
        if type(country) is not str and country is not UNSET:
            country = check(country, str, "Bundle", "country")

        status = _pop("status", UNSET)
        if status is not UNSET:
            _member = BundleStatus._value2member_map_.get(status) if type(status) is str else None
            status = _member if _member is not None else parse_enum(BundleStatus, status, "Bundle", "status")

        account_status = _pop("account_status", UNSET)
        if account_status is not None and account_status is not UNSET:
            _member = AccountStatus._value2member_map_.get(account_status) if type(account_status) is str else None
            account_status = (
                _member
                if _member is not None
                else parse_enum(AccountStatus, account_status, "Bundle", "account_status")
            )

        title = _pop("title", UNSET)
        if type(title) is not str and title is not None and title is not UNSET:
            title = check_union(title, (str,), "", "title")

        videos_quantity = _pop("videos_quantity", UNSET)
        if type(videos_quantity) is not int and videos_quantity is not UNSET:
            videos_quantity = check(videos_quantity, int, "Bundle", "videos_quantity")

        edits_quantity = _pop("edits_quantity", UNSET)
        if type(edits_quantity) is not int and edits_quantity is not UNSET:
            edits_quantity = check(edits_quantity, int, "Bundle", "edits_quantity")

        used_edits = _pop("used_edits", UNSET)
        if type(used_edits) is not int and used_edits is not UNSET:
            used_edits = check(used_edits, int, "Bundle", "used_edits")

        credit_cost = _pop("credit_cost", UNSET)
        if type(credit_cost) is not int and credit_cost is not UNSET:
            credit_cost = check(credit_cost, int, "Bundle", "credit_cost")

        external_ref = _pop("external_ref", UNSET)
        if type(external_ref) is not str and external_ref is not None and external_ref is not UNSET:
            external_ref = check_union(external_ref, (str,), "", "external_ref")

        existing_account_id = _pop("existing_account_id", UNSET)
        if (
            type(existing_account_id) is not str
            and existing_account_id is not None
            and existing_account_id is not UNSET
        ):
            existing_account_id = check_union(existing_account_id, (str,), "", "existing_account_id")

        saved_account_id = _pop("saved_account_id", UNSET)
        if type(saved_account_id) is not str and saved_account_id is not None and saved_account_id is not UNSET:
            saved_account_id = check_union(saved_account_id, (str,), "", "saved_account_id")

        auto_finalize_videos = _pop("auto_finalize_videos", UNSET)
        if type(auto_finalize_videos) is not bool and auto_finalize_videos is not UNSET:
            auto_finalize_videos = check(auto_finalize_videos, bool, "Bundle", "auto_finalize_videos")

        wants_niche_warming = _pop("wants_niche_warming", UNSET)
        if type(wants_niche_warming) is not bool and wants_niche_warming is not UNSET:
            wants_niche_warming = check(wants_niche_warming, bool, "Bundle", "wants_niche_warming")

        wants_deep_warming = _pop("wants_deep_warming", UNSET)
        if type(wants_deep_warming) is not bool and wants_deep_warming is not UNSET:
            wants_deep_warming = check(wants_deep_warming, bool, "Bundle", "wants_deep_warming")

        wants_moderation = _pop("wants_moderation", UNSET)
        if type(wants_moderation) is not bool and wants_moderation is not UNSET:
            wants_moderation = check(wants_moderation, bool, "Bundle", "wants_moderation")

        is_published = _pop("is_published", UNSET)
        if type(is_published) is not bool and is_published is not UNSET:
            is_published = check(is_published, bool, "Bundle", "is_published")

        account_configured = _pop("account_configured", UNSET)
        if type(account_configured) is not bool and account_configured is not UNSET:
            account_configured = check(account_configured, bool, "Bundle", "account_configured")

        videos_total = _pop("videos_total", UNSET)
        if type(videos_total) is not int and videos_total is not UNSET:
            videos_total = check(videos_total, int, "Bundle", "videos_total")

        videos_configured_count = _pop("videos_configured_count", UNSET)
        if type(videos_configured_count) is not int and videos_configured_count is not UNSET:
            videos_configured_count = check(videos_configured_count, int, "Bundle", "videos_configured_count")

        next_action = _pop("next_action", UNSET)
        if next_action is not None and next_action is not UNSET:
            _member = NextAction._value2member_map_.get(next_action) if type(next_action) is str else None
            next_action = (
                _member if _member is not None else parse_enum(NextAction, next_action, "Bundle", "next_action")
            )

        account = _pop("account", UNSET)
        if account is not None and account is not UNSET:
            account = BundleAccountSummary.from_dict(check(account, dict, "Bundle", "account"))

        videos = _pop("videos", UNSET)
        if videos is not UNSET:
            if type(videos) is not list:
                videos = check(videos, list, "Bundle", "videos")
            videos = [BundleVideoSummary.from_dict(item) for item in videos]

        created_at = _pop("created_at", UNSET)
        if created_at is not UNSET:
            created_at = datetime.datetime.fromisoformat(
                created_at if type(created_at) is str else check(created_at, str, "Bundle", "created_at")
            )

        updated_at = _pop("updated_at", UNSET)
        if updated_at is not UNSET:
            updated_at = datetime.datetime.fromisoformat(
                updated_at if type(updated_at) is str else check(updated_at, str, "Bundle", "updated_at")
            )

        bundle = cls(
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

        bundle.additional_properties = d
        return bundle

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


from ..models.bundle_account_summary import BundleAccountSummary  # noqa: E402
from ..models.bundle_video_summary import BundleVideoSummary  # noqa: E402
