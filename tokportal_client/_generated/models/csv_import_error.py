from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._models_runtime import (
    OpenModel,
    check,
    mismatch,
)


@_attrs_define(repr=False)
class CsvImportError(OpenModel):
    """The CsvImportError object of the API.

    Attributes:
        row (int | None):
        message (str | None):
    """

    row: int | None = None
    message: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("row", "row", False),
        ("message", "message", False),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(src_dict, "CsvImportError", "(root)", f"expected an object, got {type(src_dict).__name__}")
        _pop = d.pop
        row: Any = _pop("row", None)
        if type(row) is not int and row is not None:
            row = check(row, int, "CsvImportError", "row")
        message: Any = _pop("message", None)
        if type(message) is not str and message is not None:
            message = check(message, str, "CsvImportError", "message")
        obj = cls(
            row,
            message,
        )
        obj.additional_properties = d
        return obj
