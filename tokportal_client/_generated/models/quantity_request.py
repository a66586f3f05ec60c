from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._models_runtime import (
    MISSING,
    UNSET,
    OpenModel,
    check,
    mismatch,
)


@_attrs_define(repr=False)
class QuantityRequest(OpenModel):
    """How many slots to add.

    Example (JSON; it meets every rule of the contract)::

        {"quantity": 1}

    Attributes:
        quantity (int): Rules: >= 1.
    """

    quantity: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (("quantity", "quantity", True),)
    _absent = UNSET
    _rules = {"quantity": {"minimum": 1}}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(src_dict, "QuantityRequest", "(root)", f"expected an object, got {type(src_dict).__name__}")
        _pop = d.pop
        quantity: Any = _pop("quantity", MISSING)
        if type(quantity) is not int:
            quantity = check(quantity, int, "QuantityRequest", "quantity")
        obj = cls(
            quantity,
        )
        obj.additional_properties = d
        return obj


class QuantityRequestDict(TypedDict):
    """The JSON body of :class:`QuantityRequest` as a plain dict: type checkers check its keys and values."""

    quantity: int
