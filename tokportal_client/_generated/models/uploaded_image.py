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
class UploadedImage(OpenModel):
    """An image stored by TokPortal.

    Attributes:
        public_url (str | None):
        storage_path (str | None):
        filename (str | None):
        size_bytes (int | None):
        content_type (str | None):
    """

    public_url: str | None = None
    storage_path: str | None = None
    filename: str | None = None
    size_bytes: int | None = None
    content_type: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("public_url", "public_url", False),
        ("storage_path", "storage_path", False),
        ("filename", "filename", False),
        ("size_bytes", "size_bytes", False),
        ("content_type", "content_type", False),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(src_dict, "UploadedImage", "(root)", f"expected an object, got {type(src_dict).__name__}")
        _pop = d.pop
        public_url: Any = _pop("public_url", None)
        if type(public_url) is not str and public_url is not None:
            public_url = check(public_url, str, "UploadedImage", "public_url")
        storage_path: Any = _pop("storage_path", None)
        if type(storage_path) is not str and storage_path is not None:
            storage_path = check(storage_path, str, "UploadedImage", "storage_path")
        filename: Any = _pop("filename", None)
        if type(filename) is not str and filename is not None:
            filename = check(filename, str, "UploadedImage", "filename")
        size_bytes: Any = _pop("size_bytes", None)
        if type(size_bytes) is not int and size_bytes is not None:
            size_bytes = check(size_bytes, int, "UploadedImage", "size_bytes")
        content_type: Any = _pop("content_type", None)
        if type(content_type) is not str and content_type is not None:
            content_type = check(content_type, str, "UploadedImage", "content_type")
        obj = cls(
            public_url,
            storage_path,
            filename,
            size_bytes,
            content_type,
        )
        obj.additional_properties = d
        return obj
