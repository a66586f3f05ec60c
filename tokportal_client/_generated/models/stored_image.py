from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._models_runtime import (
    OpenModel,
    check,
    mismatch,
)


@_attrs_define(repr=False)
class StoredImage(OpenModel):
    """An image fetched from a URL and stored.

    Attributes:
        id (str | None):
        storage_path (str | None):
        public_url (str | None):
    """

    id: str | None = None
    storage_path: str | None = None
    public_url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("id", "id", False),
        ("storage_path", "storage_path", False),
        ("public_url", "public_url", False),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(src_dict, "StoredImage", "(root)", f"expected an object, got {type(src_dict).__name__}")
        _pop = d.pop
        id: Any = _pop("id", None)
        if type(id) is not str and id is not None:
            id = check(id, str, "StoredImage", "id")
        storage_path: Any = _pop("storage_path", None)
        if type(storage_path) is not str and storage_path is not None:
            storage_path = check(storage_path, str, "StoredImage", "storage_path")
        public_url: Any = _pop("public_url", None)
        if type(public_url) is not str and public_url is not None:
            public_url = check(public_url, str, "StoredImage", "public_url")
        obj = cls(
            id,
            storage_path,
            public_url,
        )
        obj.additional_properties = d
        return obj
