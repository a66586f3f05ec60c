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

from ..models.orderable_platform import OrderablePlatform, OrderablePlatformLiteral


@_attrs_define(repr=False)
class CreateBulkBundlesRequest(OpenModel):
    """Create accounts_count x len(platforms) bundles atomically.

    Example (JSON; it meets every rule of the contract)::

        {"platforms": ["tiktok"], "country": "USA", "accounts_count": 25}

    Attributes:
        platforms (list[OrderablePlatform | OrderablePlatformLiteral]): Rules: at least 1 items.
        country (str):
        accounts_count (int): Per platform. Rules: >= 1; <= 100.
        upload_accounts_count (int | Unset): Rules: >= 0.
        videos_per_account (int | Unset): Rules: >= 0; <= 500.
        wants_niche_warming (bool | Unset):
        wants_deep_warming (bool | Unset):
        wants_advanced_warming (bool | Unset):
        advanced_warming_terms (list[str] | Unset): Rules: each item: at least 2 characters; at most 50 characters.
        advanced_warming_terms_count (int | Unset): Rules: >= 3; <= 30; a multiple of 3.
        niche_warming_instructions (str | Unset):
        auto_finalize_videos (bool | Unset):
        external_ref (str | Unset): Copied to every bundle of the batch. Rules: at most 200 characters.
    """

    platforms: list[OrderablePlatform | OrderablePlatformLiteral]
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

    _fields = (
        ("platforms", "platforms", True),
        ("country", "country", True),
        ("accounts_count", "accounts_count", True),
        ("upload_accounts_count", "upload_accounts_count", False),
        ("videos_per_account", "videos_per_account", False),
        ("wants_niche_warming", "wants_niche_warming", False),
        ("wants_deep_warming", "wants_deep_warming", False),
        ("wants_advanced_warming", "wants_advanced_warming", False),
        ("advanced_warming_terms", "advanced_warming_terms", False),
        ("advanced_warming_terms_count", "advanced_warming_terms_count", False),
        ("niche_warming_instructions", "niche_warming_instructions", False),
        ("auto_finalize_videos", "auto_finalize_videos", False),
        ("external_ref", "external_ref", False),
    )
    _absent = UNSET
    _rules = {
        "platforms": {"minItems": 1},
        "accounts_count": {"minimum": 1, "maximum": 100},
        "upload_accounts_count": {"minimum": 0},
        "videos_per_account": {"minimum": 0, "maximum": 500},
        "advanced_warming_terms": {"items": {"minLength": 2, "maxLength": 50}},
        "advanced_warming_terms_count": {"minimum": 3, "maximum": 30, "multipleOf": 3},
        "external_ref": {"maxLength": 200},
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
                src_dict, "CreateBulkBundlesRequest", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        platforms: Any = _pop("platforms", MISSING)
        if type(platforms) is list:
            platforms = [parse_enum(OrderablePlatform, i, "CreateBulkBundlesRequest", "platforms") for i in platforms]
        else:
            platforms = check(platforms, list, "CreateBulkBundlesRequest", "platforms")
        country: Any = _pop("country", MISSING)
        if type(country) is not str:
            country = check(country, str, "CreateBulkBundlesRequest", "country")
        accounts_count: Any = _pop("accounts_count", MISSING)
        if type(accounts_count) is not int:
            accounts_count = check(accounts_count, int, "CreateBulkBundlesRequest", "accounts_count")
        upload_accounts_count: Any = _pop("upload_accounts_count", UNSET)
        if type(upload_accounts_count) is not int and upload_accounts_count is not UNSET:
            upload_accounts_count = check(
                upload_accounts_count, int, "CreateBulkBundlesRequest", "upload_accounts_count"
            )
        videos_per_account: Any = _pop("videos_per_account", UNSET)
        if type(videos_per_account) is not int and videos_per_account is not UNSET:
            videos_per_account = check(videos_per_account, int, "CreateBulkBundlesRequest", "videos_per_account")
        wants_niche_warming: Any = _pop("wants_niche_warming", UNSET)
        if type(wants_niche_warming) is not bool and wants_niche_warming is not UNSET:
            wants_niche_warming = check(wants_niche_warming, bool, "CreateBulkBundlesRequest", "wants_niche_warming")
        wants_deep_warming: Any = _pop("wants_deep_warming", UNSET)
        if type(wants_deep_warming) is not bool and wants_deep_warming is not UNSET:
            wants_deep_warming = check(wants_deep_warming, bool, "CreateBulkBundlesRequest", "wants_deep_warming")
        wants_advanced_warming: Any = _pop("wants_advanced_warming", UNSET)
        if type(wants_advanced_warming) is not bool and wants_advanced_warming is not UNSET:
            wants_advanced_warming = check(
                wants_advanced_warming, bool, "CreateBulkBundlesRequest", "wants_advanced_warming"
            )
        advanced_warming_terms: Any = _pop("advanced_warming_terms", UNSET)
        if type(advanced_warming_terms) is list:
            advanced_warming_terms = [
                i if type(i) is str else check(i, str, "CreateBulkBundlesRequest", "advanced_warming_terms")
                for i in advanced_warming_terms
            ]
        elif advanced_warming_terms is not UNSET:
            advanced_warming_terms = check(
                advanced_warming_terms, list, "CreateBulkBundlesRequest", "advanced_warming_terms"
            )
        advanced_warming_terms_count: Any = _pop("advanced_warming_terms_count", UNSET)
        if type(advanced_warming_terms_count) is not int and advanced_warming_terms_count is not UNSET:
            advanced_warming_terms_count = check(
                advanced_warming_terms_count, int, "CreateBulkBundlesRequest", "advanced_warming_terms_count"
            )
        niche_warming_instructions: Any = _pop("niche_warming_instructions", UNSET)
        if type(niche_warming_instructions) is not str and niche_warming_instructions is not UNSET:
            niche_warming_instructions = check(
                niche_warming_instructions, str, "CreateBulkBundlesRequest", "niche_warming_instructions"
            )
        auto_finalize_videos: Any = _pop("auto_finalize_videos", UNSET)
        if type(auto_finalize_videos) is not bool and auto_finalize_videos is not UNSET:
            auto_finalize_videos = check(auto_finalize_videos, bool, "CreateBulkBundlesRequest", "auto_finalize_videos")
        external_ref: Any = _pop("external_ref", UNSET)
        if type(external_ref) is not str and external_ref is not UNSET:
            external_ref = check(external_ref, str, "CreateBulkBundlesRequest", "external_ref")
        obj = cls(
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
        obj.additional_properties = d
        return obj


class CreateBulkBundlesRequestDict(TypedDict):
    """The JSON body of :class:`CreateBulkBundlesRequest` as a plain dict: type checkers check its keys and values."""

    platforms: list[OrderablePlatform | OrderablePlatformLiteral]
    country: str
    accounts_count: int
    upload_accounts_count: NotRequired[int]
    videos_per_account: NotRequired[int]
    wants_niche_warming: NotRequired[bool]
    wants_deep_warming: NotRequired[bool]
    wants_advanced_warming: NotRequired[bool]
    advanced_warming_terms: NotRequired[list[str]]
    advanced_warming_terms_count: NotRequired[int]
    niche_warming_instructions: NotRequired[str]
    auto_finalize_videos: NotRequired[bool]
    external_ref: NotRequired[str]
