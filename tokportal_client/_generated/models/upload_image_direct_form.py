from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from tokportal_client._models_runtime import (
    MISSING,
    UNSET,
    Model,
    Unset,
    check,
    mismatch,
    parse_enum,
)

from ..models.upload_purpose import UploadPurpose, UploadPurposeLiteral
from ..types import File


@_attrs_define(repr=False)
class UploadImageDirectForm(Model):
    """The UploadImageDirectForm object of the API.

    Attributes:
        file (File): JPEG, PNG, WebP or GIF.
        bundle_id (str):
        purpose (UploadPurpose | UploadPurposeLiteral | Unset): What an uploaded image is for (default carousel).
    """

    file: File
    bundle_id: str
    purpose: UploadPurpose | UploadPurposeLiteral | Unset = UNSET

    _fields = (
        ("file", "file", True),
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
                src_dict, "UploadImageDirectForm", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        file: Any = _pop("file", MISSING)
        if file is MISSING:
            file = check(file, object, "UploadImageDirectForm", "file")
        bundle_id: Any = _pop("bundle_id", MISSING)
        if type(bundle_id) is not str:
            bundle_id = check(bundle_id, str, "UploadImageDirectForm", "bundle_id")
        purpose: Any = _pop("purpose", UNSET)
        if purpose is not UNSET:
            _member = UploadPurpose._value2member_map_.get(purpose) if type(purpose) is str else None
            purpose = (
                _member
                if _member is not None
                else parse_enum(UploadPurpose, purpose, "UploadImageDirectForm", "purpose")
            )
        obj = cls(
            file,
            bundle_id,
            purpose,
        )
        return obj
