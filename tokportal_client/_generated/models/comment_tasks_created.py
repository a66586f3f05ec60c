from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import ModelValidationError, check, required

if TYPE_CHECKING:
    from ..models.comment_task import CommentTask
    from ..models.comment_tasks_created_rejected_item import CommentTasksCreatedRejectedItem


T = TypeVar("T", bound="CommentTasksCreated")


@_attrs_define
class CommentTasksCreated:
    """Tasks created and rejected rows.

    Attributes:
        created (list[CommentTask]):
        rejected (list[CommentTasksCreatedRejectedItem]):
    """

    created: list[CommentTask]
    rejected: list[CommentTasksCreatedRejectedItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = []
        for created_item_data in self.created:
            created_item = created_item_data.to_dict()
            created.append(created_item)

        rejected = []
        for rejected_item_data in self.rejected:
            rejected_item = rejected_item_data.to_dict()
            rejected.append(rejected_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "rejected": rejected,
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
                "CommentTasksCreated", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        created = required(d, "created", "CommentTasksCreated")
        if type(created) is not list:
            created = check(created, list, "CommentTasksCreated", "created")
        created = [CommentTask.from_dict(item) for item in created]

        rejected = required(d, "rejected", "CommentTasksCreated")
        if type(rejected) is not list:
            rejected = check(rejected, list, "CommentTasksCreated", "rejected")
        rejected = [CommentTasksCreatedRejectedItem.from_dict(item) for item in rejected]

        comment_tasks_created = cls(
            created,
            rejected,
        )

        comment_tasks_created.additional_properties = d
        return comment_tasks_created

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
from ..models.comment_tasks_created_rejected_item import CommentTasksCreatedRejectedItem  # noqa: E402
