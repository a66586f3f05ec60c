from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check, parse_enum

from ..models.bundle_status import BundleStatus
from ..models.bundle_type import BundleType
from ..models.platform import Platform

T = TypeVar("T", bound="CreatedBundle")


@_attrs_define
class CreatedBundle:
    """The bundle a create call made (placeholder ids on a dry run).

    Attributes:
        bundle_id (str | Unset):
        id (str | Unset):
        bundle_type (BundleType | Unset): Kind of bundle.
        platform (Platform | Unset): Social platform. YouTube appears in listings and analytics; bundle creation rejects
            it (YOUTUBE_DELAYED).
        country (str | Unset):
        status (BundleStatus | Unset): Bundle lifecycle status. Open: new values may appear.
        videos_quantity (int | Unset):
        review_mode (str | Unset): e.g. auto.
        created_at (datetime.datetime | Unset):
    """

    bundle_id: str | Unset = UNSET
    id: str | Unset = UNSET
    bundle_type: BundleType | Unset = UNSET
    platform: Platform | Unset = UNSET
    country: str | Unset = UNSET
    status: BundleStatus | Unset = UNSET
    videos_quantity: int | Unset = UNSET
    review_mode: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bundle_id = self.bundle_id

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

        videos_quantity = self.videos_quantity

        review_mode = self.review_mode

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id
        if id is not UNSET:
            field_dict["id"] = id
        if bundle_type is not UNSET:
            field_dict["bundle_type"] = bundle_type
        if platform is not UNSET:
            field_dict["platform"] = platform
        if country is not UNSET:
            field_dict["country"] = country
        if status is not UNSET:
            field_dict["status"] = status
        if videos_quantity is not UNSET:
            field_dict["videos_quantity"] = videos_quantity
        if review_mode is not UNSET:
            field_dict["review_mode"] = review_mode
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError("CreatedBundle", "(root)", f"expected an object, got {type(src_dict).__name__}")
        _pop = d.pop
        bundle_id = _pop("bundle_id", UNSET)
        if type(bundle_id) is not str and bundle_id is not UNSET:
            bundle_id = check(bundle_id, str, "CreatedBundle", "bundle_id")

        id = _pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = check(id, str, "CreatedBundle", "id")

        bundle_type = _pop("bundle_type", UNSET)
        if bundle_type is not UNSET:
            _member = BundleType._value2member_map_.get(bundle_type) if type(bundle_type) is str else None
            bundle_type = (
                _member if _member is not None else parse_enum(BundleType, bundle_type, "CreatedBundle", "bundle_type")
            )

        platform = _pop("platform", UNSET)
        if platform is not UNSET:
            _member = Platform._value2member_map_.get(platform) if type(platform) is str else None
            platform = _member if _member is not None else parse_enum(Platform, platform, "CreatedBundle", "platform")

        country = _pop("country", UNSET)
        if type(country) is not str and country is not UNSET:
            country = check(country, str, "CreatedBundle", "country")

        status = _pop("status", UNSET)
        if status is not UNSET:
            _member = BundleStatus._value2member_map_.get(status) if type(status) is str else None
            status = _member if _member is not None else parse_enum(BundleStatus, status, "CreatedBundle", "status")

        videos_quantity = _pop("videos_quantity", UNSET)
        if type(videos_quantity) is not int and videos_quantity is not UNSET:
            videos_quantity = check(videos_quantity, int, "CreatedBundle", "videos_quantity")

        review_mode = _pop("review_mode", UNSET)
        if type(review_mode) is not str and review_mode is not UNSET:
            review_mode = check(review_mode, str, "CreatedBundle", "review_mode")

        created_at = _pop("created_at", UNSET)
        if created_at is not UNSET:
            created_at = datetime.datetime.fromisoformat(
                created_at if type(created_at) is str else check(created_at, str, "CreatedBundle", "created_at")
            )

        created_bundle = cls(
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

        created_bundle.additional_properties = d
        return created_bundle

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
