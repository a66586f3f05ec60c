from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check, required

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
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "CreateCommentTasksResponse", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        data = required(d, "data", "CreateCommentTasksResponse")
        data = CommentTasksCreated.from_dict(check(data, dict, "CreateCommentTasksResponse", "data"))

        created_count = _pop("created_count", UNSET)
        if type(created_count) is not int and created_count is not UNSET:
            created_count = check(created_count, int, "CreateCommentTasksResponse", "created_count")

        rejected_count = _pop("rejected_count", UNSET)
        if type(rejected_count) is not int and rejected_count is not UNSET:
            rejected_count = check(rejected_count, int, "CreateCommentTasksResponse", "rejected_count")

        credits_charged = _pop("credits_charged", UNSET)
        if type(credits_charged) is not int and credits_charged is not UNSET:
            credits_charged = check(credits_charged, int, "CreateCommentTasksResponse", "credits_charged")

        credits_would_charge = _pop("credits_would_charge", UNSET)
        if type(credits_would_charge) is not int and credits_would_charge is not UNSET:
            credits_would_charge = check(
                credits_would_charge, int, "CreateCommentTasksResponse", "credits_would_charge"
            )

        dry_run = _pop("dry_run", UNSET)
        if type(dry_run) is not bool and dry_run is not UNSET:
            dry_run = check(dry_run, bool, "CreateCommentTasksResponse", "dry_run")

        dry_run_notice = _pop("dry_run_notice", UNSET)
        if type(dry_run_notice) is not str and dry_run_notice is not UNSET:
            dry_run_notice = check(dry_run_notice, str, "CreateCommentTasksResponse", "dry_run_notice")

        create_comment_tasks_response = cls(
            data,
            created_count,
            rejected_count,
            credits_charged,
            credits_would_charge,
            dry_run,
            dry_run_notice,
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


from ..models.comment_tasks_created import CommentTasksCreated  # noqa: E402
