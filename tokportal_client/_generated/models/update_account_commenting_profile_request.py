from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._models_runtime import (
    UNSET,
    OpenModel,
    mismatch,
)


@_attrs_define(repr=False)
class UpdateAccountCommentingProfileRequest(OpenModel):
    """Commenting profile changes. No public source states its fields: an open object (every field TokPortal sends is
    kept).

    Example (JSON; it meets every rule of the contract)::

        {}

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = ()
    _absent = UNSET

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(
                src_dict,
                "UpdateAccountCommentingProfileRequest",
                "(root)",
                f"expected an object, got {type(src_dict).__name__}",
            )
        obj = cls()
        obj.additional_properties = d
        return obj


class UpdateAccountCommentingProfileRequestDict(TypedDict):
    """The JSON body of :class:`UpdateAccountCommentingProfileRequest` as a plain dict: type checkers check its keys and values."""
