from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._models_runtime import (
    OpenModel,
    check,
    mismatch,
    parse_enum,
)

from ..models.verification_outcome import VerificationOutcome


@_attrs_define(repr=False)
class VerificationAttempt(OpenModel):
    """One verification attempt.

    Attributes:
        attempt_n (int | None):
        scraped_at (datetime.datetime | None): Rules: format date-time.
        outcome_kind (VerificationOutcome | None): Outcome of one comment verification attempt.
        verified (bool | None):
        match_score (float | None): Rules: >= 0; <= 1.
        found_comment_id (str | None):
        reason (str | None): e.g. matched, no_candidate_found.
        comments_scraped (int | None):
        platform (str | None):
    """

    attempt_n: int | None = None
    scraped_at: datetime.datetime | None = None
    outcome_kind: VerificationOutcome | None = None
    verified: bool | None = None
    match_score: float | None = None
    found_comment_id: str | None = None
    reason: str | None = None
    comments_scraped: int | None = None
    platform: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("attempt_n", "attempt_n", False),
        ("scraped_at", "scraped_at", False),
        ("outcome_kind", "outcome_kind", False),
        ("verified", "verified", False),
        ("match_score", "match_score", False),
        ("found_comment_id", "found_comment_id", False),
        ("reason", "reason", False),
        ("comments_scraped", "comments_scraped", False),
        ("platform", "platform", False),
    )
    _rules = {"scraped_at": {"format": "date-time"}, "match_score": {"minimum": 0, "maximum": 1}}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(
                src_dict, "VerificationAttempt", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        attempt_n: Any = _pop("attempt_n", None)
        if type(attempt_n) is not int and attempt_n is not None:
            attempt_n = check(attempt_n, int, "VerificationAttempt", "attempt_n")
        scraped_at: Any = _pop("scraped_at", None)
        if type(scraped_at) is str:
            try:
                scraped_at = datetime.datetime.fromisoformat(scraped_at)
            except ValueError:
                scraped_at = mismatch(scraped_at, "VerificationAttempt", "scraped_at", "expected an ISO 8601 date-time")
        elif scraped_at is not None:
            scraped_at = check(scraped_at, str, "VerificationAttempt", "scraped_at")
        outcome_kind: Any = _pop("outcome_kind", None)
        if outcome_kind is not None:
            _member = VerificationOutcome._value2member_map_.get(outcome_kind) if type(outcome_kind) is str else None
            outcome_kind = (
                _member
                if _member is not None
                else parse_enum(VerificationOutcome, outcome_kind, "VerificationAttempt", "outcome_kind")
            )
        verified: Any = _pop("verified", None)
        if type(verified) is not bool and verified is not None:
            verified = check(verified, bool, "VerificationAttempt", "verified")
        match_score: Any = _pop("match_score", None)
        if type(match_score) is not float and match_score is not None:
            match_score = check(match_score, float, "VerificationAttempt", "match_score")
        found_comment_id: Any = _pop("found_comment_id", None)
        if type(found_comment_id) is not str and found_comment_id is not None:
            found_comment_id = check(found_comment_id, str, "VerificationAttempt", "found_comment_id")
        reason: Any = _pop("reason", None)
        if type(reason) is not str and reason is not None:
            reason = check(reason, str, "VerificationAttempt", "reason")
        comments_scraped: Any = _pop("comments_scraped", None)
        if type(comments_scraped) is not int and comments_scraped is not None:
            comments_scraped = check(comments_scraped, int, "VerificationAttempt", "comments_scraped")
        platform: Any = _pop("platform", None)
        if type(platform) is not str and platform is not None:
            platform = check(platform, str, "VerificationAttempt", "platform")
        obj = cls(
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
        obj.additional_properties = d
        return obj
