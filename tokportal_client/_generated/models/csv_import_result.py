from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._models_runtime import (
    OpenModel,
    check,
    mismatch,
)

if TYPE_CHECKING:
    from ..models.csv_import_error import CsvImportError


@_attrs_define(repr=False)
class CsvImportResult(OpenModel):
    """Outcome of a CSV import.

    Attributes:
        imported (int | None):
        skipped (int | None):
        errors (list[CsvImportError] | None):
    """

    imported: int | None = None
    skipped: int | None = None
    errors: list[CsvImportError] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("imported", "imported", False),
        ("skipped", "skipped", False),
        ("errors", "errors", False),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(src_dict, "CsvImportResult", "(root)", f"expected an object, got {type(src_dict).__name__}")
        _pop = d.pop
        imported: Any = _pop("imported", None)
        if type(imported) is not int and imported is not None:
            imported = check(imported, int, "CsvImportResult", "imported")
        skipped: Any = _pop("skipped", None)
        if type(skipped) is not int and skipped is not None:
            skipped = check(skipped, int, "CsvImportResult", "skipped")
        errors: Any = _pop("errors", None)
        if type(errors) is list:
            errors = [CsvImportError.from_dict(i) for i in errors]
        elif errors is not None:
            errors = check(errors, list, "CsvImportResult", "errors")
        obj = cls(
            imported,
            skipped,
            errors,
        )
        obj.additional_properties = d
        return obj


from ..models.csv_import_error import CsvImportError  # noqa: E402
