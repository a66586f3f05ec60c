from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check, required

from ..models.orderable_platform import OrderablePlatform

T = TypeVar("T", bound="CreateBulkBundlesRequest")


@_attrs_define
class CreateBulkBundlesRequest:
    """Create accounts_count x len(platforms) bundles atomically.

    Example:
        {'platforms': ['tiktok'], 'country': 'USA', 'accounts_count': 25}

    Attributes:
        platforms (list[OrderablePlatform]):
        country (str):
        accounts_count (int): Per platform.
        upload_accounts_count (int | Unset):
        videos_per_account (int | Unset):
        wants_niche_warming (bool | Unset):
        wants_deep_warming (bool | Unset):
        wants_advanced_warming (bool | Unset):
        advanced_warming_terms (list[str] | Unset):
        advanced_warming_terms_count (int | Unset):
        niche_warming_instructions (str | Unset):
        auto_finalize_videos (bool | Unset):
        external_ref (str | Unset): Copied to every bundle of the batch.
    """

    platforms: list[OrderablePlatform]
    country: str
    accounts_count: int
    upload_accounts_count: int | Unset = UNSET
    videos_per_account: int | Unset = UNSET
    wants_niche_warming: bool | Unset = UNSET
    wants_deep_warming: bool | Unset = UNSET
    wants_advanced_warming: bool | Unset = UNSET
    advanced_warming_terms: list[str] | Unset = UNSET
    advanced_warming_terms_count: int | Unset = UNSET
    niche_warming_instructions: str | Unset = UNSET
    auto_finalize_videos: bool | Unset = UNSET
    external_ref: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platforms = []
        for platforms_item_data in self.platforms:
            platforms_item = platforms_item_data.value
            platforms.append(platforms_item)

        country = self.country

        accounts_count = self.accounts_count

        upload_accounts_count = self.upload_accounts_count

        videos_per_account = self.videos_per_account

        wants_niche_warming = self.wants_niche_warming

        wants_deep_warming = self.wants_deep_warming

        wants_advanced_warming = self.wants_advanced_warming

        advanced_warming_terms: list[str] | Unset = UNSET
        if not isinstance(self.advanced_warming_terms, Unset):
            advanced_warming_terms = self.advanced_warming_terms

        advanced_warming_terms_count = self.advanced_warming_terms_count

        niche_warming_instructions = self.niche_warming_instructions

        auto_finalize_videos = self.auto_finalize_videos

        external_ref = self.external_ref

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platforms": platforms,
                "country": country,
                "accounts_count": accounts_count,
            }
        )
        if upload_accounts_count is not UNSET:
            field_dict["upload_accounts_count"] = upload_accounts_count
        if videos_per_account is not UNSET:
            field_dict["videos_per_account"] = videos_per_account
        if wants_niche_warming is not UNSET:
            field_dict["wants_niche_warming"] = wants_niche_warming
        if wants_deep_warming is not UNSET:
            field_dict["wants_deep_warming"] = wants_deep_warming
        if wants_advanced_warming is not UNSET:
            field_dict["wants_advanced_warming"] = wants_advanced_warming
        if advanced_warming_terms is not UNSET:
            field_dict["advanced_warming_terms"] = advanced_warming_terms
        if advanced_warming_terms_count is not UNSET:
            field_dict["advanced_warming_terms_count"] = advanced_warming_terms_count
        if niche_warming_instructions is not UNSET:
            field_dict["niche_warming_instructions"] = niche_warming_instructions
        if auto_finalize_videos is not UNSET:
            field_dict["auto_finalize_videos"] = auto_finalize_videos
        if external_ref is not UNSET:
            field_dict["external_ref"] = external_ref

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "CreateBulkBundlesRequest", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        platforms = []
        _platforms = check(
            required(d, "platforms", "CreateBulkBundlesRequest"), list, "CreateBulkBundlesRequest", "platforms"
        )
        for platforms_item_data in _platforms:
            platforms_item = OrderablePlatform(platforms_item_data)

            platforms.append(platforms_item)

        country = required(d, "country", "CreateBulkBundlesRequest")
        if type(country) is not str:
            country = check(country, str, "CreateBulkBundlesRequest", "country")

        accounts_count = required(d, "accounts_count", "CreateBulkBundlesRequest")
        if type(accounts_count) is not int:
            accounts_count = check(accounts_count, int, "CreateBulkBundlesRequest", "accounts_count")

        upload_accounts_count = _pop("upload_accounts_count", UNSET)
        if type(upload_accounts_count) is not int and upload_accounts_count is not UNSET:
            upload_accounts_count = check(
                upload_accounts_count, int, "CreateBulkBundlesRequest", "upload_accounts_count"
            )

        videos_per_account = _pop("videos_per_account", UNSET)
        if type(videos_per_account) is not int and videos_per_account is not UNSET:
            videos_per_account = check(videos_per_account, int, "CreateBulkBundlesRequest", "videos_per_account")

        wants_niche_warming = _pop("wants_niche_warming", UNSET)
        if type(wants_niche_warming) is not bool and wants_niche_warming is not UNSET:
            wants_niche_warming = check(wants_niche_warming, bool, "CreateBulkBundlesRequest", "wants_niche_warming")

        wants_deep_warming = _pop("wants_deep_warming", UNSET)
        if type(wants_deep_warming) is not bool and wants_deep_warming is not UNSET:
            wants_deep_warming = check(wants_deep_warming, bool, "CreateBulkBundlesRequest", "wants_deep_warming")

        wants_advanced_warming = _pop("wants_advanced_warming", UNSET)
        if type(wants_advanced_warming) is not bool and wants_advanced_warming is not UNSET:
            wants_advanced_warming = check(
                wants_advanced_warming, bool, "CreateBulkBundlesRequest", "wants_advanced_warming"
            )

        advanced_warming_terms = cast(
            list[str],
            check(d.pop("advanced_warming_terms", UNSET), list, "CreateBulkBundlesRequest", "advanced_warming_terms"),
        )

        advanced_warming_terms_count = _pop("advanced_warming_terms_count", UNSET)
        if type(advanced_warming_terms_count) is not int and advanced_warming_terms_count is not UNSET:
            advanced_warming_terms_count = check(
                advanced_warming_terms_count, int, "CreateBulkBundlesRequest", "advanced_warming_terms_count"
            )

        niche_warming_instructions = _pop("niche_warming_instructions", UNSET)
        if type(niche_warming_instructions) is not str and niche_warming_instructions is not UNSET:
            niche_warming_instructions = check(
                niche_warming_instructions, str, "CreateBulkBundlesRequest", "niche_warming_instructions"
            )

        auto_finalize_videos = _pop("auto_finalize_videos", UNSET)
        if type(auto_finalize_videos) is not bool and auto_finalize_videos is not UNSET:
            auto_finalize_videos = check(auto_finalize_videos, bool, "CreateBulkBundlesRequest", "auto_finalize_videos")

        external_ref = _pop("external_ref", UNSET)
        if type(external_ref) is not str and external_ref is not UNSET:
            external_ref = check(external_ref, str, "CreateBulkBundlesRequest", "external_ref")

        create_bulk_bundles_request = cls(
            platforms,
            country,
            accounts_count,
            upload_accounts_count,
            videos_per_account,
            wants_niche_warming,
            wants_deep_warming,
            wants_advanced_warming,
            advanced_warming_terms,
            advanced_warming_terms_count,
            niche_warming_instructions,
            auto_finalize_videos,
            external_ref,
        )

        create_bulk_bundles_request.additional_properties = d
        return create_bulk_bundles_request

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
