from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check, check_union

from ..models.webhook_event_type import WebhookEventType

T = TypeVar("T", bound="UpdateWebhookEndpointRequest")


@_attrs_define
class UpdateWebhookEndpointRequest:
    """
    Example:
        {'url': 'https://example.com/resource', 'events': ['webhook.test'], 'description': 'Campaign content
            description.', 'enabled': False}

    Attributes:
        url (str | Unset):
        events (list[WebhookEventType] | Unset):
        description (None | str | Unset):
        enabled (bool | Unset):
    """

    url: str | Unset = UNSET
    events: list[WebhookEventType] | Unset = UNSET
    description: None | str | Unset = UNSET
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.value
                events.append(events_item)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if events is not UNSET:
            field_dict["events"] = events
        if description is not UNSET:
            field_dict["description"] = description
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "UpdateWebhookEndpointRequest", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        url = _pop("url", UNSET)
        if type(url) is not str and url is not UNSET:
            url = check(url, str, "UpdateWebhookEndpointRequest", "url")

        _events = check(d.pop("events", UNSET), list, "UpdateWebhookEndpointRequest", "events")
        events: list[WebhookEventType] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = WebhookEventType(events_item_data)

                events.append(events_item)

        description = _pop("description", UNSET)
        if type(description) is not str and description is not None and description is not UNSET:
            description = check_union(description, (str,), "", "description")

        enabled = _pop("enabled", UNSET)
        if type(enabled) is not bool and enabled is not UNSET:
            enabled = check(enabled, bool, "UpdateWebhookEndpointRequest", "enabled")

        update_webhook_endpoint_request = cls(
            url,
            events,
            description,
            enabled,
        )

        update_webhook_endpoint_request.additional_properties = d
        return update_webhook_endpoint_request

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
