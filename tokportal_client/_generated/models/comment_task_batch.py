from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import ModelValidationError, check, required

if TYPE_CHECKING:
    from ..models.comment_task_input import CommentTaskInput


T = TypeVar("T", bound="CommentTaskBatch")


@_attrs_define
class CommentTaskBatch:
    """Up to 200 comments.

    Attributes:
        tasks (list[CommentTaskInput]):
    """

    tasks: list[CommentTaskInput]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tasks = []
        for tasks_item_data in self.tasks:
            tasks_item = tasks_item_data.to_dict()
            tasks.append(tasks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tasks": tasks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "CommentTaskBatch", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        tasks = required(d, "tasks", "CommentTaskBatch")
        if type(tasks) is not list:
            tasks = check(tasks, list, "CommentTaskBatch", "tasks")
        tasks = [CommentTaskInput.from_dict(item) for item in tasks]

        comment_task_batch = cls(
            tasks,
        )

        comment_task_batch.additional_properties = d
        return comment_task_batch

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


from ..models.comment_task_input import CommentTaskInput  # noqa: E402
