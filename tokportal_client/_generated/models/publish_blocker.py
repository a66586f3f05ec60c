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
    parse_enum,
)

from ..models.publish_blocker_code import PublishBlockerCode

if TYPE_CHECKING:
    from ..models.publish_blocker_details import PublishBlockerDetails


@_attrs_define(repr=False)
class PublishBlocker(OpenModel):
    """One reason a bundle cannot be published.

    Attributes:
        code (PublishBlockerCode): Why a bundle cannot be published yet.
        message (str | None):
        details (PublishBlockerDetails | None): e.g. missing_fields.
    """

    code: PublishBlockerCode
    message: str | None = None
    details: PublishBlockerDetails | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("code", "code", True),
        ("message", "message", False),
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
            return mismatch(src_dict, "PublishBlocker", "(root)", f"expected an object, got {type(src_dict).__name__}")
        _pop = d.pop
        code: Any = _pop("code", MISSING)
        _member = PublishBlockerCode._value2member_map_.get(code) if type(code) is str else None
        code = _member if _member is not None else parse_enum(PublishBlockerCode, code, "PublishBlocker", "code")
        message: Any = _pop("message", None)
        if type(message) is not str and message is not None:
            message = check(message, str, "PublishBlocker", "message")
        details: Any = _pop("details", None)
        if type(details) is dict:
            details = PublishBlockerDetails.from_dict(details)
        elif details is not None:
            details = check(details, dict, "PublishBlocker", "details")
        obj = cls(
            code,
            message,
            details,
        )
        obj.additional_properties = d
        return obj


from ..models.publish_blocker_details import PublishBlockerDetails  # noqa: E402
