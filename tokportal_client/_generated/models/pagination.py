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
)


@_attrs_define(repr=False)
class Pagination(OpenModel):
    """Position in a paginated list.

    Attributes:
        page (int): Rules: >= 1.
        per_page (int): Rules: >= 1; <= 100.
        total (int): Rules: >= 0.
        total_pages (int): Rules: >= 0.
    """

    page: int
    per_page: int
    total: int
    total_pages: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("page", "page", True),
        ("per_page", "per_page", True),
        ("total", "total", True),
        ("total_pages", "total_pages", True),
    )
    _rules = {
        "page": {"minimum": 1},
        "per_page": {"minimum": 1, "maximum": 100},
        "total": {"minimum": 0},
        "total_pages": {"minimum": 0},
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(src_dict, "Pagination", "(root)", f"expected an object, got {type(src_dict).__name__}")
        _pop = d.pop
        page: Any = _pop("page", MISSING)
        if type(page) is not int:
            page = check(page, int, "Pagination", "page")
        per_page: Any = _pop("per_page", MISSING)
        if type(per_page) is not int:
            per_page = check(per_page, int, "Pagination", "per_page")
        total: Any = _pop("total", MISSING)
        if type(total) is not int:
            total = check(total, int, "Pagination", "total")
        total_pages: Any = _pop("total_pages", MISSING)
        if type(total_pages) is not int:
            total_pages = check(total_pages, int, "Pagination", "total_pages")
        obj = cls(
            page,
            per_page,
            total,
            total_pages,
        )
        obj.additional_properties = d
        return obj
