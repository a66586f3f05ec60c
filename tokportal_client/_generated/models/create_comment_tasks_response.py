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
    from ..models.comment_tasks_created import CommentTasksCreated


@_attrs_define(repr=False)
class CreateCommentTasksResponse(OpenModel):
    """The CreateCommentTasksResponse object of the API.

    Attributes:
        data (CommentTasksCreated): Tasks created and rejected rows.
        created_count (int | None):
        rejected_count (int | None):
        credits_charged (int | None):
        credits_would_charge (int | None): Dry run: what the call would cost.
        dry_run (bool | None):
        dry_run_notice (str | None):
    """

    data: CommentTasksCreated
    created_count: int | None = None
    rejected_count: int | None = None
    credits_charged: int | None = None
    credits_would_charge: int | None = None
    dry_run: bool | None = None
    dry_run_notice: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    request_id: str | None = _attrs_field(init=False, default=None, eq=False)
    """TokPortal's ``X-TokPortal-Request-ID`` of the response this result came from (quote it to support)."""

    _fields = (
        ("data", "data", True),
        ("created_count", "created_count", False),
        ("rejected_count", "rejected_count", False),
        ("credits_charged", "credits_charged", False),
        ("credits_would_charge", "credits_would_charge", False),
        ("dry_run", "dry_run", False),
        ("dry_run_notice", "dry_run_notice", False),
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
                src_dict, "CreateCommentTasksResponse", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        data: Any = _pop("data", MISSING)
        if type(data) is dict:
            data = CommentTasksCreated.from_dict(data)
        else:
            data = check(data, dict, "CreateCommentTasksResponse", "data")
        created_count: Any = _pop("created_count", None)
        if type(created_count) is not int and created_count is not None:
            created_count = check(created_count, int, "CreateCommentTasksResponse", "created_count")
        rejected_count: Any = _pop("rejected_count", None)
        if type(rejected_count) is not int and rejected_count is not None:
            rejected_count = check(rejected_count, int, "CreateCommentTasksResponse", "rejected_count")
        credits_charged: Any = _pop("credits_charged", None)
        if type(credits_charged) is not int and credits_charged is not None:
            credits_charged = check(credits_charged, int, "CreateCommentTasksResponse", "credits_charged")
        credits_would_charge: Any = _pop("credits_would_charge", None)
        if type(credits_would_charge) is not int and credits_would_charge is not None:
            credits_would_charge = check(
                credits_would_charge, int, "CreateCommentTasksResponse", "credits_would_charge"
            )
        dry_run: Any = _pop("dry_run", None)
        if type(dry_run) is not bool and dry_run is not None:
            dry_run = check(dry_run, bool, "CreateCommentTasksResponse", "dry_run")
        dry_run_notice: Any = _pop("dry_run_notice", None)
        if type(dry_run_notice) is not str and dry_run_notice is not None:
            dry_run_notice = check(dry_run_notice, str, "CreateCommentTasksResponse", "dry_run_notice")
        obj = cls(
            data,
            created_count,
            rejected_count,
            credits_charged,
            credits_would_charge,
            dry_run,
            dry_run_notice,
        )
        obj.additional_properties = d
        return obj


from ..models.comment_tasks_created import CommentTasksCreated  # noqa: E402
