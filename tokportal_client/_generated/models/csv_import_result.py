from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check

if TYPE_CHECKING:
    from ..models.csv_import_error import CsvImportError


T = TypeVar("T", bound="CsvImportResult")


@_attrs_define
class CsvImportResult:
    """Outcome of a CSV import.

    Attributes:
        imported (int | Unset):
        skipped (int | Unset):
        errors (list[CsvImportError] | Unset):
    """

    imported: int | Unset = UNSET
    skipped: int | Unset = UNSET
    errors: list[CsvImportError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        imported = self.imported

        skipped = self.skipped

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if imported is not UNSET:
            field_dict["imported"] = imported
        if skipped is not UNSET:
            field_dict["skipped"] = skipped
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "CsvImportResult", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        imported = _pop("imported", UNSET)
        if type(imported) is not int and imported is not UNSET:
            imported = check(imported, int, "CsvImportResult", "imported")

        skipped = _pop("skipped", UNSET)
        if type(skipped) is not int and skipped is not UNSET:
            skipped = check(skipped, int, "CsvImportResult", "skipped")

        errors = _pop("errors", UNSET)
        if errors is not UNSET:
            if type(errors) is not list:
                errors = check(errors, list, "CsvImportResult", "errors")
            errors = [CsvImportError.from_dict(item) for item in errors]

        csv_import_result = cls(
            imported,
            skipped,
            errors,
        )

        csv_import_result.additional_properties = d
        return csv_import_result

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


from ..models.csv_import_error import CsvImportError  # noqa: E402
