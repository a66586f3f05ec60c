from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NotRequired, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._models_runtime import (
    MISSING,
    UNSET,
    OpenModel,
    Unset,
    check,
    mismatch,
    parse_enum,
)

from ..models.bundle_type import BundleType, BundleTypeLiteral
from ..models.orderable_platform import OrderablePlatform, OrderablePlatformLiteral


@_attrs_define(repr=False)
class CreateBundleRequest(OpenModel):
    """Create one bundle. All fields are top level.

    Example (JSON; it meets every rule of the contract)::

        {"bundle_type": "account_only", "platform": "tiktok", "country": "USA"}

    Attributes:
        bundle_type (BundleType | BundleTypeLiteral): Kind of bundle.
        platform (OrderablePlatform | OrderablePlatformLiteral | Unset): Platform a bundle can be ordered for
            through the API.
        country (str | Unset): Required for account_only and account_and_videos; a code or alias from GET
            /countries.
        account_id (str | Unset): Saved account id; required for, and only allowed with, videos_only.
        videos_quantity (int | Unset): Rules: >= 0.
        edits_quantity (int | Unset): At most videos_quantity. Rules: >= 0.
        title (str | Unset): Rules: at most 200 characters.
        external_ref (str | Unset): Your reference; a duplicate-detection aid, not a retry key. Rules: at most 200
            characters.
        auto_finalize_videos (bool | Unset):
        wants_niche_warming (bool | Unset):
        niche_warming_instructions (str | Unset):
        wants_deep_warming (bool | Unset):
        wants_advanced_warming (bool | Unset):
        advanced_warming_terms (list[str] | Unset): Rules: at least 3 items; at most 30 items; each item: at least 2
            characters; at most 50 characters.
        advanced_warming_terms_count (int | Unset): Rules: >= 3; <= 30; a multiple of 3.
        wants_moderation (bool | Unset): Legacy; ignored.
        moderation_notice (str | Unset): Legacy; ignored.
    """

    bundle_type: BundleType | BundleTypeLiteral
    platform: OrderablePlatform | OrderablePlatformLiteral | Unset = UNSET
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

    _fields = (
        ("bundle_type", "bundle_type", True),
        ("platform", "platform", False),
        ("country", "country", False),
        ("account_id", "account_id", False),
        ("videos_quantity", "videos_quantity", False),
        ("edits_quantity", "edits_quantity", False),
        ("title", "title", False),
        ("external_ref", "external_ref", False),
        ("auto_finalize_videos", "auto_finalize_videos", False),
        ("wants_niche_warming", "wants_niche_warming", False),
        ("niche_warming_instructions", "niche_warming_instructions", False),
        ("wants_deep_warming", "wants_deep_warming", False),
        ("wants_advanced_warming", "wants_advanced_warming", False),
        ("advanced_warming_terms", "advanced_warming_terms", False),
        ("advanced_warming_terms_count", "advanced_warming_terms_count", False),
        ("wants_moderation", "wants_moderation", False),
        ("moderation_notice", "moderation_notice", False),
    )
    _absent = UNSET
    _rules = {
        "videos_quantity": {"minimum": 0},
        "edits_quantity": {"minimum": 0},
        "title": {"maxLength": 200},
        "external_ref": {"maxLength": 200},
        "advanced_warming_terms": {"minItems": 3, "maxItems": 30, "items": {"minLength": 2, "maxLength": 50}},
        "advanced_warming_terms_count": {"minimum": 3, "maximum": 30, "multipleOf": 3},
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(
                src_dict, "CreateBundleRequest", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        bundle_type: Any = _pop("bundle_type", MISSING)
        _member = BundleType._value2member_map_.get(bundle_type) if type(bundle_type) is str else None
        bundle_type = (
            _member
            if _member is not None
            else parse_enum(BundleType, bundle_type, "CreateBundleRequest", "bundle_type")
        )
        platform: Any = _pop("platform", UNSET)
        if platform is not UNSET:
            _member = OrderablePlatform._value2member_map_.get(platform) if type(platform) is str else None
            platform = (
                _member
                if _member is not None
                else parse_enum(OrderablePlatform, platform, "CreateBundleRequest", "platform")
            )
        country: Any = _pop("country", UNSET)
        if type(country) is not str and country is not UNSET:
            country = check(country, str, "CreateBundleRequest", "country")
        account_id: Any = _pop("account_id", UNSET)
        if type(account_id) is not str and account_id is not UNSET:
            account_id = check(account_id, str, "CreateBundleRequest", "account_id")
        videos_quantity: Any = _pop("videos_quantity", UNSET)
        if type(videos_quantity) is not int and videos_quantity is not UNSET:
            videos_quantity = check(videos_quantity, int, "CreateBundleRequest", "videos_quantity")
        edits_quantity: Any = _pop("edits_quantity", UNSET)
        if type(edits_quantity) is not int and edits_quantity is not UNSET:
            edits_quantity = check(edits_quantity, int, "CreateBundleRequest", "edits_quantity")
        title: Any = _pop("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = check(title, str, "CreateBundleRequest", "title")
        external_ref: Any = _pop("external_ref", UNSET)
        if type(external_ref) is not str and external_ref is not UNSET:
            external_ref = check(external_ref, str, "CreateBundleRequest", "external_ref")
        auto_finalize_videos: Any = _pop("auto_finalize_videos", UNSET)
        if type(auto_finalize_videos) is not bool and auto_finalize_videos is not UNSET:
            auto_finalize_videos = check(auto_finalize_videos, bool, "CreateBundleRequest", "auto_finalize_videos")
        wants_niche_warming: Any = _pop("wants_niche_warming", UNSET)
        if type(wants_niche_warming) is not bool and wants_niche_warming is not UNSET:
            wants_niche_warming = check(wants_niche_warming, bool, "CreateBundleRequest", "wants_niche_warming")
        niche_warming_instructions: Any = _pop("niche_warming_instructions", UNSET)
        if type(niche_warming_instructions) is not str and niche_warming_instructions is not UNSET:
            niche_warming_instructions = check(
                niche_warming_instructions, str, "CreateBundleRequest", "niche_warming_instructions"
            )
        wants_deep_warming: Any = _pop("wants_deep_warming", UNSET)
        if type(wants_deep_warming) is not bool and wants_deep_warming is not UNSET:
            wants_deep_warming = check(wants_deep_warming, bool, "CreateBundleRequest", "wants_deep_warming")
        wants_advanced_warming: Any = _pop("wants_advanced_warming", UNSET)
        if type(wants_advanced_warming) is not bool and wants_advanced_warming is not UNSET:
            wants_advanced_warming = check(
                wants_advanced_warming, bool, "CreateBundleRequest", "wants_advanced_warming"
            )
        advanced_warming_terms: Any = _pop("advanced_warming_terms", UNSET)
        if type(advanced_warming_terms) is list:
            advanced_warming_terms = [
                i if type(i) is str else check(i, str, "CreateBundleRequest", "advanced_warming_terms")
                for i in advanced_warming_terms
            ]
        elif advanced_warming_terms is not UNSET:
            advanced_warming_terms = check(
                advanced_warming_terms, list, "CreateBundleRequest", "advanced_warming_terms"
            )
        advanced_warming_terms_count: Any = _pop("advanced_warming_terms_count", UNSET)
        if type(advanced_warming_terms_count) is not int and advanced_warming_terms_count is not UNSET:
            advanced_warming_terms_count = check(
                advanced_warming_terms_count, int, "CreateBundleRequest", "advanced_warming_terms_count"
            )
        wants_moderation: Any = _pop("wants_moderation", UNSET)
        if type(wants_moderation) is not bool and wants_moderation is not UNSET:
            wants_moderation = check(wants_moderation, bool, "CreateBundleRequest", "wants_moderation")
        moderation_notice: Any = _pop("moderation_notice", UNSET)
        if type(moderation_notice) is not str and moderation_notice is not UNSET:
            moderation_notice = check(moderation_notice, str, "CreateBundleRequest", "moderation_notice")
        obj = cls(
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
        obj.additional_properties = d
        return obj


class CreateBundleRequestDict(TypedDict):
    """The JSON body of :class:`CreateBundleRequest` as a plain dict: type checkers check its keys and values."""

    bundle_type: BundleType | BundleTypeLiteral
    platform: NotRequired[OrderablePlatform | OrderablePlatformLiteral]
    country: NotRequired[str]
    account_id: NotRequired[str]
    videos_quantity: NotRequired[int]
    edits_quantity: NotRequired[int]
    title: NotRequired[str]
    external_ref: NotRequired[str]
    auto_finalize_videos: NotRequired[bool]
    wants_niche_warming: NotRequired[bool]
    niche_warming_instructions: NotRequired[str]
    wants_deep_warming: NotRequired[bool]
    wants_advanced_warming: NotRequired[bool]
    advanced_warming_terms: NotRequired[list[str]]
    advanced_warming_terms_count: NotRequired[int]
    wants_moderation: NotRequired[bool]
    moderation_notice: NotRequired[str]
