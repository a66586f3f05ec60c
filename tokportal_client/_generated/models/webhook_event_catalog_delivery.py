from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import ModelValidationError

T = TypeVar("T", bound="WebhookEventCatalogDelivery")


@_attrs_define
class WebhookEventCatalogDelivery:
    """Delivery rules."""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "WebhookEventCatalogDelivery", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        webhook_event_catalog_delivery = cls()

        webhook_event_catalog_delivery.additional_properties = d
        return webhook_event_catalog_delivery

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
