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
    from ..models.publish_readiness import PublishReadiness


@_attrs_define(repr=False)
class PublishReadinessResponse(OpenModel):
    """The PublishReadinessResponse object of the API.

    Example (JSON; it meets every rule of the contract)::

        {"data": {"bundle_id": "bnd_abc123", "ready": false, "blockers": [{"code": "ACCOUNT_MISSING_FIELDS",
        "message": "Account is missing required fields.", "details": {"missing_fields": ["profile_picture_url"]}}]}}

    Attributes:
        data (PublishReadiness): Whether publish would succeed now, and why not.
    """

    data: PublishReadiness
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    request_id: str | None = _attrs_field(init=False, default=None, eq=False)
    """TokPortal's ``X-TokPortal-Request-ID`` of the response this result came from (quote it to support)."""

    _fields = (("data", "data", True),)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(
                src_dict, "PublishReadinessResponse", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        data: Any = _pop("data", MISSING)
        if type(data) is dict:
            data = PublishReadiness.from_dict(data)
        else:
            data = check(data, dict, "PublishReadinessResponse", "data")
        obj = cls(
            data,
        )
        obj.additional_properties = d
        return obj


from ..models.publish_readiness import PublishReadiness  # noqa: E402
