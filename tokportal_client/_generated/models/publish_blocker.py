from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check, parse_enum, required

from ..models.publish_blocker_code import PublishBlockerCode

if TYPE_CHECKING:
    from ..models.publish_blocker_details import PublishBlockerDetails


T = TypeVar("T", bound="PublishBlocker")


@_attrs_define
class PublishBlocker:
    """One reason a bundle cannot be published.

    Attributes:
        code (PublishBlockerCode): Why a bundle cannot be published yet.
        message (str | Unset):
        details (PublishBlockerDetails | Unset): e.g. missing_fields.
    """

    code: PublishBlockerCode
    message: str | Unset = UNSET
    details: PublishBlockerDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code.value

        message = self.message

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
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
            raise ModelValidationError("PublishBlocker", "(root)", f"expected an object, got {type(src_dict).__name__}")
        _pop = d.pop
        code: Any = required(d, "code", "PublishBlocker")
        _member = PublishBlockerCode._value2member_map_.get(code) if type(code) is str else None
        code = _member if _member is not None else parse_enum(PublishBlockerCode, code, "PublishBlocker", "code")

        message = _pop("message", UNSET)
        if type(message) is not str and message is not UNSET:
            message = check(message, str, "PublishBlocker", "message")

        details = _pop("details", UNSET)
        if details is not UNSET:
            details = PublishBlockerDetails.from_dict(check(details, dict, "PublishBlocker", "details"))

        publish_blocker = cls(
            code,
            message,
            details,
        )

        publish_blocker.additional_properties = d
        return publish_blocker

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


from ..models.publish_blocker_details import PublishBlockerDetails  # noqa: E402
