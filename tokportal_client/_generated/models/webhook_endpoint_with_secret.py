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
    parse_enum,
)

from ..models.webhook_event_type import WebhookEventType


@_attrs_define(repr=False)
class WebhookEndpointWithSecret(OpenModel):
    """A new webhook endpoint with its signing secret.

    Attributes:
        id (str):
        signing_secret (str): Returned once, at creation: store it to verify signatures.
        url (str | None):
        events (list[WebhookEventType] | None):
        description (str | None):
        enabled (bool | None):
    """

    id: str
    signing_secret: str
    url: str | None = None
    events: list[WebhookEventType] | None = None
    description: str | None = None
    enabled: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("id", "id", True),
        ("signing_secret", "signing_secret", True),
        ("url", "url", False),
        ("events", "events", False),
        ("description", "description", False),
        ("enabled", "enabled", False),
    )
    _secrets = frozenset(["signing_secret"])
    _secret_extras = True

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(
                src_dict, "WebhookEndpointWithSecret", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        id: Any = _pop("id", MISSING)
        if type(id) is not str:
            id = check(id, str, "WebhookEndpointWithSecret", "id")
        signing_secret: Any = _pop("signing_secret", MISSING)
        if type(signing_secret) is not str:
            signing_secret = check(signing_secret, str, "WebhookEndpointWithSecret", "signing_secret")
        url: Any = _pop("url", None)
        if type(url) is not str and url is not None:
            url = check(url, str, "WebhookEndpointWithSecret", "url")
        events: Any = _pop("events", None)
        if type(events) is list:
            events = [parse_enum(WebhookEventType, i, "WebhookEndpointWithSecret", "events") for i in events]
        elif events is not None:
            events = check(events, list, "WebhookEndpointWithSecret", "events")
        description: Any = _pop("description", None)
        if type(description) is not str and description is not None:
            description = check(description, str, "WebhookEndpointWithSecret", "description")
        enabled: Any = _pop("enabled", None)
        if type(enabled) is not bool and enabled is not None:
            enabled = check(enabled, bool, "WebhookEndpointWithSecret", "enabled")
        obj = cls(
            id,
            signing_secret,
            url,
            events,
            description,
            enabled,
        )
        obj.additional_properties = d
        return obj
