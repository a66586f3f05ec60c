from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ModelValidationError, Unset, check

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
        from ..models.webhook_event_catalog_delivery import WebhookEventCatalogDelivery  # noqa: PLC0415
        from ..models.webhook_event_catalog_envelope import WebhookEventCatalogEnvelope  # noqa: PLC0415
        from ..models.webhook_event_catalog_signature import WebhookEventCatalogSignature  # noqa: PLC0415
        from ..models.webhook_event_info import WebhookEventInfo  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise ModelValidationError(
                "WebhookEventCatalog", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _events = check(d.pop("events", UNSET), list, "WebhookEventCatalog", "events")
        events: list[WebhookEventInfo] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = WebhookEventInfo.from_dict(events_item_data)

                events.append(events_item)

        _envelope = check(d.pop("envelope", UNSET), dict, "WebhookEventCatalog", "envelope")
        envelope: WebhookEventCatalogEnvelope | Unset
        if isinstance(_envelope, Unset):
            envelope = UNSET
        else:
            envelope = WebhookEventCatalogEnvelope.from_dict(_envelope)

        _delivery = check(d.pop("delivery", UNSET), dict, "WebhookEventCatalog", "delivery")
        delivery: WebhookEventCatalogDelivery | Unset
        if isinstance(_delivery, Unset):
            delivery = UNSET
        else:
            delivery = WebhookEventCatalogDelivery.from_dict(_delivery)

        _signature = check(d.pop("signature", UNSET), dict, "WebhookEventCatalog", "signature")
        signature: WebhookEventCatalogSignature | Unset
        if isinstance(_signature, Unset):
            signature = UNSET
        else:
            signature = WebhookEventCatalogSignature.from_dict(_signature)

        webhook_event_catalog = cls(
            events=events,
            envelope=envelope,
            delivery=delivery,
            signature=signature,
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
