from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_status import AccountStatus
from ..models.bundle_status import BundleStatus
from ..models.bundle_type import BundleType
from ..models.next_action import NextAction
from ..models.platform import Platform
from ..types import UNSET, ModelValidationError, Unset, check, check_union, required

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
        from ..models.bundle_account_summary import BundleAccountSummary  # noqa: PLC0415
        from ..models.bundle_video_summary import BundleVideoSummary  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise ModelValidationError("Bundle", "(root)", f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = check(required(d, "id", "Bundle"), str, "Bundle", "id")

        _bundle_type = check(d.pop("bundle_type", UNSET), str, "Bundle", "bundle_type")
        bundle_type: BundleType | Unset
        if isinstance(_bundle_type, Unset):
            bundle_type = UNSET
        else:
            bundle_type = BundleType(_bundle_type)

        _platform = check(d.pop("platform", UNSET), str, "Bundle", "platform")
        platform: Platform | Unset
        if isinstance(_platform, Unset):
            platform = UNSET
        else:
            platform = Platform(_platform)

        country = check(d.pop("country", UNSET), str, "Bundle", "country")

        _status = check(d.pop("status", UNSET), str, "Bundle", "status")
        status: BundleStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = BundleStatus(_status)

        def _parse_account_status(data: object) -> AccountStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                account_status_type_0 = AccountStatus(data)

                return account_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ModelValidationError("", "account_status", f"unexpected {type(data).__name__} value")

        account_status = _parse_account_status(d.pop("account_status", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, check_union(data, (str,), "", "title"))

        title = _parse_title(d.pop("title", UNSET))

        videos_quantity = check(d.pop("videos_quantity", UNSET), int, "Bundle", "videos_quantity")

        edits_quantity = check(d.pop("edits_quantity", UNSET), int, "Bundle", "edits_quantity")

        used_edits = check(d.pop("used_edits", UNSET), int, "Bundle", "used_edits")

        credit_cost = check(d.pop("credit_cost", UNSET), int, "Bundle", "credit_cost")

        def _parse_external_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, check_union(data, (str,), "", "external_ref"))

        external_ref = _parse_external_ref(d.pop("external_ref", UNSET))

        def _parse_existing_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, check_union(data, (str,), "", "existing_account_id"))

        existing_account_id = _parse_existing_account_id(d.pop("existing_account_id", UNSET))

        def _parse_saved_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, check_union(data, (str,), "", "saved_account_id"))

        saved_account_id = _parse_saved_account_id(d.pop("saved_account_id", UNSET))

        auto_finalize_videos = check(d.pop("auto_finalize_videos", UNSET), bool, "Bundle", "auto_finalize_videos")

        wants_niche_warming = check(d.pop("wants_niche_warming", UNSET), bool, "Bundle", "wants_niche_warming")

        wants_deep_warming = check(d.pop("wants_deep_warming", UNSET), bool, "Bundle", "wants_deep_warming")

        wants_moderation = check(d.pop("wants_moderation", UNSET), bool, "Bundle", "wants_moderation")

        is_published = check(d.pop("is_published", UNSET), bool, "Bundle", "is_published")

        account_configured = check(d.pop("account_configured", UNSET), bool, "Bundle", "account_configured")

        videos_total = check(d.pop("videos_total", UNSET), int, "Bundle", "videos_total")

        videos_configured_count = check(
            d.pop("videos_configured_count", UNSET), int, "Bundle", "videos_configured_count"
        )

        def _parse_next_action(data: object) -> NextAction | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_action_type_0 = NextAction(data)

                return next_action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ModelValidationError("", "next_action", f"unexpected {type(data).__name__} value")

        next_action = _parse_next_action(d.pop("next_action", UNSET))

        def _parse_account(data: object) -> BundleAccountSummary | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                account_type_0 = BundleAccountSummary.from_dict(data)

                return account_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ModelValidationError("", "account", f"unexpected {type(data).__name__} value")

        account = _parse_account(d.pop("account", UNSET))

        _videos = check(d.pop("videos", UNSET), list, "Bundle", "videos")
        videos: list[BundleVideoSummary] | Unset = UNSET
        if _videos is not UNSET:
            videos = []
            for videos_item_data in _videos:
                videos_item = BundleVideoSummary.from_dict(videos_item_data)

                videos.append(videos_item)

        _created_at = check(d.pop("created_at", UNSET), str, "Bundle", "created_at")
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = check(d.pop("updated_at", UNSET), str, "Bundle", "updated_at")
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        bundle = cls(
            id=id,
            bundle_type=bundle_type,
            platform=platform,
            country=country,
            status=status,
            account_status=account_status,
            title=title,
            videos_quantity=videos_quantity,
            edits_quantity=edits_quantity,
            used_edits=used_edits,
            credit_cost=credit_cost,
            external_ref=external_ref,
            existing_account_id=existing_account_id,
            saved_account_id=saved_account_id,
            auto_finalize_videos=auto_finalize_videos,
            wants_niche_warming=wants_niche_warming,
            wants_deep_warming=wants_deep_warming,
            wants_moderation=wants_moderation,
            is_published=is_published,
            account_configured=account_configured,
            videos_total=videos_total,
            videos_configured_count=videos_configured_count,
            next_action=next_action,
            account=account,
            videos=videos,
            created_at=created_at,
            updated_at=updated_at,
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
