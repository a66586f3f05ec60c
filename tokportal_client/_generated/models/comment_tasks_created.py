from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ModelValidationError, check, required

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
        from ..models.comment_task import CommentTask  # noqa: PLC0415
        from ..models.comment_tasks_created_rejected_item import CommentTasksCreatedRejectedItem  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise ModelValidationError(
                "CommentTasksCreated", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        created = []
        _created = check(required(d, "created", "CommentTasksCreated"), list, "CommentTasksCreated", "created")
        for created_item_data in _created:
            created_item = CommentTask.from_dict(created_item_data)

            created.append(created_item)

        rejected = []
        _rejected = check(required(d, "rejected", "CommentTasksCreated"), list, "CommentTasksCreated", "rejected")
        for rejected_item_data in _rejected:
            rejected_item = CommentTasksCreatedRejectedItem.from_dict(rejected_item_data)

            rejected.append(rejected_item)

        comment_tasks_created = cls(
            created=created,
            rejected=rejected,
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
