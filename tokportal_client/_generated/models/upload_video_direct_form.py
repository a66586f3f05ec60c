from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import types
from ..types import File, ModelValidationError, check, required

T = TypeVar("T", bound="UploadVideoDirectForm")


@_attrs_define
class UploadVideoDirectForm:
    """
    Attributes:
        file (File):
        bundle_id (str):
    """

    file: File
    bundle_id: str

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        bundle_id = self.bundle_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file": file,
                "bundle_id": bundle_id,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        files.append(("bundle_id", (None, str(self.bundle_id).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "UploadVideoDirectForm", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        file = File(payload=BytesIO(required(d, "file", "UploadVideoDirectForm")))

        bundle_id = required(d, "bundle_id", "UploadVideoDirectForm")
        if type(bundle_id) is not str:
            bundle_id = check(bundle_id, str, "UploadVideoDirectForm", "bundle_id")

        upload_video_direct_form = cls(
            file,
            bundle_id,
        )

        return upload_video_direct_form
