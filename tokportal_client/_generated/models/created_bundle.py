from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bundle_status import BundleStatus
from ..models.bundle_type import BundleType
from ..models.platform import Platform
from ..types import UNSET, ModelValidationError, Unset, check

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
        if not isinstance(src_dict, Mapping):
            raise ModelValidationError("CreatedBundle", "(root)", f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        bundle_id = check(d.pop("bundle_id", UNSET), str, "CreatedBundle", "bundle_id")

        id = check(d.pop("id", UNSET), str, "CreatedBundle", "id")

        _bundle_type = check(d.pop("bundle_type", UNSET), str, "CreatedBundle", "bundle_type")
        bundle_type: BundleType | Unset
        if isinstance(_bundle_type, Unset):
            bundle_type = UNSET
        else:
            bundle_type = BundleType(_bundle_type)

        _platform = check(d.pop("platform", UNSET), str, "CreatedBundle", "platform")
        platform: Platform | Unset
        if isinstance(_platform, Unset):
            platform = UNSET
        else:
            platform = Platform(_platform)

        country = check(d.pop("country", UNSET), str, "CreatedBundle", "country")

        _status = check(d.pop("status", UNSET), str, "CreatedBundle", "status")
        status: BundleStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = BundleStatus(_status)

        videos_quantity = check(d.pop("videos_quantity", UNSET), int, "CreatedBundle", "videos_quantity")

        review_mode = check(d.pop("review_mode", UNSET), str, "CreatedBundle", "review_mode")

        _created_at = check(d.pop("created_at", UNSET), str, "CreatedBundle", "created_at")
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        created_bundle = cls(
            bundle_id=bundle_id,
            id=id,
            bundle_type=bundle_type,
            platform=platform,
            country=country,
            status=status,
            videos_quantity=videos_quantity,
            review_mode=review_mode,
            created_at=created_at,
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
