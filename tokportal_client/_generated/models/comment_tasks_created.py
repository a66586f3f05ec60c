from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._models_runtime import (
    MISSING,
    OpenModel,
    check,
    mismatch,
)

if TYPE_CHECKING:
    from ..models.comment_task import CommentTask
    from ..models.comment_tasks_created_rejected_item import CommentTasksCreatedRejectedItem


@_attrs_define(repr=False)
class CommentTasksCreated(OpenModel):
    """Tasks created and rejected rows.

    Attributes:
        created (list[CommentTask]):
        rejected (list[CommentTasksCreatedRejectedItem]):
    """

    created: list[CommentTask]
    rejected: list[CommentTasksCreatedRejectedItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("created", "created", True),
        ("rejected", "rejected", True),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(
                src_dict, "CommentTasksCreated", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        created: Any = _pop("created", MISSING)
        if type(created) is list:
            created = [CommentTask.from_dict(i) for i in created]
        else:
            created = check(created, list, "CommentTasksCreated", "created")
        rejected: Any = _pop("rejected", MISSING)
        if type(rejected) is list:
            rejected = [CommentTasksCreatedRejectedItem.from_dict(i) for i in rejected]
        else:
            rejected = check(rejected, list, "CommentTasksCreated", "rejected")
        obj = cls(
            created,
            rejected,
        )
        obj.additional_properties = d
        return obj


from ..models.comment_task import CommentTask  # noqa: E402
from ..models.comment_tasks_created_rejected_item import CommentTasksCreatedRejectedItem  # noqa: E402
