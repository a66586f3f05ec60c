from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NotRequired, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._models_runtime import (
    UNSET,
    OpenModel,
    Unset,
    check,
    mismatch,
    parse_enum,
)

from ..models.webhook_event_type import WebhookEventType, WebhookEventTypeLiteral


@_attrs_define(repr=False)
class UpdateWebhookEndpointRequest(OpenModel):
    """The UpdateWebhookEndpointRequest object of the API.

    Example (JSON; it meets every rule of the contract)::

        {"url": "https://example.com/resource", "events": ["webhook.test"], "description": "Campaign content
        description.", "enabled": false}

    Attributes:
        url (str | Unset):
        events (list[WebhookEventType | WebhookEventTypeLiteral] | Unset):
        description (str | None | Unset): Rules: at most 500 characters.
        enabled (bool | Unset):
    """

    url: str | Unset = UNSET
    events: list[WebhookEventType | WebhookEventTypeLiteral] | Unset = UNSET
    description: str | None | Unset = UNSET
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("url", "url", False),
        ("events", "events", False),
        ("description", "description", False),
        ("enabled", "enabled", False),
    )
    _absent = UNSET
    _rules = {"description": {"maxLength": 500}}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(
                src_dict, "UpdateWebhookEndpointRequest", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        url: Any = _pop("url", UNSET)
        if type(url) is not str and url is not UNSET:
            url = check(url, str, "UpdateWebhookEndpointRequest", "url")
        events: Any = _pop("events", UNSET)
        if type(events) is list:
            events = [parse_enum(WebhookEventType, i, "UpdateWebhookEndpointRequest", "events") for i in events]
        elif events is not UNSET:
            events = check(events, list, "UpdateWebhookEndpointRequest", "events")
        description: Any = _pop("description", UNSET)
        if type(description) is not str and description is not UNSET and description is not None:
            description = check(description, str, "UpdateWebhookEndpointRequest", "description")
        enabled: Any = _pop("enabled", UNSET)
        if type(enabled) is not bool and enabled is not UNSET:
            enabled = check(enabled, bool, "UpdateWebhookEndpointRequest", "enabled")
        obj = cls(
            url,
            events,
            description,
            enabled,
        )
        obj.additional_properties = d
        return obj


class UpdateWebhookEndpointRequestDict(TypedDict):
    """The JSON body of :class:`UpdateWebhookEndpointRequest` as a plain dict: type checkers check its keys and values."""

    url: NotRequired[str]
    events: NotRequired[list[WebhookEventType | WebhookEventTypeLiteral]]
    description: NotRequired[str | None]
    enabled: NotRequired[bool]
