from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import types
from ..models.upload_purpose import UploadPurpose
from ..types import UNSET, File, ModelValidationError, Unset, check, parse_enum, required

T = TypeVar("T", bound="UploadImageDirectForm")


@_attrs_define
class UploadImageDirectForm:
    """
    Attributes:
        file (File): JPEG, PNG, WebP or GIF.
        bundle_id (str):
        purpose (UploadPurpose | Unset): What an uploaded image is for (default carousel).
    """

    file: File
    bundle_id: str
    purpose: UploadPurpose | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        bundle_id = self.bundle_id

        purpose: str | Unset = UNSET
        if not isinstance(self.purpose, Unset):
            purpose = self.purpose.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file": file,
                "bundle_id": bundle_id,
            }
        )
        if purpose is not UNSET:
            field_dict["purpose"] = purpose

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        files.append(("bundle_id", (None, str(self.bundle_id).encode(), "text/plain")))

        if not isinstance(self.purpose, Unset):
            files.append(("purpose", (None, str(self.purpose.value).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "UploadImageDirectForm", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        file = File(payload=BytesIO(required(d, "file", "UploadImageDirectForm")))

        bundle_id = required(d, "bundle_id", "UploadImageDirectForm")
        if type(bundle_id) is not str:
            bundle_id = check(bundle_id, str, "UploadImageDirectForm", "bundle_id")

        purpose = _pop("purpose", UNSET)
        if purpose is not UNSET:
            _member = UploadPurpose._value2member_map_.get(purpose) if type(purpose) is str else None
            purpose = (
                _member
                if _member is not None
                else parse_enum(UploadPurpose, purpose, "UploadImageDirectForm", "purpose")
            )

        upload_image_direct_form = cls(
            file,
            bundle_id,
            purpose,
        )

        return upload_image_direct_form
