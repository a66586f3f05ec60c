from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._models_runtime import (
    OpenModel,
    check,
    mismatch,
)

if TYPE_CHECKING:
    from ..models.webhook_event_catalog_delivery import WebhookEventCatalogDelivery
    from ..models.webhook_event_catalog_envelope import WebhookEventCatalogEnvelope
    from ..models.webhook_event_catalog_signature import WebhookEventCatalogSignature
    from ..models.webhook_event_info import WebhookEventInfo


@_attrs_define(repr=False)
class WebhookEventCatalog(OpenModel):
    """The webhook event catalog.

    Attributes:
        events (list[WebhookEventInfo] | None):
        envelope (WebhookEventCatalogEnvelope | None): Delivery envelope description.
        delivery (WebhookEventCatalogDelivery | None): Delivery rules.
        signature (WebhookEventCatalogSignature | None): Signature scheme.
    """

    events: list[WebhookEventInfo] | None = None
    envelope: WebhookEventCatalogEnvelope | None = None
    delivery: WebhookEventCatalogDelivery | None = None
    signature: WebhookEventCatalogSignature | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("events", "events", False),
        ("envelope", "envelope", False),
        ("delivery", "delivery", False),
        ("signature", "signature", False),
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
                src_dict, "WebhookEventCatalog", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        events: Any = _pop("events", None)
        if type(events) is list:
            events = [WebhookEventInfo.from_dict(i) for i in events]
        elif events is not None:
            events = check(events, list, "WebhookEventCatalog", "events")
        envelope: Any = _pop("envelope", None)
        if type(envelope) is dict:
            envelope = WebhookEventCatalogEnvelope.from_dict(envelope)
        elif envelope is not None:
            envelope = check(envelope, dict, "WebhookEventCatalog", "envelope")
        delivery: Any = _pop("delivery", None)
        if type(delivery) is dict:
            delivery = WebhookEventCatalogDelivery.from_dict(delivery)
        elif delivery is not None:
            delivery = check(delivery, dict, "WebhookEventCatalog", "delivery")
        signature: Any = _pop("signature", None)
        if type(signature) is dict:
            signature = WebhookEventCatalogSignature.from_dict(signature)
        elif signature is not None:
            signature = check(signature, dict, "WebhookEventCatalog", "signature")
        obj = cls(
            events,
            envelope,
            delivery,
            signature,
        )
        obj.additional_properties = d
        return obj


from ..models.webhook_event_catalog_delivery import WebhookEventCatalogDelivery  # noqa: E402
from ..models.webhook_event_catalog_envelope import WebhookEventCatalogEnvelope  # noqa: E402
from ..models.webhook_event_catalog_signature import WebhookEventCatalogSignature  # noqa: E402
from ..models.webhook_event_info import WebhookEventInfo  # noqa: E402
