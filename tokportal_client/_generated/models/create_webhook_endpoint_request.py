from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NotRequired, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._models_runtime import (
    MISSING,
    UNSET,
    OpenModel,
    Unset,
    check,
    mismatch,
    parse_enum,
)

from ..models.webhook_event_type import WebhookEventType, WebhookEventTypeLiteral


@_attrs_define(repr=False)
class CreateWebhookEndpointRequest(OpenModel):
    """The CreateWebhookEndpointRequest object of the API.

    Example (JSON; it meets every rule of the contract)::

        {"url": "https://example.com/resource", "events": ["webhook.test"]}

    Attributes:
        url (str): HTTPS URL.
        events (list[WebhookEventType | WebhookEventTypeLiteral]): Rules: at least 1 items.
        description (str | Unset): Rules: at most 500 characters.
        enabled (bool | Unset):
    """

    url: str
    events: list[WebhookEventType | WebhookEventTypeLiteral]
    description: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("url", "url", True),
        ("events", "events", True),
        ("description", "description", False),
        ("enabled", "enabled", False),
    )
    _absent = UNSET
    _rules = {"events": {"minItems": 1}, "description": {"maxLength": 500}}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(
                src_dict, "CreateWebhookEndpointRequest", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        url: Any = _pop("url", MISSING)
        if type(url) is not str:
            url = check(url, str, "CreateWebhookEndpointRequest", "url")
        events: Any = _pop("events", MISSING)
        if type(events) is list:
            events = [parse_enum(WebhookEventType, i, "CreateWebhookEndpointRequest", "events") for i in events]
        else:
            events = check(events, list, "CreateWebhookEndpointRequest", "events")
        description: Any = _pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = check(description, str, "CreateWebhookEndpointRequest", "description")
        enabled: Any = _pop("enabled", UNSET)
        if type(enabled) is not bool and enabled is not UNSET:
            enabled = check(enabled, bool, "CreateWebhookEndpointRequest", "enabled")
        obj = cls(
            url,
            events,
            description,
            enabled,
        )
        obj.additional_properties = d
        return obj


class CreateWebhookEndpointRequestDict(TypedDict):
    """The JSON body of :class:`CreateWebhookEndpointRequest` as a plain dict: type checkers check its keys and values."""

    url: str
    events: list[WebhookEventType | WebhookEventTypeLiteral]
    description: NotRequired[str]
    enabled: NotRequired[bool]
