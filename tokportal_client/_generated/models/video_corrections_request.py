from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check, required

if TYPE_CHECKING:
    from ..models.video_corrections_request_fields import VideoCorrectionsRequestFields


T = TypeVar("T", bound="VideoCorrectionsRequest")


@_attrs_define
class VideoCorrectionsRequest:
    """
    Example:
        {'comment': 'Please review this item.'}

    Attributes:
        comment (str):
        fields (VideoCorrectionsRequestFields | Unset): Per-field feedback.
    """

    comment: str
    fields: VideoCorrectionsRequestFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comment = self.comment

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "comment": comment,
            }
        )
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "VideoCorrectionsRequest", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        comment = required(d, "comment", "VideoCorrectionsRequest")
        if type(comment) is not str:
            comment = check(comment, str, "VideoCorrectionsRequest", "comment")

        fields = _pop("fields", UNSET)
        if fields is not UNSET:
            fields = VideoCorrectionsRequestFields.from_dict(check(fields, dict, "VideoCorrectionsRequest", "fields"))

        video_corrections_request = cls(
            comment,
            fields,
        )

        video_corrections_request.additional_properties = d
        return video_corrections_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.video_corrections_request_fields import VideoCorrectionsRequestFields  # noqa: E402
