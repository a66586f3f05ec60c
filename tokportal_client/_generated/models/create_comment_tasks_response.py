from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, check, required

if TYPE_CHECKING:
    from ..models.comment_tasks_created import CommentTasksCreated


T = TypeVar("T", bound="CreateCommentTasksResponse")


@_attrs_define
class CreateCommentTasksResponse:
    """
    Attributes:
        data (CommentTasksCreated): Tasks created and rejected rows.
        created_count (int | Unset):
        rejected_count (int | Unset):
        credits_charged (int | Unset):
        credits_would_charge (int | Unset): Dry run: what the call would cost.
        dry_run (bool | Unset):
        dry_run_notice (str | Unset):
    """

    data: CommentTasksCreated
    created_count: int | Unset = UNSET
    rejected_count: int | Unset = UNSET
    credits_charged: int | Unset = UNSET
    credits_would_charge: int | Unset = UNSET
    dry_run: bool | Unset = UNSET
    dry_run_notice: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        created_count = self.created_count

        rejected_count = self.rejected_count

        credits_charged = self.credits_charged

        credits_would_charge = self.credits_would_charge

        dry_run = self.dry_run

        dry_run_notice = self.dry_run_notice

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if created_count is not UNSET:
            field_dict["created_count"] = created_count
        if rejected_count is not UNSET:
            field_dict["rejected_count"] = rejected_count
        if credits_charged is not UNSET:
            field_dict["credits_charged"] = credits_charged
        if credits_would_charge is not UNSET:
            field_dict["credits_would_charge"] = credits_would_charge
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run
        if dry_run_notice is not UNSET:
            field_dict["dry_run_notice"] = dry_run_notice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.comment_tasks_created import CommentTasksCreated  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise ModelValidationError(
                "CreateCommentTasksResponse", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        data = CommentTasksCreated.from_dict(
            check(required(d, "data", "CreateCommentTasksResponse"), dict, "CreateCommentTasksResponse", "data")
        )

        created_count = check(d.pop("created_count", UNSET), int, "CreateCommentTasksResponse", "created_count")

        rejected_count = check(d.pop("rejected_count", UNSET), int, "CreateCommentTasksResponse", "rejected_count")

        credits_charged = check(d.pop("credits_charged", UNSET), int, "CreateCommentTasksResponse", "credits_charged")

        credits_would_charge = check(
            d.pop("credits_would_charge", UNSET), int, "CreateCommentTasksResponse", "credits_would_charge"
        )

        dry_run = check(d.pop("dry_run", UNSET), bool, "CreateCommentTasksResponse", "dry_run")

        dry_run_notice = check(d.pop("dry_run_notice", UNSET), str, "CreateCommentTasksResponse", "dry_run_notice")

        create_comment_tasks_response = cls(
            data=data,
            created_count=created_count,
            rejected_count=rejected_count,
            credits_charged=credits_charged,
            credits_would_charge=credits_would_charge,
            dry_run=dry_run,
            dry_run_notice=dry_run_notice,
        )

        create_comment_tasks_response.additional_properties = d
        return create_comment_tasks_response

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
