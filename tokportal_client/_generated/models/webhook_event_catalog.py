from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check

if TYPE_CHECKING:
    from ..models.webhook_event_catalog_delivery import WebhookEventCatalogDelivery
    from ..models.webhook_event_catalog_envelope import WebhookEventCatalogEnvelope
    from ..models.webhook_event_catalog_signature import WebhookEventCatalogSignature
    from ..models.webhook_event_info import WebhookEventInfo


T = TypeVar("T", bound="WebhookEventCatalog")


@_attrs_define
class WebhookEventCatalog:
    """The webhook event catalog.

    Attributes:
        events (list[WebhookEventInfo] | Unset):
        envelope (WebhookEventCatalogEnvelope | Unset): Delivery envelope description.
        delivery (WebhookEventCatalogDelivery | Unset): Delivery rules.
        signature (WebhookEventCatalogSignature | Unset): Signature scheme.
    """

    events: list[WebhookEventInfo] | Unset = UNSET
    envelope: WebhookEventCatalogEnvelope | Unset = UNSET
    delivery: WebhookEventCatalogDelivery | Unset = UNSET
    signature: WebhookEventCatalogSignature | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        envelope: dict[str, Any] | Unset = UNSET
        if not isinstance(self.envelope, Unset):
            envelope = self.envelope.to_dict()

        delivery: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery, Unset):
            delivery = self.delivery.to_dict()

        signature: dict[str, Any] | Unset = UNSET
        if not isinstance(self.signature, Unset):
            signature = self.signature.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if events is not UNSET:
            field_dict["events"] = events
        if envelope is not UNSET:
            field_dict["envelope"] = envelope
        if delivery is not UNSET:
            field_dict["delivery"] = delivery
        if signature is not UNSET:
            field_dict["signature"] = signature

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "WebhookEventCatalog", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        events = _pop("events", UNSET)
        if events is not UNSET:
            if type(events) is not list:
                events = check(events, list, "WebhookEventCatalog", "events")
            events = [WebhookEventInfo.from_dict(item) for item in events]

        envelope = _pop("envelope", UNSET)
        if envelope is not UNSET:
            envelope = WebhookEventCatalogEnvelope.from_dict(check(envelope, dict, "WebhookEventCatalog", "envelope"))

        delivery = _pop("delivery", UNSET)
        if delivery is not UNSET:
            delivery = WebhookEventCatalogDelivery.from_dict(check(delivery, dict, "WebhookEventCatalog", "delivery"))

        signature = _pop("signature", UNSET)
        if signature is not UNSET:
            signature = WebhookEventCatalogSignature.from_dict(
                check(signature, dict, "WebhookEventCatalog", "signature")
            )

        webhook_event_catalog = cls(
            events,
            envelope,
            delivery,
            signature,
        )

        webhook_event_catalog.additional_properties = d
        return webhook_event_catalog

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


from ..models.webhook_event_catalog_delivery import WebhookEventCatalogDelivery  # noqa: E402
from ..models.webhook_event_catalog_envelope import WebhookEventCatalogEnvelope  # noqa: E402
from ..models.webhook_event_catalog_signature import WebhookEventCatalogSignature  # noqa: E402
from ..models.webhook_event_info import WebhookEventInfo  # noqa: E402
