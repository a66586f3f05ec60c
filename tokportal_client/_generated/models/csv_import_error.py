from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check

T = TypeVar("T", bound="CsvImportError")


@_attrs_define
class CsvImportError:
    """
    Attributes:
        row (int | Unset):
        message (str | Unset):
    """

    row: int | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        row = self.row

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if row is not UNSET:
            field_dict["row"] = row
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError("CsvImportError", "(root)", f"expected an object, got {type(src_dict).__name__}")
        _pop = d.pop
        row = _pop("row", UNSET)
        if type(row) is not int and row is not UNSET:
            row = check(row, int, "CsvImportError", "row")

        message = _pop("message", UNSET)
        if type(message) is not str and message is not UNSET:
            message = check(message, str, "CsvImportError", "message")

        csv_import_error = cls(
            row,
            message,
        )

        csv_import_error.additional_properties = d
        return csv_import_error

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
