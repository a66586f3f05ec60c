from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check, check_union, parse_enum

from ..models.verification_outcome import VerificationOutcome

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
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "VerificationAttempt", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        attempt_n = _pop("attempt_n", UNSET)
        if type(attempt_n) is not int and attempt_n is not UNSET:
            attempt_n = check(attempt_n, int, "VerificationAttempt", "attempt_n")

        scraped_at = _pop("scraped_at", UNSET)
        if scraped_at is not UNSET:
            scraped_at = datetime.datetime.fromisoformat(
                scraped_at if type(scraped_at) is str else check(scraped_at, str, "VerificationAttempt", "scraped_at")
            )

        outcome_kind = _pop("outcome_kind", UNSET)
        if outcome_kind is not UNSET:
            _member = VerificationOutcome._value2member_map_.get(outcome_kind) if type(outcome_kind) is str else None
            outcome_kind = (
                _member
                if _member is not None
                else parse_enum(VerificationOutcome, outcome_kind, "VerificationAttempt", "outcome_kind")
            )

        verified = _pop("verified", UNSET)
        if type(verified) is not bool and verified is not UNSET:
            verified = check(verified, bool, "VerificationAttempt", "verified")

        match_score = _pop("match_score", UNSET)
        if type(match_score) is not float and match_score is not UNSET:
            match_score = check(match_score, float, "VerificationAttempt", "match_score")

        found_comment_id = _pop("found_comment_id", UNSET)
        if type(found_comment_id) is not str and found_comment_id is not None and found_comment_id is not UNSET:
            found_comment_id = check_union(found_comment_id, (str,), "", "found_comment_id")

        reason = _pop("reason", UNSET)
        if type(reason) is not str and reason is not UNSET:
            reason = check(reason, str, "VerificationAttempt", "reason")

        def _parse_comments_scraped(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, check_union(data, (int,), "", "comments_scraped"))

        comments_scraped = _parse_comments_scraped(d.pop("comments_scraped", UNSET))

        platform = _pop("platform", UNSET)
        if type(platform) is not str and platform is not None and platform is not UNSET:
            platform = check_union(platform, (str,), "", "platform")

        verification_attempt = cls(
            attempt_n,
            scraped_at,
            outcome_kind,
            verified,
            match_score,
            found_comment_id,
            reason,
            comments_scraped,
            platform,
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
