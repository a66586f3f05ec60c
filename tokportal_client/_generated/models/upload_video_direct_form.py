from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from tokportal_client._models_runtime import (
    MISSING,
    UNSET,
    Model,
    check,
    mismatch,
)

from ..types import File


@_attrs_define(repr=False)
class UploadVideoDirectForm(Model):
    """The UploadVideoDirectForm object of the API.

    Attributes:
        file (File):
        bundle_id (str):
    """

    file: File
    bundle_id: str

    _fields = (
        ("file", "file", True),
        ("bundle_id", "bundle_id", True),
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
                src_dict, "UploadVideoDirectForm", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        file: Any = _pop("file", MISSING)
        if file is MISSING:
            file = check(file, object, "UploadVideoDirectForm", "file")
        bundle_id: Any = _pop("bundle_id", MISSING)
        if type(bundle_id) is not str:
            bundle_id = check(bundle_id, str, "UploadVideoDirectForm", "bundle_id")
        obj = cls(
            file,
            bundle_id,
        )
        return obj
