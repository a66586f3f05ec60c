from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check, check_union, parse_enum, required

from ..models.comment_task_status import CommentTaskStatus
from ..models.platform import Platform

T = TypeVar("T", bound="CommentTask")


@_attrs_define
class CommentTask:
    """A comment task.

    Attributes:
        id (str):
        status (CommentTaskStatus | Unset): Comment task status. Open: new values may appear.
        platform (Platform | Unset): Social platform. YouTube appears in listings and analytics; bundle creation rejects
            it (YOUTUBE_DELAYED).
        saved_account_id (str | Unset):
        target_video_url (str | Unset):
        target_author_handle (None | str | Unset):
        comment_text (str | Unset):
        cm_payout_amount (float | None | Unset):
        submitted_at (datetime.datetime | None | Unset):
        verified_at (datetime.datetime | None | Unset):
        manually_confirmed_at (datetime.datetime | None | Unset):
        client_dispute_deadline_at (datetime.datetime | None | Unset):
        finalized_at (datetime.datetime | None | Unset):
        correction_required (None | str | Unset):
        deadline_at (datetime.datetime | None | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    id: str
    status: CommentTaskStatus | Unset = UNSET
    platform: Platform | Unset = UNSET
    saved_account_id: str | Unset = UNSET
    target_video_url: str | Unset = UNSET
    target_author_handle: None | str | Unset = UNSET
    comment_text: str | Unset = UNSET
    cm_payout_amount: float | None | Unset = UNSET
    submitted_at: datetime.datetime | None | Unset = UNSET
    verified_at: datetime.datetime | None | Unset = UNSET
    manually_confirmed_at: datetime.datetime | None | Unset = UNSET
    client_dispute_deadline_at: datetime.datetime | None | Unset = UNSET
    finalized_at: datetime.datetime | None | Unset = UNSET
    correction_required: None | str | Unset = UNSET
    deadline_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        platform: str | Unset = UNSET
        if not isinstance(self.platform, Unset):
            platform = self.platform.value

        saved_account_id = self.saved_account_id

        target_video_url = self.target_video_url

        target_author_handle: None | str | Unset
        if isinstance(self.target_author_handle, Unset):
            target_author_handle = UNSET
        else:
            target_author_handle = self.target_author_handle

        comment_text = self.comment_text

        cm_payout_amount: float | None | Unset
        if isinstance(self.cm_payout_amount, Unset):
            cm_payout_amount = UNSET
        else:
            cm_payout_amount = self.cm_payout_amount

        submitted_at: None | str | Unset
        if isinstance(self.submitted_at, Unset):
            submitted_at = UNSET
        elif isinstance(self.submitted_at, datetime.datetime):
            submitted_at = self.submitted_at.isoformat()
        else:
            submitted_at = self.submitted_at

        verified_at: None | str | Unset
        if isinstance(self.verified_at, Unset):
            verified_at = UNSET
        elif isinstance(self.verified_at, datetime.datetime):
            verified_at = self.verified_at.isoformat()
        else:
            verified_at = self.verified_at

        manually_confirmed_at: None | str | Unset
        if isinstance(self.manually_confirmed_at, Unset):
            manually_confirmed_at = UNSET
        elif isinstance(self.manually_confirmed_at, datetime.datetime):
            manually_confirmed_at = self.manually_confirmed_at.isoformat()
        else:
            manually_confirmed_at = self.manually_confirmed_at

        client_dispute_deadline_at: None | str | Unset
        if isinstance(self.client_dispute_deadline_at, Unset):
            client_dispute_deadline_at = UNSET
        elif isinstance(self.client_dispute_deadline_at, datetime.datetime):
            client_dispute_deadline_at = self.client_dispute_deadline_at.isoformat()
        else:
            client_dispute_deadline_at = self.client_dispute_deadline_at

        finalized_at: None | str | Unset
        if isinstance(self.finalized_at, Unset):
            finalized_at = UNSET
        elif isinstance(self.finalized_at, datetime.datetime):
            finalized_at = self.finalized_at.isoformat()
        else:
            finalized_at = self.finalized_at

        correction_required: None | str | Unset
        if isinstance(self.correction_required, Unset):
            correction_required = UNSET
        else:
            correction_required = self.correction_required

        deadline_at: None | str | Unset
        if isinstance(self.deadline_at, Unset):
            deadline_at = UNSET
        elif isinstance(self.deadline_at, datetime.datetime):
            deadline_at = self.deadline_at.isoformat()
        else:
            deadline_at = self.deadline_at

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if platform is not UNSET:
            field_dict["platform"] = platform
        if saved_account_id is not UNSET:
            field_dict["saved_account_id"] = saved_account_id
        if target_video_url is not UNSET:
            field_dict["target_video_url"] = target_video_url
        if target_author_handle is not UNSET:
            field_dict["target_author_handle"] = target_author_handle
        if comment_text is not UNSET:
            field_dict["comment_text"] = comment_text
        if cm_payout_amount is not UNSET:
            field_dict["cm_payout_amount"] = cm_payout_amount
        if submitted_at is not UNSET:
            field_dict["submitted_at"] = submitted_at
        if verified_at is not UNSET:
            field_dict["verified_at"] = verified_at
        if manually_confirmed_at is not UNSET:
            field_dict["manually_confirmed_at"] = manually_confirmed_at
        if client_dispute_deadline_at is not UNSET:
            field_dict["client_dispute_deadline_at"] = client_dispute_deadline_at
        if finalized_at is not UNSET:
            field_dict["finalized_at"] = finalized_at
        if correction_required is not UNSET:
            field_dict["correction_required"] = correction_required
        if deadline_at is not UNSET:
            field_dict["deadline_at"] = deadline_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError("CommentTask", "(root)", f"expected an object, got {type(src_dict).__name__}")
        _pop = d.pop
        id = required(d, "id", "CommentTask")
        if type(id) is not str:
            id = check(id, str, "CommentTask", "id")

        status = _pop("status", UNSET)
        if status is not UNSET:
            _member = CommentTaskStatus._value2member_map_.get(status) if type(status) is str else None
            status = _member if _member is not None else parse_enum(CommentTaskStatus, status, "CommentTask", "status")

        platform = _pop("platform", UNSET)
        if platform is not UNSET:
            _member = Platform._value2member_map_.get(platform) if type(platform) is str else None
            platform = _member if _member is not None else parse_enum(Platform, platform, "CommentTask", "platform")

        saved_account_id = _pop("saved_account_id", UNSET)
        if type(saved_account_id) is not str and saved_account_id is not UNSET:
            saved_account_id = check(saved_account_id, str, "CommentTask", "saved_account_id")

        target_video_url = _pop("target_video_url", UNSET)
        if type(target_video_url) is not str and target_video_url is not UNSET:
            target_video_url = check(target_video_url, str, "CommentTask", "target_video_url")

        target_author_handle = _pop("target_author_handle", UNSET)
        if (
            type(target_author_handle) is not str
            and target_author_handle is not None
            and target_author_handle is not UNSET
        ):
            target_author_handle = check_union(target_author_handle, (str,), "", "target_author_handle")

        comment_text = _pop("comment_text", UNSET)
        if type(comment_text) is not str and comment_text is not UNSET:
            comment_text = check(comment_text, str, "CommentTask", "comment_text")

        def _parse_cm_payout_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, check_union(data, (float,), "", "cm_payout_amount"))

        cm_payout_amount = _parse_cm_payout_amount(d.pop("cm_payout_amount", UNSET))

        def _parse_submitted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_at_type_0 = datetime.datetime.fromisoformat(data)

                return submitted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ModelValidationError("", "submitted_at", f"unexpected {type(data).__name__} value")

        submitted_at = _parse_submitted_at(d.pop("submitted_at", UNSET))

        def _parse_verified_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verified_at_type_0 = datetime.datetime.fromisoformat(data)

                return verified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ModelValidationError("", "verified_at", f"unexpected {type(data).__name__} value")

        verified_at = _parse_verified_at(d.pop("verified_at", UNSET))

        def _parse_manually_confirmed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                manually_confirmed_at_type_0 = datetime.datetime.fromisoformat(data)

                return manually_confirmed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ModelValidationError("", "manually_confirmed_at", f"unexpected {type(data).__name__} value")

        manually_confirmed_at = _parse_manually_confirmed_at(d.pop("manually_confirmed_at", UNSET))

        def _parse_client_dispute_deadline_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                client_dispute_deadline_at_type_0 = datetime.datetime.fromisoformat(data)

                return client_dispute_deadline_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ModelValidationError("", "client_dispute_deadline_at", f"unexpected {type(data).__name__} value")

        client_dispute_deadline_at = _parse_client_dispute_deadline_at(d.pop("client_dispute_deadline_at", UNSET))

        def _parse_finalized_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finalized_at_type_0 = datetime.datetime.fromisoformat(data)

                return finalized_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ModelValidationError("", "finalized_at", f"unexpected {type(data).__name__} value")

        finalized_at = _parse_finalized_at(d.pop("finalized_at", UNSET))

        correction_required = _pop("correction_required", UNSET)
        if (
            type(correction_required) is not str
            and correction_required is not None
            and correction_required is not UNSET
        ):
            correction_required = check_union(correction_required, (str,), "", "correction_required")

        def _parse_deadline_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deadline_at_type_0 = datetime.datetime.fromisoformat(data)

                return deadline_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ModelValidationError("", "deadline_at", f"unexpected {type(data).__name__} value")

        deadline_at = _parse_deadline_at(d.pop("deadline_at", UNSET))

        created_at = _pop("created_at", UNSET)
        if created_at is not UNSET:
            created_at = datetime.datetime.fromisoformat(
                created_at if type(created_at) is str else check(created_at, str, "CommentTask", "created_at")
            )

        updated_at = _pop("updated_at", UNSET)
        if updated_at is not UNSET:
            updated_at = datetime.datetime.fromisoformat(
                updated_at if type(updated_at) is str else check(updated_at, str, "CommentTask", "updated_at")
            )

        comment_task = cls(
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

        comment_task.additional_properties = d
        return comment_task

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
