from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check, parse_enum

from ..models.webhook_event_type import WebhookEventType

T = TypeVar("T", bound="WebhookEventInfo")


@_attrs_define
class WebhookEventInfo:
    """One catalog entry.

    Attributes:
        type_ (WebhookEventType | Unset): Webhook event type (catalog: GET /webhooks/events). Open: new values may
            appear.
        description (str | Unset):
        emitted (bool | Unset): Whether TokPortal currently emits this event.
    """

    type_: WebhookEventType | Unset = UNSET
    description: str | Unset = UNSET
    emitted: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        description = self.description

        emitted = self.emitted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if emitted is not UNSET:
            field_dict["emitted"] = emitted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "WebhookEventInfo", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        type_ = _pop("type", UNSET)
        if type_ is not UNSET:
            _member = WebhookEventType._value2member_map_.get(type_) if type(type_) is str else None
            type_ = _member if _member is not None else parse_enum(WebhookEventType, type_, "WebhookEventInfo", "type")

        description = _pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = check(description, str, "WebhookEventInfo", "description")

        emitted = _pop("emitted", UNSET)
        if type(emitted) is not bool and emitted is not UNSET:
            emitted = check(emitted, bool, "WebhookEventInfo", "emitted")

        webhook_event_info = cls(
            type_,
            description,
            emitted,
        )

        webhook_event_info.additional_properties = d
        return webhook_event_info

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
