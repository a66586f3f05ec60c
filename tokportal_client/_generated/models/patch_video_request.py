from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NotRequired, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._models_runtime import (
    UNSET,
    OpenModel,
    Unset,
    check,
    mismatch,
)


@_attrs_define(repr=False)
class PatchVideoRequest(OpenModel):
    """Video metadata to change (at least one).

    Example (JSON; it meets every rule of the contract)::

        {"external_ref": "external_ref", "name": "name"}

    Attributes:
        external_ref (str | None | Unset): Rules: at most 200 characters.
        name (str | None | Unset): Rules: at most 200 characters.
    """

    external_ref: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("external_ref", "external_ref", False),
        ("name", "name", False),
    )
    _absent = UNSET
    _rules = {"external_ref": {"maxLength": 200}, "name": {"maxLength": 200}}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(
                src_dict, "PatchVideoRequest", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        external_ref: Any = _pop("external_ref", UNSET)
        if type(external_ref) is not str and external_ref is not UNSET and external_ref is not None:
            external_ref = check(external_ref, str, "PatchVideoRequest", "external_ref")
        name: Any = _pop("name", UNSET)
        if type(name) is not str and name is not UNSET and name is not None:
            name = check(name, str, "PatchVideoRequest", "name")
        obj = cls(
            external_ref,
            name,
        )
        obj.additional_properties = d
        return obj


class PatchVideoRequestDict(TypedDict):
    """The JSON body of :class:`PatchVideoRequest` as a plain dict: type checkers check its keys and values."""

    external_ref: NotRequired[str | None]
    name: NotRequired[str | None]
