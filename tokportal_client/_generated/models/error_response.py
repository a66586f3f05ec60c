from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._models_runtime import (
    MISSING,
    OpenModel,
    check,
    mismatch,
)

if TYPE_CHECKING:
    from ..models.error_detail import ErrorDetail


@_attrs_define(repr=False)
class ErrorResponse(OpenModel):
    """Body of every 4xx/5xx response.

    Example (JSON; it meets every rule of the contract)::

        {"error": {"code": "BUNDLE_NOT_FOUND", "message": "Bundle not found."}}

    Attributes:
        error (ErrorDetail): An API error.
    """

    error: ErrorDetail
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (("error", "error", True),)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(src_dict, "ErrorResponse", "(root)", f"expected an object, got {type(src_dict).__name__}")
        _pop = d.pop
        error: Any = _pop("error", MISSING)
        if type(error) is dict:
            error = ErrorDetail.from_dict(error)
        else:
            error = check(error, dict, "ErrorResponse", "error")
        obj = cls(
            error,
        )
        obj.additional_properties = d
        return obj


from ..models.error_detail import ErrorDetail  # noqa: E402
