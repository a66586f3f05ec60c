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
    from ..models.error_detail_details import ErrorDetailDetails


@_attrs_define(repr=False)
class ErrorDetail(OpenModel):
    """An API error.

    Attributes:
        code (str): Stable machine-readable error code, e.g. BUNDLE_NOT_FOUND. Match on this.
        message (str): Human-readable message; may change.
        details (ErrorDetailDetails | None): Extra context, e.g. retry_after_seconds (429),
            required/available/missing (402), current_status, missing_fields, policy_version (428).
    """

    code: str
    message: str
    details: ErrorDetailDetails | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("code", "code", True),
        ("message", "message", True),
        ("details", "details", False),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(src_dict, "ErrorDetail", "(root)", f"expected an object, got {type(src_dict).__name__}")
        _pop = d.pop
        code: Any = _pop("code", MISSING)
        if type(code) is not str:
            code = check(code, str, "ErrorDetail", "code")
        message: Any = _pop("message", MISSING)
        if type(message) is not str:
            message = check(message, str, "ErrorDetail", "message")
        details: Any = _pop("details", None)
        if type(details) is dict:
            details = ErrorDetailDetails.from_dict(details)
        elif details is not None:
            details = check(details, dict, "ErrorDetail", "details")
        obj = cls(
            code,
            message,
            details,
        )
        obj.additional_properties = d
        return obj


from ..models.error_detail_details import ErrorDetailDetails  # noqa: E402
