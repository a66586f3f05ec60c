from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._models_runtime import (
    OpenModel,
    mismatch,
)


@_attrs_define(repr=False)
class ChargedDataResponseData(OpenModel):
    """Result (shape not documented)."""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = ()

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(
                src_dict, "ChargedDataResponseData", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        obj = cls()
        obj.additional_properties = d
        return obj
