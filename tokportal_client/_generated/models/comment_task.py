from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._models_runtime import (
    MISSING,
    OpenModel,
    check,
    mismatch,
    parse_enum,
)

from ..models.comment_task_status import CommentTaskStatus
from ..models.platform import Platform


@_attrs_define(repr=False)
class CommentTask(OpenModel):
    """A comment task.

    Attributes:
        id (str):
        status (CommentTaskStatus | None): Comment task status. Open: new values may appear.
        platform (Platform | None): Social platform. YouTube appears in listings and analytics; bundle creation
            rejects it (YOUTUBE_DELAYED).
        saved_account_id (str | None):
        target_video_url (str | None):
        target_author_handle (str | None):
        comment_text (str | None):
        cm_payout_amount (float | None):
        submitted_at (datetime.datetime | None): Rules: format date-time.
        verified_at (datetime.datetime | None): Rules: format date-time.
        manually_confirmed_at (datetime.datetime | None): Rules: format date-time.
        client_dispute_deadline_at (datetime.datetime | None): Rules: format date-time.
        finalized_at (datetime.datetime | None): Rules: format date-time.
        correction_required (str | None):
        deadline_at (datetime.datetime | None): Rules: format date-time.
        created_at (datetime.datetime | None): Rules: format date-time.
        updated_at (datetime.datetime | None): Rules: format date-time.
    """

    id: str
    status: CommentTaskStatus | None = None
    platform: Platform | None = None
    saved_account_id: str | None = None
    target_video_url: str | None = None
    target_author_handle: str | None = None
    comment_text: str | None = None
    cm_payout_amount: float | None = None
    submitted_at: datetime.datetime | None = None
    verified_at: datetime.datetime | None = None
    manually_confirmed_at: datetime.datetime | None = None
    client_dispute_deadline_at: datetime.datetime | None = None
    finalized_at: datetime.datetime | None = None
    correction_required: str | None = None
    deadline_at: datetime.datetime | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("id", "id", True),
        ("status", "status", False),
        ("platform", "platform", False),
        ("saved_account_id", "saved_account_id", False),
        ("target_video_url", "target_video_url", False),
        ("target_author_handle", "target_author_handle", False),
        ("comment_text", "comment_text", False),
        ("cm_payout_amount", "cm_payout_amount", False),
        ("submitted_at", "submitted_at", False),
        ("verified_at", "verified_at", False),
        ("manually_confirmed_at", "manually_confirmed_at", False),
        ("client_dispute_deadline_at", "client_dispute_deadline_at", False),
        ("finalized_at", "finalized_at", False),
        ("correction_required", "correction_required", False),
        ("deadline_at", "deadline_at", False),
        ("created_at", "created_at", False),
        ("updated_at", "updated_at", False),
    )
    _rules = {
        "submitted_at": {"format": "date-time"},
        "verified_at": {"format": "date-time"},
        "manually_confirmed_at": {"format": "date-time"},
        "client_dispute_deadline_at": {"format": "date-time"},
        "finalized_at": {"format": "date-time"},
        "deadline_at": {"format": "date-time"},
        "created_at": {"format": "date-time"},
        "updated_at": {"format": "date-time"},
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(src_dict, "CommentTask", "(root)", f"expected an object, got {type(src_dict).__name__}")
        _pop = d.pop
        id: Any = _pop("id", MISSING)
        if type(id) is not str:
            id = check(id, str, "CommentTask", "id")
        status: Any = _pop("status", None)
        if status is not None:
            _member = CommentTaskStatus._value2member_map_.get(status) if type(status) is str else None
            status = _member if _member is not None else parse_enum(CommentTaskStatus, status, "CommentTask", "status")
        platform: Any = _pop("platform", None)
        if platform is not None:
            _member = Platform._value2member_map_.get(platform) if type(platform) is str else None
            platform = _member if _member is not None else parse_enum(Platform, platform, "CommentTask", "platform")
        saved_account_id: Any = _pop("saved_account_id", None)
        if type(saved_account_id) is not str and saved_account_id is not None:
            saved_account_id = check(saved_account_id, str, "CommentTask", "saved_account_id")
        target_video_url: Any = _pop("target_video_url", None)
        if type(target_video_url) is not str and target_video_url is not None:
            target_video_url = check(target_video_url, str, "CommentTask", "target_video_url")
        target_author_handle: Any = _pop("target_author_handle", None)
        if type(target_author_handle) is not str and target_author_handle is not None:
            target_author_handle = check(target_author_handle, str, "CommentTask", "target_author_handle")
        comment_text: Any = _pop("comment_text", None)
        if type(comment_text) is not str and comment_text is not None:
            comment_text = check(comment_text, str, "CommentTask", "comment_text")
        cm_payout_amount: Any = _pop("cm_payout_amount", None)
        if type(cm_payout_amount) is not float and cm_payout_amount is not None:
            cm_payout_amount = check(cm_payout_amount, float, "CommentTask", "cm_payout_amount")
        submitted_at: Any = _pop("submitted_at", None)
        if type(submitted_at) is str:
            try:
                submitted_at = datetime.datetime.fromisoformat(submitted_at)
            except ValueError:
                submitted_at = mismatch(submitted_at, "CommentTask", "submitted_at", "expected an ISO 8601 date-time")
        elif submitted_at is not None:
            submitted_at = check(submitted_at, str, "CommentTask", "submitted_at")
        verified_at: Any = _pop("verified_at", None)
        if type(verified_at) is str:
            try:
                verified_at = datetime.datetime.fromisoformat(verified_at)
            except ValueError:
                verified_at = mismatch(verified_at, "CommentTask", "verified_at", "expected an ISO 8601 date-time")
        elif verified_at is not None:
            verified_at = check(verified_at, str, "CommentTask", "verified_at")
        manually_confirmed_at: Any = _pop("manually_confirmed_at", None)
        if type(manually_confirmed_at) is str:
            try:
                manually_confirmed_at = datetime.datetime.fromisoformat(manually_confirmed_at)
            except ValueError:
                manually_confirmed_at = mismatch(
                    manually_confirmed_at, "CommentTask", "manually_confirmed_at", "expected an ISO 8601 date-time"
                )
        elif manually_confirmed_at is not None:
            manually_confirmed_at = check(manually_confirmed_at, str, "CommentTask", "manually_confirmed_at")
        client_dispute_deadline_at: Any = _pop("client_dispute_deadline_at", None)
        if type(client_dispute_deadline_at) is str:
            try:
                client_dispute_deadline_at = datetime.datetime.fromisoformat(client_dispute_deadline_at)
            except ValueError:
                client_dispute_deadline_at = mismatch(
                    client_dispute_deadline_at,
                    "CommentTask",
                    "client_dispute_deadline_at",
                    "expected an ISO 8601 date-time",
                )
        elif client_dispute_deadline_at is not None:
            client_dispute_deadline_at = check(
                client_dispute_deadline_at, str, "CommentTask", "client_dispute_deadline_at"
            )
        finalized_at: Any = _pop("finalized_at", None)
        if type(finalized_at) is str:
            try:
                finalized_at = datetime.datetime.fromisoformat(finalized_at)
            except ValueError:
                finalized_at = mismatch(finalized_at, "CommentTask", "finalized_at", "expected an ISO 8601 date-time")
        elif finalized_at is not None:
            finalized_at = check(finalized_at, str, "CommentTask", "finalized_at")
        correction_required: Any = _pop("correction_required", None)
        if type(correction_required) is not str and correction_required is not None:
            correction_required = check(correction_required, str, "CommentTask", "correction_required")
        deadline_at: Any = _pop("deadline_at", None)
        if type(deadline_at) is str:
            try:
                deadline_at = datetime.datetime.fromisoformat(deadline_at)
            except ValueError:
                deadline_at = mismatch(deadline_at, "CommentTask", "deadline_at", "expected an ISO 8601 date-time")
        elif deadline_at is not None:
            deadline_at = check(deadline_at, str, "CommentTask", "deadline_at")
        created_at: Any = _pop("created_at", None)
        if type(created_at) is str:
            try:
                created_at = datetime.datetime.fromisoformat(created_at)
            except ValueError:
                created_at = mismatch(created_at, "CommentTask", "created_at", "expected an ISO 8601 date-time")
        elif created_at is not None:
            created_at = check(created_at, str, "CommentTask", "created_at")
        updated_at: Any = _pop("updated_at", None)
        if type(updated_at) is str:
            try:
                updated_at = datetime.datetime.fromisoformat(updated_at)
            except ValueError:
                updated_at = mismatch(updated_at, "CommentTask", "updated_at", "expected an ISO 8601 date-time")
        elif updated_at is not None:
            updated_at = check(updated_at, str, "CommentTask", "updated_at")
        obj = cls(
            id,
            status,
            platform,
            saved_account_id,
            target_video_url,
            target_author_handle,
            comment_text,
            cm_payout_amount,
            submitted_at,
            verified_at,
            manually_confirmed_at,
            client_dispute_deadline_at,
            finalized_at,
            correction_required,
            deadline_at,
            created_at,
            updated_at,
        )
        obj.additional_properties = d
        return obj
