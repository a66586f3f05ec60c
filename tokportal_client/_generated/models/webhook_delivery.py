from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._models_runtime import (
    MISSING,
    OpenModel,
    check,
    mismatch,
)


@_attrs_define(repr=False)
class WebhookDelivery(OpenModel):
    """One delivery attempt.

    Attributes:
        id (str): Delivery id (delivery_id in retry).
    """

    id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (("id", "id", True),)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(src_dict, "WebhookDelivery", "(root)", f"expected an object, got {type(src_dict).__name__}")
        _pop = d.pop
        id: Any = _pop("id", MISSING)
        if type(id) is not str:
            id = check(id, str, "WebhookDelivery", "id")
        obj = cls(
            id,
        )
        obj.additional_properties = d
        return obj
