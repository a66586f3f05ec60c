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
class PresignedImageUpload(OpenModel):
    """A presigned image upload.

    Attributes:
        upload_url (str | None): Short-lived signed upload URL; do not log.
        storage_path (str | None): Use in carousel_images or profile_picture_url.
    """

    upload_url: str | None = None
    storage_path: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("upload_url", "upload_url", False),
        ("storage_path", "storage_path", False),
    )
    _secrets = frozenset(["upload_url"])
    _secret_extras = True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(
                src_dict, "PresignedImageUpload", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        upload_url: Any = _pop("upload_url", None)
        if type(upload_url) is not str and upload_url is not None:
            upload_url = check(upload_url, str, "PresignedImageUpload", "upload_url")
        storage_path: Any = _pop("storage_path", None)
        if type(storage_path) is not str and storage_path is not None:
            storage_path = check(storage_path, str, "PresignedImageUpload", "storage_path")
        obj = cls(
            upload_url,
            storage_path,
        )
        obj.additional_properties = d
        return obj
