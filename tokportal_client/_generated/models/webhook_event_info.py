from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_type import WebhookEventType
from ..types import UNSET, ModelValidationError, Unset, check

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
        if not isinstance(src_dict, Mapping):
            raise ModelValidationError(
                "WebhookEventInfo", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _type_ = check(d.pop("type", UNSET), str, "WebhookEventInfo", "type")
        type_: WebhookEventType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = WebhookEventType(_type_)

        description = check(d.pop("description", UNSET), str, "WebhookEventInfo", "description")

        emitted = check(d.pop("emitted", UNSET), bool, "WebhookEventInfo", "emitted")

        webhook_event_info = cls(
            type_=type_,
            description=description,
            emitted=emitted,
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
