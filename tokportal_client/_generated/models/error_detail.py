from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check, required

if TYPE_CHECKING:
    from ..models.error_detail_details import ErrorDetailDetails


T = TypeVar("T", bound="ErrorDetail")


@_attrs_define
class ErrorDetail:
    """An API error.

    Attributes:
        code (str): Stable machine-readable error code, e.g. BUNDLE_NOT_FOUND. Match on this.
        message (str): Human-readable message; may change.
        details (ErrorDetailDetails | Unset): Extra context, e.g. retry_after_seconds (429), required/available/missing
            (402), current_status, missing_fields, policy_version (428).
    """

    code: str
    message: str
    details: ErrorDetailDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError("ErrorDetail", "(root)", f"expected an object, got {type(src_dict).__name__}")
        _pop = d.pop
        code = required(d, "code", "ErrorDetail")
        if type(code) is not str:
            code = check(code, str, "ErrorDetail", "code")

        message = required(d, "message", "ErrorDetail")
        if type(message) is not str:
            message = check(message, str, "ErrorDetail", "message")

        details = _pop("details", UNSET)
        if details is not UNSET:
            details = ErrorDetailDetails.from_dict(check(details, dict, "ErrorDetail", "details"))

        error_detail = cls(
            code,
            message,
            details,
        )

        error_detail.additional_properties = d
        return error_detail

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


from ..models.error_detail_details import ErrorDetailDetails  # noqa: E402
