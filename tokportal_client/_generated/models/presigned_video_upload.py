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
class PresignedVideoUpload(OpenModel):
    """A presigned video upload.

    Attributes:
        upload_url (str | None): PUT the bytes here with the declared Content-Type; short-lived, do not log.
        public_url (str | None): Use as video_url.
    """

    upload_url: str | None = None
    public_url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("upload_url", "upload_url", False),
        ("public_url", "public_url", False),
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
                src_dict, "PresignedVideoUpload", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        upload_url: Any = _pop("upload_url", None)
        if type(upload_url) is not str and upload_url is not None:
            upload_url = check(upload_url, str, "PresignedVideoUpload", "upload_url")
        public_url: Any = _pop("public_url", None)
        if type(public_url) is not str and public_url is not None:
            public_url = check(public_url, str, "PresignedVideoUpload", "public_url")
        obj = cls(
            upload_url,
            public_url,
        )
        obj.additional_properties = d
        return obj
