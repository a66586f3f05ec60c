from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check, required

if TYPE_CHECKING:
    from ..models.comment_task import CommentTask


T = TypeVar("T", bound="CommentTaskCancelledResponse")


@_attrs_define
class CommentTaskCancelledResponse:
    """
    Attributes:
        data (CommentTask): A comment task.
        credits_refunded (int | Unset): Credits refunded (authoritative).
    """

    data: CommentTask
    credits_refunded: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        credits_refunded = self.credits_refunded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if credits_refunded is not UNSET:
            field_dict["credits_refunded"] = credits_refunded

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "CommentTaskCancelledResponse", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        data = required(d, "data", "CommentTaskCancelledResponse")
        data = CommentTask.from_dict(check(data, dict, "CommentTaskCancelledResponse", "data"))

        credits_refunded = _pop("credits_refunded", UNSET)
        if type(credits_refunded) is not int and credits_refunded is not UNSET:
            credits_refunded = check(credits_refunded, int, "CommentTaskCancelledResponse", "credits_refunded")

        comment_task_cancelled_response = cls(
            data,
            credits_refunded,
        )

        comment_task_cancelled_response.additional_properties = d
        return comment_task_cancelled_response

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


from ..models.comment_task import CommentTask  # noqa: E402
