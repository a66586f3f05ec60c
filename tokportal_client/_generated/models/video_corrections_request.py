from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, NotRequired, Self, TypedDict

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

if TYPE_CHECKING:
    from ..models.video_corrections_request_fields import (
        VideoCorrectionsRequestFields,
        VideoCorrectionsRequestFieldsDict,
    )


@_attrs_define(repr=False)
class VideoCorrectionsRequest(OpenModel):
    """The VideoCorrectionsRequest object of the API.

    Example (JSON; it meets every rule of the contract)::

        {"comment": "Please review this item."}

    Attributes:
        comment (str):
        fields (VideoCorrectionsRequestFields | Unset): Per-field feedback.
    """

    comment: str
    fields: VideoCorrectionsRequestFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("comment", "comment", True),
        ("fields", "fields", False),
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
                src_dict, "VideoCorrectionsRequest", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        comment: Any = _pop("comment", MISSING)
        if type(comment) is not str:
            comment = check(comment, str, "VideoCorrectionsRequest", "comment")
        fields: Any = _pop("fields", UNSET)
        if type(fields) is dict:
            fields = VideoCorrectionsRequestFields.from_dict(fields)
        elif fields is not UNSET:
            fields = check(fields, dict, "VideoCorrectionsRequest", "fields")
        obj = cls(
            comment,
            fields,
        )
        obj.additional_properties = d
        return obj


class VideoCorrectionsRequestDict(TypedDict):
    """The JSON body of :class:`VideoCorrectionsRequest` as a plain dict: type checkers check its keys and values."""

    comment: str
    fields: NotRequired[VideoCorrectionsRequestFieldsDict]


from ..models.video_corrections_request_fields import VideoCorrectionsRequestFields  # noqa: E402
