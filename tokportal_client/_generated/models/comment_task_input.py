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
class CommentTaskInput(OpenModel):
    """One comment to post.

    Attributes:
        saved_account_id (str):
        target_video_url (str):
        comment_text (str): Max 150 chars on TikTok, 2200 on Instagram. Rules: at least 1 characters.
        brief_id (str | None | Unset):
    """

    saved_account_id: str
    target_video_url: str
    comment_text: str
    brief_id: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("saved_account_id", "saved_account_id", True),
        ("target_video_url", "target_video_url", True),
        ("comment_text", "comment_text", True),
        ("brief_id", "brief_id", False),
    )
    _absent = UNSET
    _rules = {"comment_text": {"minLength": 1}}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(
                src_dict, "CommentTaskInput", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        saved_account_id: Any = _pop("saved_account_id", MISSING)
        if type(saved_account_id) is not str:
            saved_account_id = check(saved_account_id, str, "CommentTaskInput", "saved_account_id")
        target_video_url: Any = _pop("target_video_url", MISSING)
        if type(target_video_url) is not str:
            target_video_url = check(target_video_url, str, "CommentTaskInput", "target_video_url")
        comment_text: Any = _pop("comment_text", MISSING)
        if type(comment_text) is not str:
            comment_text = check(comment_text, str, "CommentTaskInput", "comment_text")
        brief_id: Any = _pop("brief_id", UNSET)
        if type(brief_id) is not str and brief_id is not UNSET and brief_id is not None:
            brief_id = check(brief_id, str, "CommentTaskInput", "brief_id")
        obj = cls(
            saved_account_id,
            target_video_url,
            comment_text,
            brief_id,
        )
        obj.additional_properties = d
        return obj


class CommentTaskInputDict(TypedDict):
    """The JSON body of :class:`CommentTaskInput` as a plain dict: type checkers check its keys and values."""

    saved_account_id: str
    target_video_url: str
    comment_text: str
    brief_id: NotRequired[str | None]
