from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._models_runtime import (
    MISSING,
    UNSET,
    OpenModel,
    check,
    mismatch,
)

if TYPE_CHECKING:
    from ..models.comment_task_input import CommentTaskInput, CommentTaskInputDict


@_attrs_define(repr=False)
class CommentTaskBatch(OpenModel):
    """Up to 200 comments.

    Attributes:
        tasks (list[CommentTaskInput]): Rules: at least 1 items; at most 200 items.
    """

    tasks: list[CommentTaskInput]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (("tasks", "tasks", True),)
    _absent = UNSET
    _rules = {"tasks": {"minItems": 1, "maxItems": 200}}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(
                src_dict, "CommentTaskBatch", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        tasks: Any = _pop("tasks", MISSING)
        if type(tasks) is list:
            tasks = [CommentTaskInput.from_dict(i) for i in tasks]
        else:
            tasks = check(tasks, list, "CommentTaskBatch", "tasks")
        obj = cls(
            tasks,
        )
        obj.additional_properties = d
        return obj


class CommentTaskBatchDict(TypedDict):
    """The JSON body of :class:`CommentTaskBatch` as a plain dict: type checkers check its keys and values."""

    tasks: list[CommentTaskInputDict]


from ..models.comment_task_input import CommentTaskInput  # noqa: E402
