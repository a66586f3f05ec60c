from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import ModelValidationError, check, required

if TYPE_CHECKING:
    from ..models.pagination import Pagination
    from ..models.webhook_delivery import WebhookDelivery


T = TypeVar("T", bound="WebhookDeliveryListResponse")


@_attrs_define
class WebhookDeliveryListResponse:
    """
    Attributes:
        data (list[WebhookDelivery]):
        pagination (Pagination): Position in a paginated list.
    """

    data: list[WebhookDelivery]
    pagination: Pagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "WebhookDeliveryListResponse", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        data = required(d, "data", "WebhookDeliveryListResponse")
        if type(data) is not list:
            data = check(data, list, "WebhookDeliveryListResponse", "data")
        data = [WebhookDelivery.from_dict(item) for item in data]

        pagination = required(d, "pagination", "WebhookDeliveryListResponse")
        pagination = Pagination.from_dict(check(pagination, dict, "WebhookDeliveryListResponse", "pagination"))

        webhook_delivery_list_response = cls(
            data,
            pagination,
        )

        webhook_delivery_list_response.additional_properties = d
        return webhook_delivery_list_response

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


from ..models.pagination import Pagination  # noqa: E402
from ..models.webhook_delivery import WebhookDelivery  # noqa: E402
