from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, check, check_union, required

T = TypeVar("T", bound="CommentTaskInput")


@_attrs_define
class CommentTaskInput:
    """One comment to post.

    Attributes:
        saved_account_id (str):
        target_video_url (str):
        comment_text (str): Max 150 chars on TikTok, 2200 on Instagram.
        brief_id (None | str | Unset):
    """

    saved_account_id: str
    target_video_url: str
    comment_text: str
    brief_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        saved_account_id = self.saved_account_id

        target_video_url = self.target_video_url

        comment_text = self.comment_text

        brief_id: None | str | Unset
        if isinstance(self.brief_id, Unset):
            brief_id = UNSET
        else:
            brief_id = self.brief_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "saved_account_id": saved_account_id,
                "target_video_url": target_video_url,
                "comment_text": comment_text,
            }
        )
        if brief_id is not UNSET:
            field_dict["brief_id"] = brief_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ModelValidationError(
                "CommentTaskInput", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        saved_account_id = check(
            required(d, "saved_account_id", "CommentTaskInput"), str, "CommentTaskInput", "saved_account_id"
        )

        target_video_url = check(
            required(d, "target_video_url", "CommentTaskInput"), str, "CommentTaskInput", "target_video_url"
        )

        comment_text = check(required(d, "comment_text", "CommentTaskInput"), str, "CommentTaskInput", "comment_text")

        def _parse_brief_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, check_union(data, (str,), "", "brief_id"))

        brief_id = _parse_brief_id(d.pop("brief_id", UNSET))

        comment_task_input = cls(
            saved_account_id=saved_account_id,
            target_video_url=target_video_url,
            comment_text=comment_text,
            brief_id=brief_id,
        )

        comment_task_input.additional_properties = d
        return comment_task_input

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
