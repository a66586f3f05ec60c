from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check, parse_enum

from ..models.bundle_status import BundleStatus

T = TypeVar("T", bound="BundlePublishState")


@_attrs_define
class BundlePublishState:
    """Bundle status after publish or unpublish.

    Attributes:
        id (str | Unset):
        status (BundleStatus | Unset): Bundle lifecycle status. Open: new values may appear.
        published_at (datetime.datetime | None | Unset):
        unpublished_at (datetime.datetime | None | Unset):
    """

    id: str | Unset = UNSET
    status: BundleStatus | Unset = UNSET
    published_at: datetime.datetime | None | Unset = UNSET
    unpublished_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        published_at: None | str | Unset
        if isinstance(self.published_at, Unset):
            published_at = UNSET
        elif isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        unpublished_at: None | str | Unset
        if isinstance(self.unpublished_at, Unset):
            unpublished_at = UNSET
        elif isinstance(self.unpublished_at, datetime.datetime):
            unpublished_at = self.unpublished_at.isoformat()
        else:
            unpublished_at = self.unpublished_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if published_at is not UNSET:
            field_dict["published_at"] = published_at
        if unpublished_at is not UNSET:
            field_dict["unpublished_at"] = unpublished_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "BundlePublishState", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        id = _pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = check(id, str, "BundlePublishState", "id")

        status = _pop("status", UNSET)
        if status is not UNSET:
            _member = BundleStatus._value2member_map_.get(status) if type(status) is str else None
            status = (
                _member if _member is not None else parse_enum(BundleStatus, status, "BundlePublishState", "status")
            )

        def _parse_published_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ModelValidationError("", "published_at", f"unexpected {type(data).__name__} value")

        published_at = _parse_published_at(d.pop("published_at", UNSET))

        def _parse_unpublished_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unpublished_at_type_0 = datetime.datetime.fromisoformat(data)

                return unpublished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ModelValidationError("", "unpublished_at", f"unexpected {type(data).__name__} value")

        unpublished_at = _parse_unpublished_at(d.pop("unpublished_at", UNSET))

        bundle_publish_state = cls(
            id,
            status,
            published_at,
            unpublished_at,
        )

        bundle_publish_state.additional_properties = d
        return bundle_publish_state

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
