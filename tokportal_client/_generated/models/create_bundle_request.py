from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check, parse_enum, required

from ..models.bundle_type import BundleType
from ..models.orderable_platform import OrderablePlatform

T = TypeVar("T", bound="CreateBundleRequest")


@_attrs_define
class CreateBundleRequest:
    """Create one bundle. All fields are top level.

    Example:
        {'bundle_type': 'account_only'}

    Attributes:
        bundle_type (BundleType): Kind of bundle.
        platform (OrderablePlatform | Unset): Platform a bundle can be ordered for through the API.
        country (str | Unset): Required for account_only and account_and_videos; a code or alias from GET /countries.
        account_id (str | Unset): Saved account id; required for, and only allowed with, videos_only.
        videos_quantity (int | Unset):
        edits_quantity (int | Unset): At most videos_quantity.
        title (str | Unset):
        external_ref (str | Unset): Your reference; a duplicate-detection aid, not a retry key.
        auto_finalize_videos (bool | Unset):
        wants_niche_warming (bool | Unset):
        niche_warming_instructions (str | Unset):
        wants_deep_warming (bool | Unset):
        wants_advanced_warming (bool | Unset):
        advanced_warming_terms (list[str] | Unset):
        advanced_warming_terms_count (int | Unset):
        wants_moderation (bool | Unset): Legacy; ignored.
        moderation_notice (str | Unset): Legacy; ignored.
    """

    bundle_type: BundleType
    platform: OrderablePlatform | Unset = UNSET
    country: str | Unset = UNSET
    account_id: str | Unset = UNSET
    videos_quantity: int | Unset = UNSET
    edits_quantity: int | Unset = UNSET
    title: str | Unset = UNSET
    external_ref: str | Unset = UNSET
    auto_finalize_videos: bool | Unset = UNSET
    wants_niche_warming: bool | Unset = UNSET
    niche_warming_instructions: str | Unset = UNSET
    wants_deep_warming: bool | Unset = UNSET
    wants_advanced_warming: bool | Unset = UNSET
    advanced_warming_terms: list[str] | Unset = UNSET
    advanced_warming_terms_count: int | Unset = UNSET
    wants_moderation: bool | Unset = UNSET
    moderation_notice: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bundle_type = self.bundle_type.value

        platform: str | Unset = UNSET
        if not isinstance(self.platform, Unset):
            platform = self.platform.value

        country = self.country

        account_id = self.account_id

        videos_quantity = self.videos_quantity

        edits_quantity = self.edits_quantity

        title = self.title

        external_ref = self.external_ref

        auto_finalize_videos = self.auto_finalize_videos

        wants_niche_warming = self.wants_niche_warming

        niche_warming_instructions = self.niche_warming_instructions

        wants_deep_warming = self.wants_deep_warming

        wants_advanced_warming = self.wants_advanced_warming

        advanced_warming_terms: list[str] | Unset = UNSET
        if not isinstance(self.advanced_warming_terms, Unset):
            advanced_warming_terms = self.advanced_warming_terms

        advanced_warming_terms_count = self.advanced_warming_terms_count

        wants_moderation = self.wants_moderation

        moderation_notice = self.moderation_notice

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bundle_type": bundle_type,
            }
        )
        if platform is not UNSET:
            field_dict["platform"] = platform
        if country is not UNSET:
            field_dict["country"] = country
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if videos_quantity is not UNSET:
            field_dict["videos_quantity"] = videos_quantity
        if edits_quantity is not UNSET:
            field_dict["edits_quantity"] = edits_quantity
        if title is not UNSET:
            field_dict["title"] = title
        if external_ref is not UNSET:
            field_dict["external_ref"] = external_ref
        if auto_finalize_videos is not UNSET:
            field_dict["auto_finalize_videos"] = auto_finalize_videos
        if wants_niche_warming is not UNSET:
            field_dict["wants_niche_warming"] = wants_niche_warming
        if niche_warming_instructions is not UNSET:
            field_dict["niche_warming_instructions"] = niche_warming_instructions
        if wants_deep_warming is not UNSET:
            field_dict["wants_deep_warming"] = wants_deep_warming
        if wants_advanced_warming is not UNSET:
            field_dict["wants_advanced_warming"] = wants_advanced_warming
        if advanced_warming_terms is not UNSET:
            field_dict["advanced_warming_terms"] = advanced_warming_terms
        if advanced_warming_terms_count is not UNSET:
            field_dict["advanced_warming_terms_count"] = advanced_warming_terms_count
        if wants_moderation is not UNSET:
            field_dict["wants_moderation"] = wants_moderation
        if moderation_notice is not UNSET:
            field_dict["moderation_notice"] = moderation_notice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "CreateBundleRequest", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        bundle_type: Any = required(d, "bundle_type", "CreateBundleRequest")
        _member = BundleType._value2member_map_.get(bundle_type) if type(bundle_type) is str else None
        bundle_type = (
            _member
            if _member is not None
            else parse_enum(BundleType, bundle_type, "CreateBundleRequest", "bundle_type")
        )

        platform = _pop("platform", UNSET)
        if platform is not UNSET:
            _member = OrderablePlatform._value2member_map_.get(platform) if type(platform) is str else None
            platform = (
                _member
                if _member is not None
                else parse_enum(OrderablePlatform, platform, "CreateBundleRequest", "platform")
            )

        country = _pop("country", UNSET)
        if type(country) is not str and country is not UNSET:
            country = check(country, str, "CreateBundleRequest", "country")

        account_id = _pop("account_id", UNSET)
        if type(account_id) is not str and account_id is not UNSET:
            account_id = check(account_id, str, "CreateBundleRequest", "account_id")

        videos_quantity = _pop("videos_quantity", UNSET)
        if type(videos_quantity) is not int and videos_quantity is not UNSET:
            videos_quantity = check(videos_quantity, int, "CreateBundleRequest", "videos_quantity")

        edits_quantity = _pop("edits_quantity", UNSET)
        if type(edits_quantity) is not int and edits_quantity is not UNSET:
            edits_quantity = check(edits_quantity, int, "CreateBundleRequest", "edits_quantity")

        title = _pop("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = check(title, str, "CreateBundleRequest", "title")

        external_ref = _pop("external_ref", UNSET)
        if type(external_ref) is not str and external_ref is not UNSET:
            external_ref = check(external_ref, str, "CreateBundleRequest", "external_ref")

        auto_finalize_videos = _pop("auto_finalize_videos", UNSET)
        if type(auto_finalize_videos) is not bool and auto_finalize_videos is not UNSET:
            auto_finalize_videos = check(auto_finalize_videos, bool, "CreateBundleRequest", "auto_finalize_videos")

        wants_niche_warming = _pop("wants_niche_warming", UNSET)
        if type(wants_niche_warming) is not bool and wants_niche_warming is not UNSET:
            wants_niche_warming = check(wants_niche_warming, bool, "CreateBundleRequest", "wants_niche_warming")

        niche_warming_instructions = _pop("niche_warming_instructions", UNSET)
        if type(niche_warming_instructions) is not str and niche_warming_instructions is not UNSET:
            niche_warming_instructions = check(
                niche_warming_instructions, str, "CreateBundleRequest", "niche_warming_instructions"
            )

        wants_deep_warming = _pop("wants_deep_warming", UNSET)
        if type(wants_deep_warming) is not bool and wants_deep_warming is not UNSET:
            wants_deep_warming = check(wants_deep_warming, bool, "CreateBundleRequest", "wants_deep_warming")

        wants_advanced_warming = _pop("wants_advanced_warming", UNSET)
        if type(wants_advanced_warming) is not bool and wants_advanced_warming is not UNSET:
            wants_advanced_warming = check(
                wants_advanced_warming, bool, "CreateBundleRequest", "wants_advanced_warming"
            )

        advanced_warming_terms = cast(
            list[str],
            check(d.pop("advanced_warming_terms", UNSET), list, "CreateBundleRequest", "advanced_warming_terms"),
        )

        advanced_warming_terms_count = _pop("advanced_warming_terms_count", UNSET)
        if type(advanced_warming_terms_count) is not int and advanced_warming_terms_count is not UNSET:
            advanced_warming_terms_count = check(
                advanced_warming_terms_count, int, "CreateBundleRequest", "advanced_warming_terms_count"
            )

        wants_moderation = _pop("wants_moderation", UNSET)
        if type(wants_moderation) is not bool and wants_moderation is not UNSET:
            wants_moderation = check(wants_moderation, bool, "CreateBundleRequest", "wants_moderation")

        moderation_notice = _pop("moderation_notice", UNSET)
        if type(moderation_notice) is not str and moderation_notice is not UNSET:
            moderation_notice = check(moderation_notice, str, "CreateBundleRequest", "moderation_notice")

        create_bundle_request = cls(
            bundle_type,
            platform,
            country,
            account_id,
            videos_quantity,
            edits_quantity,
            title,
            external_ref,
            auto_finalize_videos,
            wants_niche_warming,
            niche_warming_instructions,
            wants_deep_warming,
            wants_advanced_warming,
            advanced_warming_terms,
            advanced_warming_terms_count,
            wants_moderation,
            moderation_notice,
        )

        create_bundle_request.additional_properties = d
        return create_bundle_request

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
