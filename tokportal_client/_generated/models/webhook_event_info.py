from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._models_runtime import (
    OpenModel,
    check,
    mismatch,
    parse_enum,
)

from ..models.webhook_event_type import WebhookEventType


@_attrs_define(repr=False)
class WebhookEventInfo(OpenModel):
    """One catalog entry.

    Attributes:
        type (WebhookEventType | None): Webhook event type (catalog: GET /webhooks/events). Open: new values may
            appear.
        description (str | None):
        emitted (bool | None): Whether TokPortal currently emits this event.
    """

    type: WebhookEventType | None = None
    description: str | None = None
    emitted: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("type", "type", False),
        ("description", "description", False),
        ("emitted", "emitted", False),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(
                src_dict, "WebhookEventInfo", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        type_: Any = _pop("type", None)
        if type_ is not None:
            _member = WebhookEventType._value2member_map_.get(type_) if type(type_) is str else None
            type_ = _member if _member is not None else parse_enum(WebhookEventType, type_, "WebhookEventInfo", "type")
        description: Any = _pop("description", None)
        if type(description) is not str and description is not None:
            description = check(description, str, "WebhookEventInfo", "description")
        emitted: Any = _pop("emitted", None)
        if type(emitted) is not bool and emitted is not None:
            emitted = check(emitted, bool, "WebhookEventInfo", "emitted")
        obj = cls(
            type_,
            description,
            emitted,
        )
        obj.additional_properties = d
        return obj
