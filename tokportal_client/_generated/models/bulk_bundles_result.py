from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check

if TYPE_CHECKING:
    from ..models.created_bundle import CreatedBundle


T = TypeVar("T", bound="BulkBundlesResult")


@_attrs_define
class BulkBundlesResult:
    """Bundles created by a bulk call.

    Attributes:
        bundles (list[CreatedBundle] | Unset):
        total_count (int | Unset):
    """

    bundles: list[CreatedBundle] | Unset = UNSET
    total_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bundles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bundles, Unset):
            bundles = []
            for bundles_item_data in self.bundles:
                bundles_item = bundles_item_data.to_dict()
                bundles.append(bundles_item)

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bundles is not UNSET:
            field_dict["bundles"] = bundles
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "BulkBundlesResult", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        bundles = _pop("bundles", UNSET)
        if bundles is not UNSET:
            if type(bundles) is not list:
                bundles = check(bundles, list, "BulkBundlesResult", "bundles")
            bundles = [CreatedBundle.from_dict(item) for item in bundles]

        total_count = _pop("total_count", UNSET)
        if type(total_count) is not int and total_count is not UNSET:
            total_count = check(total_count, int, "BulkBundlesResult", "total_count")

        bulk_bundles_result = cls(
            bundles,
            total_count,
        )

        bulk_bundles_result.additional_properties = d
        return bulk_bundles_result

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


from ..models.created_bundle import CreatedBundle  # noqa: E402
