from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._models_runtime import (
    OpenModel,
    check,
    mismatch,
    parse_enum,
)

from ..models.comment_task_status import CommentTaskStatus

if TYPE_CHECKING:
    from ..models.verification_attempt import VerificationAttempt


@_attrs_define(repr=False)
class CommentTaskVerifications(OpenModel):
    """Verification history of a comment task.

    Attributes:
        task_id (str | None):
        status (CommentTaskStatus | None): Comment task status. Open: new values may appear.
        attempts (list[VerificationAttempt] | None):
    """

    task_id: str | None = None
    status: CommentTaskStatus | None = None
    attempts: list[VerificationAttempt] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("task_id", "task_id", False),
        ("status", "status", False),
        ("attempts", "attempts", False),
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
                src_dict, "CommentTaskVerifications", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        task_id: Any = _pop("task_id", None)
        if type(task_id) is not str and task_id is not None:
            task_id = check(task_id, str, "CommentTaskVerifications", "task_id")
        status: Any = _pop("status", None)
        if status is not None:
            _member = CommentTaskStatus._value2member_map_.get(status) if type(status) is str else None
            status = (
                _member
                if _member is not None
                else parse_enum(CommentTaskStatus, status, "CommentTaskVerifications", "status")
            )
        attempts: Any = _pop("attempts", None)
        if type(attempts) is list:
            attempts = [VerificationAttempt.from_dict(i) for i in attempts]
        elif attempts is not None:
            attempts = check(attempts, list, "CommentTaskVerifications", "attempts")
        obj = cls(
            task_id,
            status,
            attempts,
        )
        obj.additional_properties = d
        return obj


from ..models.verification_attempt import VerificationAttempt  # noqa: E402
