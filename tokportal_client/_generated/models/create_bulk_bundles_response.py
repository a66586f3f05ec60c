from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check, required

if TYPE_CHECKING:
    from ..models.bulk_bundles_result import BulkBundlesResult
    from ..models.cost_breakdown import CostBreakdown


T = TypeVar("T", bound="CreateBulkBundlesResponse")


@_attrs_define
class CreateBulkBundlesResponse:
    """
    Attributes:
        data (BulkBundlesResult): Bundles created by a bulk call.
        credits_charged (int | Unset): Credits debited (0 on a dry run).
        credits_remaining (int | Unset):
        cost_breakdown (CostBreakdown | Unset): Credits per line item of a paid write.
        credits_would_charge (int | Unset): Dry run: what the call would cost.
        dry_run (bool | Unset):
        dry_run_notice (str | Unset):
    """

    data: BulkBundlesResult
    credits_charged: int | Unset = UNSET
    credits_remaining: int | Unset = UNSET
    cost_breakdown: CostBreakdown | Unset = UNSET
    credits_would_charge: int | Unset = UNSET
    dry_run: bool | Unset = UNSET
    dry_run_notice: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        credits_charged = self.credits_charged

        credits_remaining = self.credits_remaining

        cost_breakdown: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cost_breakdown, Unset):
            cost_breakdown = self.cost_breakdown.to_dict()

        credits_would_charge = self.credits_would_charge

        dry_run = self.dry_run

        dry_run_notice = self.dry_run_notice

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if credits_charged is not UNSET:
            field_dict["credits_charged"] = credits_charged
        if credits_remaining is not UNSET:
            field_dict["credits_remaining"] = credits_remaining
        if cost_breakdown is not UNSET:
            field_dict["cost_breakdown"] = cost_breakdown
        if credits_would_charge is not UNSET:
            field_dict["credits_would_charge"] = credits_would_charge
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run
        if dry_run_notice is not UNSET:
            field_dict["dry_run_notice"] = dry_run_notice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "CreateBulkBundlesResponse", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        data = required(d, "data", "CreateBulkBundlesResponse")
        data = BulkBundlesResult.from_dict(check(data, dict, "CreateBulkBundlesResponse", "data"))

        credits_charged = _pop("credits_charged", UNSET)
        if type(credits_charged) is not int and credits_charged is not UNSET:
            credits_charged = check(credits_charged, int, "CreateBulkBundlesResponse", "credits_charged")

        credits_remaining = _pop("credits_remaining", UNSET)
        if type(credits_remaining) is not int and credits_remaining is not UNSET:
            credits_remaining = check(credits_remaining, int, "CreateBulkBundlesResponse", "credits_remaining")

        cost_breakdown = _pop("cost_breakdown", UNSET)
        if cost_breakdown is not UNSET:
            cost_breakdown = CostBreakdown.from_dict(
                check(cost_breakdown, dict, "CreateBulkBundlesResponse", "cost_breakdown")
            )

        credits_would_charge = _pop("credits_would_charge", UNSET)
        if type(credits_would_charge) is not int and credits_would_charge is not UNSET:
            credits_would_charge = check(credits_would_charge, int, "CreateBulkBundlesResponse", "credits_would_charge")

        dry_run = _pop("dry_run", UNSET)
        if type(dry_run) is not bool and dry_run is not UNSET:
            dry_run = check(dry_run, bool, "CreateBulkBundlesResponse", "dry_run")

        dry_run_notice = _pop("dry_run_notice", UNSET)
        if type(dry_run_notice) is not str and dry_run_notice is not UNSET:
            dry_run_notice = check(dry_run_notice, str, "CreateBulkBundlesResponse", "dry_run_notice")

        create_bulk_bundles_response = cls(
            data,
            credits_charged,
            credits_remaining,
            cost_breakdown,
            credits_would_charge,
            dry_run,
            dry_run_notice,
        )

        create_bulk_bundles_response.additional_properties = d
        return create_bulk_bundles_response

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


from ..models.bulk_bundles_result import BulkBundlesResult  # noqa: E402
from ..models.cost_breakdown import CostBreakdown  # noqa: E402
