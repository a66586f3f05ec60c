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
    from ..models.cost_breakdown import CostBreakdown
    from ..models.warming_session import WarmingSession


@_attrs_define(repr=False)
class RewarmAccountResponse(OpenModel):
    """The session that started, and what was charged.

    Attributes:
        data (WarmingSession): An Advanced Niche Warming session. Per-term reports and proof links are also
            returned, under field names no public source states (kept as sent).
        credits_charged (int | None): Credits debited (0 on a dry run).
        credits_remaining (int | None):
        cost_breakdown (CostBreakdown | None): Credits per line item of a paid write.
        credits_would_charge (int | None): Dry run: what the call would cost.
        dry_run (bool | None):
        dry_run_notice (str | None):
    """

    data: WarmingSession
    credits_charged: int | None = None
    credits_remaining: int | None = None
    cost_breakdown: CostBreakdown | None = None
    credits_would_charge: int | None = None
    dry_run: bool | None = None
    dry_run_notice: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    request_id: str | None = _attrs_field(init=False, default=None, eq=False)
    """TokPortal's ``X-TokPortal-Request-ID`` of the response this result came from (quote it to support)."""

    _fields = (
        ("data", "data", True),
        ("credits_charged", "credits_charged", False),
        ("credits_remaining", "credits_remaining", False),
        ("cost_breakdown", "cost_breakdown", False),
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
                src_dict, "RewarmAccountResponse", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        data: Any = _pop("data", MISSING)
        if type(data) is dict:
            data = WarmingSession.from_dict(data)
        else:
            data = check(data, dict, "RewarmAccountResponse", "data")
        credits_charged: Any = _pop("credits_charged", None)
        if type(credits_charged) is not int and credits_charged is not None:
            credits_charged = check(credits_charged, int, "RewarmAccountResponse", "credits_charged")
        credits_remaining: Any = _pop("credits_remaining", None)
        if type(credits_remaining) is not int and credits_remaining is not None:
            credits_remaining = check(credits_remaining, int, "RewarmAccountResponse", "credits_remaining")
        cost_breakdown: Any = _pop("cost_breakdown", None)
        if type(cost_breakdown) is dict:
            cost_breakdown = CostBreakdown.from_dict(cost_breakdown)
        elif cost_breakdown is not None:
            cost_breakdown = check(cost_breakdown, dict, "RewarmAccountResponse", "cost_breakdown")
        credits_would_charge: Any = _pop("credits_would_charge", None)
        if type(credits_would_charge) is not int and credits_would_charge is not None:
            credits_would_charge = check(credits_would_charge, int, "RewarmAccountResponse", "credits_would_charge")
        dry_run: Any = _pop("dry_run", None)
        if type(dry_run) is not bool and dry_run is not None:
            dry_run = check(dry_run, bool, "RewarmAccountResponse", "dry_run")
        dry_run_notice: Any = _pop("dry_run_notice", None)
        if type(dry_run_notice) is not str and dry_run_notice is not None:
            dry_run_notice = check(dry_run_notice, str, "RewarmAccountResponse", "dry_run_notice")
        obj = cls(
            data,
            credits_charged,
            credits_remaining,
            cost_breakdown,
            credits_would_charge,
            dry_run,
            dry_run_notice,
        )
        obj.additional_properties = d
        return obj


from ..models.cost_breakdown import CostBreakdown  # noqa: E402
from ..models.warming_session import WarmingSession  # noqa: E402
