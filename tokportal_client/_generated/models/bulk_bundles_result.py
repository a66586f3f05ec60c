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
    from ..models.created_bundle import CreatedBundle


@_attrs_define(repr=False)
class BulkBundlesResult(OpenModel):
    """Bundles created by a bulk call.

    Attributes:
        bundles (list[CreatedBundle] | None):
        total_count (int | None):
    """

    bundles: list[CreatedBundle] | None = None
    total_count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("bundles", "bundles", False),
        ("total_count", "total_count", False),
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
                src_dict, "BulkBundlesResult", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        bundles: Any = _pop("bundles", None)
        if type(bundles) is list:
            bundles = [CreatedBundle.from_dict(i) for i in bundles]
        elif bundles is not None:
            bundles = check(bundles, list, "BulkBundlesResult", "bundles")
        total_count: Any = _pop("total_count", None)
        if type(total_count) is not int and total_count is not None:
            total_count = check(total_count, int, "BulkBundlesResult", "total_count")
        obj = cls(
            bundles,
            total_count,
        )
        obj.additional_properties = d
        return obj


from ..models.created_bundle import CreatedBundle  # noqa: E402
