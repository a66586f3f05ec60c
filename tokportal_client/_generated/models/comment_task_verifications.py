from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check, parse_enum

from ..models.comment_task_status import CommentTaskStatus

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
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "CommentTaskVerifications", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        task_id = _pop("task_id", UNSET)
        if type(task_id) is not str and task_id is not UNSET:
            task_id = check(task_id, str, "CommentTaskVerifications", "task_id")

        status = _pop("status", UNSET)
        if status is not UNSET:
            _member = CommentTaskStatus._value2member_map_.get(status) if type(status) is str else None
            status = (
                _member
                if _member is not None
                else parse_enum(CommentTaskStatus, status, "CommentTaskVerifications", "status")
            )

        attempts = _pop("attempts", UNSET)
        if attempts is not UNSET:
            if type(attempts) is not list:
                attempts = check(attempts, list, "CommentTaskVerifications", "attempts")
            attempts = [VerificationAttempt.from_dict(item) for item in attempts]

        comment_task_verifications = cls(
            task_id,
            status,
            attempts,
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


from ..models.verification_attempt import VerificationAttempt  # noqa: E402
