from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.comment_task_status import CommentTaskStatus
from ..types import UNSET, ModelValidationError, Unset, check

if TYPE_CHECKING:
    from ..models.verification_attempt import VerificationAttempt


T = TypeVar("T", bound="CommentTaskVerifications")


@_attrs_define
class CommentTaskVerifications:
    """Verification history of a comment task.

    Attributes:
        task_id (str | Unset):
        status (CommentTaskStatus | Unset): Comment task status. Open: new values may appear.
        attempts (list[VerificationAttempt] | Unset):
    """

    task_id: str | Unset = UNSET
    status: CommentTaskStatus | Unset = UNSET
    attempts: list[VerificationAttempt] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        attempts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attempts, Unset):
            attempts = []
            for attempts_item_data in self.attempts:
                attempts_item = attempts_item_data.to_dict()
                attempts.append(attempts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if status is not UNSET:
            field_dict["status"] = status
        if attempts is not UNSET:
            field_dict["attempts"] = attempts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.verification_attempt import VerificationAttempt  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise ModelValidationError(
                "CommentTaskVerifications", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        task_id = check(d.pop("task_id", UNSET), str, "CommentTaskVerifications", "task_id")

        _status = check(d.pop("status", UNSET), str, "CommentTaskVerifications", "status")
        status: CommentTaskStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CommentTaskStatus(_status)

        _attempts = check(d.pop("attempts", UNSET), list, "CommentTaskVerifications", "attempts")
        attempts: list[VerificationAttempt] | Unset = UNSET
        if _attempts is not UNSET:
            attempts = []
            for attempts_item_data in _attempts:
                attempts_item = VerificationAttempt.from_dict(attempts_item_data)

                attempts.append(attempts_item)

        comment_task_verifications = cls(
            task_id=task_id,
            status=status,
            attempts=attempts,
        )

        comment_task_verifications.additional_properties = d
        return comment_task_verifications

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
