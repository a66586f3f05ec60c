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
)


@_attrs_define(repr=False)
class UploadVideoRequest(OpenModel):
    """The UploadVideoRequest object of the API.

    Example (JSON; it meets every rule of the contract)::

        {"filename": "media.mp4", "bundle_id": "9f3a7b2e-1c4d-4e8f-a5b6-7d9e0f1a2b3c"}

    Attributes:
        filename (str):
        bundle_id (str):
        content_type (str | Unset):
    """

    filename: str
    bundle_id: str
    content_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("filename", "filename", True),
        ("bundle_id", "bundle_id", True),
        ("content_type", "content_type", False),
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
                src_dict, "UploadVideoRequest", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        filename: Any = _pop("filename", MISSING)
        if type(filename) is not str:
            filename = check(filename, str, "UploadVideoRequest", "filename")
        bundle_id: Any = _pop("bundle_id", MISSING)
        if type(bundle_id) is not str:
            bundle_id = check(bundle_id, str, "UploadVideoRequest", "bundle_id")
        content_type: Any = _pop("content_type", UNSET)
        if type(content_type) is not str and content_type is not UNSET:
            content_type = check(content_type, str, "UploadVideoRequest", "content_type")
        obj = cls(
            filename,
            bundle_id,
            content_type,
        )
        obj.additional_properties = d
        return obj


class UploadVideoRequestDict(TypedDict):
    """The JSON body of :class:`UploadVideoRequest` as a plain dict: type checkers check its keys and values."""

    filename: str
    bundle_id: str
    content_type: NotRequired[str]
