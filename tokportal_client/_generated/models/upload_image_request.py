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

from ..models.upload_purpose import UploadPurpose, UploadPurposeLiteral


@_attrs_define(repr=False)
class UploadImageRequest(OpenModel):
    """The UploadImageRequest object of the API.

    Example (JSON; it meets every rule of the contract)::

        {"filename": "media.mp4", "content_type": "video/mp4", "bundle_id": "9f3a7b2e-1c4d-4e8f-a5b6-7d9e0f1a2b3c"}

    Attributes:
        filename (str):
        content_type (str):
        bundle_id (str):
        purpose (UploadPurpose | UploadPurposeLiteral | Unset): What an uploaded image is for (default carousel).
    """

    filename: str
    content_type: str
    bundle_id: str
    purpose: UploadPurpose | UploadPurposeLiteral | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("filename", "filename", True),
        ("content_type", "content_type", True),
        ("bundle_id", "bundle_id", True),
        ("purpose", "purpose", False),
    )
    _absent = UNSET

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(
                src_dict, "UploadImageRequest", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        filename: Any = _pop("filename", MISSING)
        if type(filename) is not str:
            filename = check(filename, str, "UploadImageRequest", "filename")
        content_type: Any = _pop("content_type", MISSING)
        if type(content_type) is not str:
            content_type = check(content_type, str, "UploadImageRequest", "content_type")
        bundle_id: Any = _pop("bundle_id", MISSING)
        if type(bundle_id) is not str:
            bundle_id = check(bundle_id, str, "UploadImageRequest", "bundle_id")
        purpose: Any = _pop("purpose", UNSET)
        if purpose is not UNSET:
            _member = UploadPurpose._value2member_map_.get(purpose) if type(purpose) is str else None
            purpose = (
                _member if _member is not None else parse_enum(UploadPurpose, purpose, "UploadImageRequest", "purpose")
            )
        obj = cls(
            filename,
            content_type,
            bundle_id,
            purpose,
        )
        obj.additional_properties = d
        return obj


class UploadImageRequestDict(TypedDict):
    """The JSON body of :class:`UploadImageRequest` as a plain dict: type checkers check its keys and values."""

    filename: str
    content_type: str
    bundle_id: str
    purpose: NotRequired[UploadPurpose | UploadPurposeLiteral]
