from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check

T = TypeVar("T", bound="StoredImage")


@_attrs_define
class StoredImage:
    """An image fetched from a URL and stored.

    Attributes:
        id (str | Unset):
        storage_path (str | Unset):
        public_url (str | Unset):
    """

    id: str | Unset = UNSET
    storage_path: str | Unset = UNSET
    public_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        storage_path = self.storage_path

        public_url = self.public_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if storage_path is not UNSET:
            field_dict["storage_path"] = storage_path
        if public_url is not UNSET:
            field_dict["public_url"] = public_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError("StoredImage", "(root)", f"expected an object, got {type(src_dict).__name__}")
        _pop = d.pop
        id = _pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = check(id, str, "StoredImage", "id")

        storage_path = _pop("storage_path", UNSET)
        if type(storage_path) is not str and storage_path is not UNSET:
            storage_path = check(storage_path, str, "StoredImage", "storage_path")

        public_url = _pop("public_url", UNSET)
        if type(public_url) is not str and public_url is not UNSET:
            public_url = check(public_url, str, "StoredImage", "public_url")

        stored_image = cls(
            id,
            storage_path,
            public_url,
        )

        stored_image.additional_properties = d
        return stored_image

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
