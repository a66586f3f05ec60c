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
class DisputeCommentRequest(OpenModel):
    """The DisputeCommentRequest object of the API.

    Example (JSON; it meets every rule of the contract)::

        {"reason": "Please review this item."}

    Attributes:
        reason (str): Rules: at least 3 characters; at most 500 characters.
    """

    reason: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (("reason", "reason", True),)
    _absent = UNSET
    _rules = {"reason": {"minLength": 3, "maxLength": 500}}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(
                src_dict, "DisputeCommentRequest", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        reason: Any = _pop("reason", MISSING)
        if type(reason) is not str:
            reason = check(reason, str, "DisputeCommentRequest", "reason")
        obj = cls(
            reason,
        )
        obj.additional_properties = d
        return obj


class DisputeCommentRequestDict(TypedDict):
    """The JSON body of :class:`DisputeCommentRequest` as a plain dict: type checkers check its keys and values."""

    reason: str
