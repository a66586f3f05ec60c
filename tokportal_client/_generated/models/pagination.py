from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import ModelValidationError, check, required

T = TypeVar("T", bound="Pagination")


@_attrs_define
class Pagination:
    """Position in a paginated list.

    Attributes:
        page (int):
        per_page (int):
        total (int):
        total_pages (int):
    """

    page: int
    per_page: int
    total: int
    total_pages: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        per_page = self.per_page

        total = self.total

        total_pages = self.total_pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
                "per_page": per_page,
                "total": total,
                "total_pages": total_pages,
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
            raise ModelValidationError("Pagination", "(root)", f"expected an object, got {type(src_dict).__name__}")
        page = required(d, "page", "Pagination")
        if type(page) is not int:
            page = check(page, int, "Pagination", "page")

        per_page = required(d, "per_page", "Pagination")
        if type(per_page) is not int:
            per_page = check(per_page, int, "Pagination", "per_page")

        total = required(d, "total", "Pagination")
        if type(total) is not int:
            total = check(total, int, "Pagination", "total")

        total_pages = required(d, "total_pages", "Pagination")
        if type(total_pages) is not int:
            total_pages = check(total_pages, int, "Pagination", "total_pages")

        pagination = cls(
            page,
            per_page,
            total,
            total_pages,
        )

        pagination.additional_properties = d
        return pagination

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
