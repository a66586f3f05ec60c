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
    from ..models.bundle_update import BundleUpdate


@_attrs_define(repr=False)
class BundleUpdateResponse(OpenModel):
    """The BundleUpdateResponse object of the API.

    Example (JSON; it meets every rule of the contract)::

        {"data": {"id": "bnd_abc123", "title": "My Campaign", "auto_finalize_videos": false, "external_ref":
        "campaign-42-updated", "updated_at": "2026-02-10T14:30:00Z"}}

    Attributes:
        data (BundleUpdate): Bundle settings after an update.
    """

    data: BundleUpdate
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
                src_dict, "BundleUpdateResponse", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        data: Any = _pop("data", MISSING)
        if type(data) is dict:
            data = BundleUpdate.from_dict(data)
        else:
            data = check(data, dict, "BundleUpdateResponse", "data")
        obj = cls(
            data,
        )
        obj.additional_properties = d
        return obj


from ..models.bundle_update import BundleUpdate  # noqa: E402
