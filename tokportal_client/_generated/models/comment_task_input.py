from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check, check_union, required

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
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "CommentTaskInput", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        saved_account_id = required(d, "saved_account_id", "CommentTaskInput")
        if type(saved_account_id) is not str:
            saved_account_id = check(saved_account_id, str, "CommentTaskInput", "saved_account_id")

        target_video_url = required(d, "target_video_url", "CommentTaskInput")
        if type(target_video_url) is not str:
            target_video_url = check(target_video_url, str, "CommentTaskInput", "target_video_url")

        comment_text = required(d, "comment_text", "CommentTaskInput")
        if type(comment_text) is not str:
            comment_text = check(comment_text, str, "CommentTaskInput", "comment_text")

        brief_id = _pop("brief_id", UNSET)
        if type(brief_id) is not str and brief_id is not None and brief_id is not UNSET:
            brief_id = check_union(brief_id, (str,), "", "brief_id")

        comment_task_input = cls(
            saved_account_id,
            target_video_url,
            comment_text,
            brief_id,
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
