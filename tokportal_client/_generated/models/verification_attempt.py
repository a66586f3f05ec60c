from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.verification_outcome import VerificationOutcome
from ..types import UNSET, ModelValidationError, Unset, check, check_union

T = TypeVar("T", bound="VerificationAttempt")


@_attrs_define
class VerificationAttempt:
    """One verification attempt.

    Attributes:
        attempt_n (int | Unset):
        scraped_at (datetime.datetime | Unset):
        outcome_kind (VerificationOutcome | Unset): Outcome of one comment verification attempt.
        verified (bool | Unset):
        match_score (float | Unset):
        found_comment_id (None | str | Unset):
        reason (str | Unset): e.g. matched, no_candidate_found.
        comments_scraped (int | None | Unset):
        platform (None | str | Unset):
    """

    attempt_n: int | Unset = UNSET
    scraped_at: datetime.datetime | Unset = UNSET
    outcome_kind: VerificationOutcome | Unset = UNSET
    verified: bool | Unset = UNSET
    match_score: float | Unset = UNSET
    found_comment_id: None | str | Unset = UNSET
    reason: str | Unset = UNSET
    comments_scraped: int | None | Unset = UNSET
    platform: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attempt_n = self.attempt_n

        scraped_at: str | Unset = UNSET
        if not isinstance(self.scraped_at, Unset):
            scraped_at = self.scraped_at.isoformat()

        outcome_kind: str | Unset = UNSET
        if not isinstance(self.outcome_kind, Unset):
            outcome_kind = self.outcome_kind.value

        verified = self.verified

        match_score = self.match_score

        found_comment_id: None | str | Unset
        if isinstance(self.found_comment_id, Unset):
            found_comment_id = UNSET
        else:
            found_comment_id = self.found_comment_id

        reason = self.reason

        comments_scraped: int | None | Unset
        if isinstance(self.comments_scraped, Unset):
            comments_scraped = UNSET
        else:
            comments_scraped = self.comments_scraped

        platform: None | str | Unset
        if isinstance(self.platform, Unset):
            platform = UNSET
        else:
            platform = self.platform

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attempt_n is not UNSET:
            field_dict["attempt_n"] = attempt_n
        if scraped_at is not UNSET:
            field_dict["scraped_at"] = scraped_at
        if outcome_kind is not UNSET:
            field_dict["outcome_kind"] = outcome_kind
        if verified is not UNSET:
            field_dict["verified"] = verified
        if match_score is not UNSET:
            field_dict["match_score"] = match_score
        if found_comment_id is not UNSET:
            field_dict["found_comment_id"] = found_comment_id
        if reason is not UNSET:
            field_dict["reason"] = reason
        if comments_scraped is not UNSET:
            field_dict["comments_scraped"] = comments_scraped
        if platform is not UNSET:
            field_dict["platform"] = platform

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ModelValidationError(
                "VerificationAttempt", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        attempt_n = check(d.pop("attempt_n", UNSET), int, "VerificationAttempt", "attempt_n")

        _scraped_at = check(d.pop("scraped_at", UNSET), str, "VerificationAttempt", "scraped_at")
        scraped_at: datetime.datetime | Unset
        if isinstance(_scraped_at, Unset):
            scraped_at = UNSET
        else:
            scraped_at = datetime.datetime.fromisoformat(_scraped_at)

        _outcome_kind = check(d.pop("outcome_kind", UNSET), str, "VerificationAttempt", "outcome_kind")
        outcome_kind: VerificationOutcome | Unset
        if isinstance(_outcome_kind, Unset):
            outcome_kind = UNSET
        else:
            outcome_kind = VerificationOutcome(_outcome_kind)

        verified = check(d.pop("verified", UNSET), bool, "VerificationAttempt", "verified")

        match_score = check(d.pop("match_score", UNSET), float, "VerificationAttempt", "match_score")

        def _parse_found_comment_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, check_union(data, (str,), "", "found_comment_id"))

        found_comment_id = _parse_found_comment_id(d.pop("found_comment_id", UNSET))

        reason = check(d.pop("reason", UNSET), str, "VerificationAttempt", "reason")

        def _parse_comments_scraped(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, check_union(data, (int,), "", "comments_scraped"))

        comments_scraped = _parse_comments_scraped(d.pop("comments_scraped", UNSET))

        def _parse_platform(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, check_union(data, (str,), "", "platform"))

        platform = _parse_platform(d.pop("platform", UNSET))

        verification_attempt = cls(
            attempt_n=attempt_n,
            scraped_at=scraped_at,
            outcome_kind=outcome_kind,
            verified=verified,
            match_score=match_score,
            found_comment_id=found_comment_id,
            reason=reason,
            comments_scraped=comments_scraped,
            platform=platform,
        )

        verification_attempt.additional_properties = d
        return verification_attempt

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
